import { and, asc, count, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { codeSubmissions, interviews, LANGUAGES, messages, type Interview, type Language } from "@/db/schema";
import { HttpError, notFound } from "@/lib/api/http";
import {
  elapsedSeconds,
  executionDTO,
  interviewDTO,
  messageDTO,
  problemDetail,
  systemDesignDetail,
} from "@/lib/api/dto";
import type { AnyInterviewDetail, InterviewDTO, InterviewKindDTO } from "@/lib/api/schemas";
import { ReportSchema, type Report } from "@/lib/api/schemas";
import type { CurrentUser } from "@/lib/auth/session";
import { mayViewAsRecruiter, type InterviewViewAction } from "@/lib/recruiting/access";
import { env } from "@/lib/env";
import { greetingText } from "@/lib/interviewer";
import { designGreetingText } from "@/lib/interviewer/design-replies";
import { getProblem, getSystemDesignProblem } from "@/lib/problems";
import type { SystemDesignProblem } from "@/lib/problems/system-design";
import type { Problem } from "@/lib/problems/types";
import { postToRoom } from "@/lib/room/client";
import { interviewStatusEvent, postMetricsUpdate } from "@/lib/room/live";
import { buildDesignReport } from "@/lib/whiteboard/report";
import { graphDTO, latestSnapshot, storedGraph } from "@/lib/whiteboard/service";
import { recordCodeSnapshot, recordEvent } from "./events";
import { buildReport, wrapUpMessage } from "./report";
import { firstStage, interviewKind, nextStage } from "./stage";

export function requireProblem(problemId: number): Problem {
  const problem = getProblem(problemId);
  if (!problem) throw notFound(`Problem ${problemId} not found`);
  return problem;
}

/** The kind and title of an interview's problem, for listings. */
export function interviewProblem(problemId: number): { kind: InterviewKindDTO; title: string } {
  const design = getSystemDesignProblem(problemId);
  if (design) return { kind: "system_design", title: design.title };
  return { kind: "coding", title: getProblem(problemId)?.title ?? `Problem ${problemId}` };
}

function checkDifficulty(problem: { id: number; title: string; difficulty: Interview["difficulty"] }, difficulty: Interview["difficulty"]) {
  if (problem.difficulty !== difficulty) {
    throw new HttpError(400, `difficulty: problem ${problem.id} ("${problem.title}") is ${problem.difficulty}, not ${difficulty}`);
  }
}

/** The rules of a recruiter's interview link, applied to the interview started from it. */
export interface LinkRules {
  id: string;
  durationMinutes: number;
  hintsAllowed: boolean;
  languages: Language[];
}

const linkColumns = (link: LinkRules | undefined) =>
  link
    ? { linkId: link.id, durationMinutes: link.durationMinutes, hintsAllowed: link.hintsAllowed, allowedLanguages: link.languages }
    : { durationMinutes: env().INTERVIEW_MINUTES };

/** An interview from a link allows only the link's languages (400 otherwise). */
export function checkAllowedLanguage(row: Pick<Interview, "allowedLanguages">, language: Language): void {
  if (row.allowedLanguages && !row.allowedLanguages.includes(language)) {
    throw new HttpError(400, `language: this interview allows ${row.allowedLanguages.join(", ")}; ${language} is not one of them`);
  }
}

export type CreatedInterview =
  | { kind: "coding"; interview: Interview; problem: Problem; starter: string }
  | { kind: "system_design"; interview: Interview; problem: SystemDesignProblem; starter: "" };

/** Starts an interview on a coding problem (in a language) or a system-design problem (no language). */
export async function createInterview(
  user: CurrentUser,
  input: { problem_id: number; difficulty: Interview["difficulty"]; language?: Language },
  options: { link?: LinkRules } = {},
): Promise<CreatedInterview> {
  const design = getSystemDesignProblem(input.problem_id);
  if (design) return createDesignInterview(user, design, input.difficulty, options.link);
  const problem = getProblem(input.problem_id);
  if (!problem) throw new HttpError(400, `problem_id: no problem with id ${input.problem_id}`);
  checkDifficulty(problem, input.difficulty);
  const language = input.language;
  if (!language) throw new HttpError(400, `language: required for a coding problem (one of ${LANGUAGES.join(", ")})`);
  const starter = problem.starterCode[language] ?? "";
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(interviews)
      .values({
        userId: user.id,
        problemId: problem.id,
        difficulty: problem.difficulty,
        language,
        stage: firstStage("coding"),
        ...linkColumns(options.link),
        codeByLanguage: { [language]: starter },
      })
      .returning();
    await tx.insert(messages).values({
      interviewId: row.id,
      role: "ai",
      content: greetingText(problem, user.isGuest ? null : user.name),
      contentType: "text",
    });
    return { kind: "coding" as const, interview: row, problem, starter };
  });
}

