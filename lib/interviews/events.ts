import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  codeSubmissions,
  interviewEvents,
  messages,
  whiteboardSnapshots,
  type CodeSubmission,
  type Interview,
  type InterviewEvent,
  type InterviewEventType,
  type Language,
  type Message,
  type WhiteboardSnapshot,
} from "@/db/schema";
import { executionDTO } from "@/lib/api/dto";
import { ComplexityMeasurementSchema, type TimelineEvent } from "@/lib/api/schemas";
import { DiagramGraphSchema } from "@/lib/whiteboard/graph";
import { STAGE_LABELS, type InterviewStage } from "./stage";

/**
 * What happened during an interview that no other table keeps (code snapshots, hints, stage
 * changes, pauses, language switches, the end), and the replay's timeline: those events merged
 * with chat messages, runs and submissions, and whiteboard saves, in the order they happened.
 *
 * Recording is best effort: a lost event must never fail the request that caused it.
 */

export interface EventData {
  code_snapshot: { language: Language; code: string };
  hint: { level: string; number: number; remaining: number };
  stage_change: { from: string; to: string; cause: string };
  pause: Record<string, never>;
  resume: { paused_seconds: number };
  language_change: { from: string | null; to: Language };
  end: { score: number | null };
}

export async function recordEvent<T extends InterviewEventType>(interviewId: string, type: T, data: EventData[T]): Promise<void> {
  try {
    const db = await getDb();
    await db.insert(interviewEvents).values({ interviewId, type, data: data as Record<string, unknown> });
  } catch (err) {
    console.warn(`[events] ${type} for interview ${interviewId} not recorded:`, err);
  }
}

/** An autosave: recorded only when it changes that language's code. */
export async function recordCodeSnapshot(row: Pick<Interview, "id" | "codeByLanguage">, language: Language, code: string): Promise<void> {
  if (row.codeByLanguage[language] === code) return;
  await recordEvent(row.id, "code_snapshot", { language, code });
}

export async function listEvents(interviewId: string): Promise<InterviewEvent[]> {
  const db = await getDb();
  return db.select().from(interviewEvents).where(eq(interviewEvents.interviewId, interviewId)).orderBy(asc(interviewEvents.createdAt));
}

/** Everything the timeline and the rubric read about one interview, loaded once. */
export interface InterviewRecord {
  interview: Interview;
  messages: Message[];
  events: InterviewEvent[];
  submissions: CodeSubmission[];
  snapshots: WhiteboardSnapshot[];
}

export async function loadRecord(interview: Interview): Promise<InterviewRecord> {
  const db = await getDb();
  const [msgs, events, submissions, snapshots] = await Promise.all([
    db.select().from(messages).where(eq(messages.interviewId, interview.id)).orderBy(asc(messages.createdAt), asc(messages.timestamp)),
    listEvents(interview.id),
    db.select().from(codeSubmissions).where(eq(codeSubmissions.interviewId, interview.id)).orderBy(asc(codeSubmissions.submittedAt)),
    db
      .select()
      .from(whiteboardSnapshots)
      .where(eq(whiteboardSnapshots.interviewId, interview.id))
      .orderBy(asc(whiteboardSnapshots.createdAt)),
  ]);
  return { interview, messages: msgs, events, submissions, snapshots };
}

const clip = (text: string, max = 90) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
};
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const stageLabel = (stage: string) => STAGE_LABELS[stage as InterviewStage] ?? stage;
const lineCount = (code: string) => (code === "" ? 0 : code.split("\n").length);
const FINISHED = new Set(["success", "error", "timeout", "memory_exceeded", "compile_error"]);
const STATUS_WORDS: Record<string, string> = {
  queued: "queued",
  running: "running",
  error: "a runtime error",
  timeout: "a time-out",
  memory_exceeded: "too much memory",
  compile_error: "a compile error",
};

function messageEvent(m: Message): Omit<TimelineEvent, "offset_seconds"> {
  const who = m.role === "user" ? "You" : m.role === "ai" ? "Interviewer" : "System";
  const summary = m.contentType === "hint" ? "Interviewer: a hint" : `${who}: ${clip(m.content)}`;
  return {
    id: m.id,
    type: "message",
    at: m.createdAt.toISOString(),
    summary,
    data: { role: m.role, content: m.content, content_type: m.contentType },
  };
}

