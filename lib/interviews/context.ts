import { asc, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { codeSubmissions, interviews, messages, users } from "@/db/schema";
import { elapsedSeconds, executionDTO } from "@/lib/api/dto";
import { systemDesignContext, type InterviewContext } from "@/lib/interviewer/context";
import { getProblem, getSystemDesignProblem } from "@/lib/problems";
import type { SystemDesignProblem } from "@/lib/problems/system-design";
import { latestSnapshot, storedGraph } from "@/lib/whiteboard/service";

/** Everything the interviewer may know, rebuilt from the database (never from the client). */
export async function buildInterviewContext(interviewId: string): Promise<InterviewContext | null> {
  const db = await getDb();
  const [row] = await db.select().from(interviews).where(eq(interviews.id, interviewId)).limit(1);
  if (!row) return null;
  const [user] = await db.select().from(users).where(eq(users.id, row.userId)).limit(1);
  const history = await db
    .select()
    .from(messages)
    .where(eq(messages.interviewId, interviewId))
    .orderBy(asc(messages.createdAt), asc(messages.timestamp));
  const common = {
    stage: row.stage as InterviewContext["stage"],
    candidateName: user && !user.isAnonymous ? user.name : null,
    elapsedMinutes: Math.floor(elapsedSeconds(row) / 60),
    durationMinutes: row.durationMinutes,
    hintsUsed: row.hintsUsed,
    conversation: history
      .filter((m) => m.role !== "system")
      .map((m) => ({ role: m.role as "user" | "ai", content: m.content })),
  };
  const design = getSystemDesignProblem(row.problemId);
  if (design) return { ...common, ...(await designContext(interviewId, design)) };
  const problem = getProblem(row.problemId);
  if (!problem) return null;
  const [last] = await db
    .select()
    .from(codeSubmissions)
    .where(eq(codeSubmissions.interviewId, interviewId))
    .orderBy(desc(codeSubmissions.submittedAt))
    .limit(1);
  const lastDone = last && last.executionStatus !== "queued" && last.executionStatus !== "running" ? last : undefined;
  const run = lastDone ? executionDTO(lastDone) : null;
  return {
    problem: {
      title: problem.title,
      difficulty: problem.difficulty,
      statement: problem.statement,
      examples: problem.examples,
      constraints: problem.constraints,
      hints: problem.hints,
      optimal: problem.optimal,
      pitfalls: problem.pitfalls,
      followUps: problem.followUps,
    },
    kind: "coding",
    design: null,
    whiteboard: null,
    language: row.language,
    code: row.language ? (row.codeByLanguage[row.language] ?? null) : null,
    lastRun: run
      ? {
          kind: run.kind,
          status: run.status,
          passed: run.tests_passed,
          total: run.tests_total,
          error: run.error,
          // Only visible tests carry data; hidden ones never reach the interviewer's prompt.
          failing: run.results
            .filter((r) => !r.passed && !r.hidden)
            .map((r) => ({
              input: r.input ?? "",
              expected: r.expectedOutput ?? "",
              actual: r.actualOutput ?? "",
              // A wrong answer is not an exception: only real errors are passed as errors.
              error: r.error,
            })),
          hiddenFailed: run.results.filter((r) => !r.passed && r.hidden).length,
          // Filled in by the execution service right after it measures an accepted submission.
          measured: null,
        }
      : null,
    ...common,
  };
}

/** A diagram this big is clipped for the prompt; the snapshot itself keeps everything. */
const MAX_PROMPT_COMPONENTS = 150;
const MAX_PROMPT_CONNECTIONS = 300;

/**
 * A system-design interview's part of the context: the brief and its sheet, the three hints,
 * and the latest whiteboard save read as a graph.
 */
async function designContext(
  interviewId: string,
  design: SystemDesignProblem,
): Promise<Pick<InterviewContext, "kind" | "problem" | "design" | "whiteboard" | "language" | "code" | "lastRun">> {
  const latest = await latestSnapshot(interviewId);
  const graph = latest ? storedGraph(latest.snapshot) : null;
  const kept = graph ? new Set(graph.components.slice(0, MAX_PROMPT_COMPONENTS).map((c) => c.id)) : null;
  return {
    ...systemDesignContext(design),
    whiteboard:
      latest && graph && kept
        ? {
            graph: {
              ...graph,
              components: graph.components.filter((c) => kept.has(c.id)),
              connections: graph.connections.filter((c) => kept.has(c.from) && kept.has(c.to)).slice(0, MAX_PROMPT_CONNECTIONS),
            },
            savedAt: latest.snapshot.createdAt.toISOString(),
            saves: latest.count,
          }
        : null,
  };
}