/** A whiteboard interview: no language or code, and it opens on the requirements. */
async function createDesignInterview(
  user: CurrentUser,
  problem: SystemDesignProblem,
  difficulty: Interview["difficulty"],
  link?: LinkRules,
): Promise<CreatedInterview> {
  checkDifficulty(problem, difficulty);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(interviews)
      .values({
        userId: user.id,
        problemId: problem.id,
        difficulty: problem.difficulty,
        language: null,
        stage: firstStage("system_design"),
        ...linkColumns(link),
      })
      .returning();
    await tx.insert(messages).values({
      interviewId: row.id,
      role: "ai",
      content: designGreetingText(problem, user.isGuest ? null : user.name),
      contentType: "text",
    });
    return { kind: "system_design" as const, interview: row, problem, starter: "" as const };
  });
}

/**
 * The caller's interview, or 404 (someone else's interview is indistinguishable from none).
 * With `view` (read-only routes only), a recruiter may also read an interview started from
 * their team's link; lib/recruiting/access.ts decides and audits that view.
 */
export async function getOwnedInterview(user: CurrentUser, id: string, view?: InterviewViewAction): Promise<Interview> {
  const db = await getDb();
  const [row] = await db.select().from(interviews).where(eq(interviews.id, id)).limit(1);
  if (!row) throw notFound("Interview not found");
  if (row.userId === user.id) return row;
  if (view && (await mayViewAsRecruiter(user, row, view))) return row;
  throw notFound("Interview not found");
}

export async function listInterviews(user: CurrentUser): Promise<InterviewDTO[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(interviews)
    .where(eq(interviews.userId, user.id))
    .orderBy(desc(interviews.createdAt))
    .limit(100);
  const counts = await Promise.all(
    rows.map(async (r) => {
      const [c] = await db.select({ n: count() }).from(messages).where(eq(messages.interviewId, r.id));
      return c?.n ?? 0;
    }),
  );
  return rows.map((r, i) => interviewDTO(r, counts[i], interviewProblem(r.problemId)));
}

export async function interviewDetail(row: Interview): Promise<AnyInterviewDetail> {
  const db = await getDb();
  const msgs = await db
    .select()
    .from(messages)
    .where(eq(messages.interviewId, row.id))
    .orderBy(asc(messages.createdAt), asc(messages.timestamp));
  const report = ReportSchema.safeParse(row.report);
  const design = getSystemDesignProblem(row.problemId);
  if (design) {
    const latest = await latestSnapshot(row.id);
    return {
      ...interviewDTO(row, msgs.length, { kind: "system_design", title: design.title }),
      kind: "system_design",
      language: null,
      problem: systemDesignDetail(design),
      messages: msgs.map(messageDTO),
      notes: row.notes,
      hints_used: row.hintsUsed,
      whiteboard: latest
        ? {
            snapshot_id: latest.snapshot.id,
            saved_at: latest.snapshot.createdAt.toISOString(),
            snapshot_count: latest.count,
            graph: graphDTO(storedGraph(latest.snapshot)),
          }
        : null,
      report: report.success ? report.data : null,
    };
  }
  const problem = requireProblem(row.problemId);
  const latest = async (kind: "run" | "submit") => {
    const [s] = await db
      .select()
      .from(codeSubmissions)
      .where(and(eq(codeSubmissions.interviewId, row.id), eq(codeSubmissions.kind, kind)))
      .orderBy(desc(codeSubmissions.submittedAt))
      .limit(1);
    return s ? executionDTO(s) : null;
  };
  return {
    ...interviewDTO(row, msgs.length, { kind: "coding", title: problem.title }),
    kind: "coding",
    // Coding interviews are always created with a language.
    language: row.language ?? LANGUAGES[0],
    problem: problemDetail(problem),
    messages: msgs.map(messageDTO),
    code_by_language: row.codeByLanguage,
    notes: row.notes,
    hints_used: row.hintsUsed,
    latest_run: await latest("run"),
    latest_submission: await latest("submit"),
    report: report.success ? report.data : null,
  };
}

export async function saveCode(interviewId: string, language: Language, code: string) {
  const db = await getDb();
  const [row] = await db.select().from(interviews).where(eq(interviews.id, interviewId)).limit(1);
  if (!row) return;
  checkAllowedLanguage(row, language);
  await db
    .update(interviews)
    .set({ codeByLanguage: { ...row.codeByLanguage, [language]: code }, language })
    .where(eq(interviews.id, interviewId));
  if (row.language !== language) await recordEvent(interviewId, "language_change", { from: row.language, to: language });
}

function assertOpen(row: Interview) {
  if (row.status === "completed" || row.status === "abandoned") {
    throw new HttpError(409, `This interview has ended (${row.status}); start a new one to keep practising`);
  }
}