/** A run or submission, as the replay shows it: verdicts per test, never a hidden test's data. */
function executionEvent(s: CodeSubmission): Omit<TimelineEvent, "offset_seconds"> {
  const dto = executionDTO(s);
  const custom = s.kind === "run" && s.stdin !== null;
  let summary: string;
  if (!FINISHED.has(s.executionStatus)) summary = `${s.kind === "submit" ? "Submission" : "Run"} ${STATUS_WORDS[s.executionStatus]}`;
  else if (s.executionStatus === "compile_error") summary = `${s.kind === "submit" ? "Submission" : "Run"} ended with a compile error`;
  else if (s.kind === "submit") {
    const hiddenFailed = dto.results.filter((r) => r.hidden && !r.passed).length;
    summary = `Submitted: ${s.testsPassed}/${s.testsTotal} tests passed${hiddenFailed ? ` (${plural(hiddenFailed, "hidden test")} failed)` : ""}`;
  } else if (custom) summary = `Ran a custom input: ${s.testsPassed === 1 ? "matches the reference" : dto.results[0]?.verdict.replace(/_/g, " ") ?? "failed"}`;
  else summary = `Ran the examples: ${s.testsPassed}/${s.testsTotal} passed`;
  if (FINISHED.has(s.executionStatus) && s.executionStatus !== "success" && s.executionStatus !== "compile_error") {
    summary += `, with ${STATUS_WORDS[s.executionStatus]}`;
  }
  const complexity = ComplexityMeasurementSchema.safeParse(s.complexity);
  return {
    id: s.id,
    type: s.kind,
    at: s.submittedAt.toISOString(),
    summary,
    data: {
      status: s.executionStatus,
      language: s.language,
      code: s.code,
      custom_input: custom ? s.stdin : null,
      tests_passed: s.testsPassed,
      tests_total: s.testsTotal,
      score: s.score,
      results: dto.results.map((r) => ({ id: r.id, passed: r.passed, hidden: r.hidden, verdict: r.verdict })),
      complexity: complexity.success ? { best_fit: complexity.data.time.best_fit, optimal: complexity.data.optimal_time, summary: complexity.data.summary } : null,
    },
  };
}

function whiteboardEvent(w: WhiteboardSnapshot): Omit<TimelineEvent, "offset_seconds"> {
  const graph = DiagramGraphSchema.safeParse(w.graph);
  const components = graph.success ? graph.data.components.map((c) => c.label) : [];
  const connections = graph.success ? graph.data.connections.length : 0;
  return {
    id: w.id,
    type: "whiteboard_save",
    at: w.createdAt.toISOString(),
    summary: `Whiteboard saved: ${plural(components.length, "component")}, ${plural(connections, "connection")}`,
    data: { snapshot_id: w.id, components, connections },
  };
}

function storedEvent(e: InterviewEvent): Omit<TimelineEvent, "offset_seconds"> {
  const d = e.data as Record<string, unknown>;
  let summary: string;
  let data: Record<string, unknown> = d;
  switch (e.type) {
    case "code_snapshot": {
      const code = String(d.code ?? "");
      summary = `Code saved (${String(d.language)}, ${plural(lineCount(code), "line")})`;
      data = { language: d.language, code, lines: lineCount(code) };
      break;
    }
    case "hint":
      summary = `Hint ${String(d.number)} (${String(d.level)})${d.remaining === 0 ? ", the last one" : ""}`;
      break;
    case "stage_change":
      summary = `Stage: ${stageLabel(String(d.from))} → ${stageLabel(String(d.to))}`;
      break;
    case "pause":
      summary = "Paused";
      break;
    case "resume":
      summary = `Resumed after ${plural(Math.round(Number(d.paused_seconds ?? 0)), "second")}`;
      break;
    case "language_change":
      summary = `Switched language${d.from ? ` from ${String(d.from)}` : ""} to ${String(d.to)}`;
      break;
    case "end":
      summary = typeof d.score === "number" ? `Interview ended: ${d.score}/100` : "Interview ended";
      break;
    default:
      summary = e.type;
  }
  return { id: e.id, type: e.type, at: e.createdAt.toISOString(), summary, data };
}

/** The replay: every moment of the interview in one list, oldest first, with seconds from the start. */
export function buildTimeline(record: InterviewRecord): TimelineEvent[] {
  const start = record.interview.startedAt.getTime();
  const merged = [
    ...record.messages.map(messageEvent),
    ...record.submissions.map(executionEvent),
    ...record.snapshots.map(whiteboardEvent),
    ...record.events.map(storedEvent),
  ];
  // Stable: at equal times the order above (message, run, save, event) holds.
  return merged
    .map((e, i) => ({ e, i, t: Date.parse(e.at) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map(({ e, t }) => ({ ...e, offset_seconds: Math.max(0, Math.floor((t - start) / 1000)) }));
}

/** The timeline as a shared (public) report shows it: hint texts given in the chat stay private. */
export function publicTimeline(events: TimelineEvent[]): TimelineEvent[] {
  return events.map((e) =>
    e.type === "message" && e.data.content_type === "hint" ? { ...e, data: { ...e.data, content: "(a hint from the interviewer)" } } : e,
  );
}