export async function updateInterview(
  row: Interview,
  change: {
    status?: "paused" | "resumed" | "completed";
    notes?: string;
    code?: { language: Language; code: string };
    language?: Language;
    /** The candidate moves the interview on (forward only; see lib/interviews/stage.ts). */
    stage?: string;
  },
): Promise<Interview> {
  const db = await getDb();
  const now = new Date();
  const patch: Partial<typeof interviews.$inferInsert> = {};
  const design = getSystemDesignProblem(row.problemId);
  if (change.notes !== undefined) patch.notes = change.notes;
  if (change.code || change.language) {
    if (design) {
      throw new HttpError(409, "A system-design interview has no code or language; draw the design on the whiteboard (PUT /interviews/{id}/whiteboard)");
    }
    assertOpen(row);
    if (change.code) checkAllowedLanguage(row, change.code.language);
    if (change.language) checkAllowedLanguage(row, change.language);
    const codeByLanguage = { ...row.codeByLanguage };
    if (change.code) codeByLanguage[change.code.language] = change.code.code;
    patch.codeByLanguage = codeByLanguage;
    patch.language = change.language ?? change.code?.language ?? row.language;
  }
  if (change.stage !== undefined) {
    assertOpen(row);
    const stage = nextStage(interviewKind(row), row.stage, { type: "nudge", to: change.stage });
    if (stage) patch.stage = stage;
  }
  if (change.status === "paused") {
    assertOpen(row);
    if (row.linkId) throw new HttpError(409, "An interview from an interview link cannot be paused: its clock runs until it ends");
    if (row.status !== "paused") Object.assign(patch, { status: "paused", pausedAt: now });
  } else if (change.status === "resumed") {
    assertOpen(row);
    if (row.status === "paused" && row.pausedAt) {
      Object.assign(patch, {
        status: "in_progress",
        pausedAt: null,
        pausedMs: row.pausedMs + (now.getTime() - row.pausedAt.getTime()),
      });
    }
  } else if (change.status === "completed" && row.status !== "completed") {
    assertOpen(row);
    const pausedMs = row.pausedAt ? row.pausedMs + (now.getTime() - row.pausedAt.getTime()) : row.pausedMs;
    const ended: Interview = { ...row, ...patch, pausedMs, pausedAt: null, endedAt: now } as Interview;
    const report = design ? await buildDesignReport(ended, design) : await buildReport(ended, requireProblem(row.problemId));
    Object.assign(patch, {
      status: "completed",
      endedAt: now,
      pausedAt: null,
      pausedMs,
      stage: nextStage(interviewKind(row), row.stage, { type: "ended" }) ?? row.stage,
      finalScore: report.score,
      finalCode: row.language ? ((patch.codeByLanguage ?? row.codeByLanguage)[row.language] ?? null) : null,
      report,
    });
  }
  if (Object.keys(patch).length === 0) return row;
  const [updated] = await db.update(interviews).set(patch).where(eq(interviews.id, row.id)).returning();
  await recordChanges(row, updated, change);
  if (patch.status) {
    // With its clock (deadline, elapsed): the room plans the five-minute warning from it.
    void postToRoom(row.id, interviewStatusEvent(updated));
    void postMetricsUpdate(row.id);
  }
  if (patch.stage && patch.stage !== row.stage) void postToRoom(row.id, { type: "stage_changed", stage: updated.stage });
  if (patch.status === "completed" && patch.report) {
    await postWrapUp(row.id, patch.report as Report, design ? null : requireProblem(row.problemId).optimal);
  }
  return updated;
}

/** The replay's events for what an update changed: code, language, stage, pause, resume, end. */
async function recordChanges(before: Interview, after: Interview, change: { code?: { language: Language; code: string } }) {
  if (change.code) await recordCodeSnapshot(before, change.code.language, change.code.code);
  if (after.language && after.language !== before.language) {
    await recordEvent(before.id, "language_change", { from: before.language, to: after.language });
  }
  if (after.status === "paused" && before.status !== "paused") await recordEvent(before.id, "pause", {});
  if (before.status === "paused" && after.status === "in_progress") {
    await recordEvent(before.id, "resume", { paused_seconds: Math.round((after.pausedMs - before.pausedMs) / 1000) });
  }
  if (after.stage !== before.stage) {
    await recordEvent(before.id, "stage_change", { from: before.stage, to: after.stage, cause: after.status === "completed" ? "ended" : "nudge" });
  }
  if (after.status === "completed" && before.status !== "completed") await recordEvent(before.id, "end", { score: after.finalScore });
}

/**
 * The interviewer's written feedback at the end: a chat message and the structured `ai_feedback`
 * card (coding only: the card carries a complexity analysis a design has no equivalent of).
 */
async function postWrapUp(interviewId: string, report: Report, complexity: { time: string; space: string } | null) {
  const db = await getDb();
  const [message] = await db
    .insert(messages)
    .values({ interviewId, role: "ai", content: wrapUpMessage(report), contentType: "feedback" })
    .returning();
  void postToRoom(interviewId, { type: "ai_message_complete", message_id: message.id, full_content: message.content, role: "ai" });
  if (!complexity) return;
  void postToRoom(interviewId, {
    type: "ai_feedback",
    feedback_id: message.id,
    complexity_analysis: { time: complexity.time, space: complexity.space },
    suggestions: report.suggestions,
    strengths: report.strengths,
    improvements: report.improvements,
  });
}

export async function deleteInterview(row: Interview) {
  if (row.linkId) throw new HttpError(409, "An interview started from an interview link is kept for the team that sent it; it cannot be deleted");
  const db = await getDb();
  await db.delete(interviews).where(eq(interviews.id, row.id));
}

export { elapsedSeconds };
