import { and, count, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { codeSubmissions, messages, type CodeSubmission, type Interview } from "@/db/schema";
import { elapsedSeconds } from "@/lib/api/dto";
import type { Report } from "@/lib/api/schemas";
import type { Problem } from "@/lib/problems/types";

/** Points taken off the test score for each hint used. */
const HINT_PENALTY = 5;
/** Passing only the visible tests without submitting earns at most half credit. */
const RUN_ONLY_WEIGHT = 0.5;

interface Facts {
  runs: CodeSubmission[];
  submissions: CodeSubmission[];
  userMessages: number;
  hintsUsed: number;
  seconds: number;
}

async function gatherFacts(interview: Interview): Promise<Facts> {
  const db = await getDb();
  const all = await db
    .select()
    .from(codeSubmissions)
    .where(eq(codeSubmissions.interviewId, interview.id))
    .orderBy(desc(codeSubmissions.submittedAt));
  const [userMsgs] = await db
    .select({ n: count() })
    .from(messages)
    .where(and(eq(messages.interviewId, interview.id), eq(messages.role, "user")));
  const done = all.filter((s) => s.executionStatus !== "queued" && s.executionStatus !== "running");
  return {
    runs: done.filter((s) => s.kind === "run"),
    submissions: done.filter((s) => s.kind === "submit"),
    userMessages: userMsgs?.n ?? 0,
    hintsUsed: interview.hintsUsed,
    seconds: elapsedSeconds(interview),
  };
}

/** The score is computed from what happened, never from what was said in the chat. */
export function scoreFromFacts(f: Pick<Facts, "runs" | "submissions" | "hintsUsed">): number {
  let base = 0;
  const lastSubmit = f.submissions[0];
  const lastRun = f.runs[0];
  if (lastSubmit) base = lastSubmit.score;
  else if (lastRun && lastRun.testsTotal > 0) base = (lastRun.testsPassed / lastRun.testsTotal) * 100 * RUN_ONLY_WEIGHT;
  const score = base - f.hintsUsed * HINT_PENALTY;
  return Math.round(Math.max(0, Math.min(100, score)) * 10) / 10;
}

export function describeDuration(seconds: number): string {
  if (seconds < 60) return "under a minute";
  const minutes = Math.round(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

export async function buildReport(interview: Interview, problem: Problem): Promise<Report> {
  const f = await gatherFacts(interview);
  const score = scoreFromFacts(f);
  const lastSubmit = f.submissions[0];
  const last = lastSubmit ?? f.runs[0];
  const strengths: string[] = [];
  const improvements: string[] = [];
  if (f.userMessages > 0) strengths.push("You talked through the problem with the interviewer.");
  else improvements.push("Explain your approach out loud before coding; interviewers grade communication.");
  if (lastSubmit && lastSubmit.testsPassed === lastSubmit.testsTotal && lastSubmit.testsTotal > 0) {
    strengths.push(`Your submission passed all ${lastSubmit.testsTotal} tests, including the hidden ones.`);
  } else if (lastSubmit) {
    improvements.push(
      `Your submission passed ${lastSubmit.testsPassed} of ${lastSubmit.testsTotal} tests; check edge cases before submitting.`,
    );
  } else {
    improvements.push("Submit a solution so it can be checked against the hidden tests.");
  }
  if (f.runs.length > 0) strengths.push(`You tested your code (${f.runs.length} run${f.runs.length === 1 ? "" : "s"}).`);
  if (f.hintsUsed > 0) improvements.push(`You used ${f.hintsUsed} hint${f.hintsUsed === 1 ? "" : "s"}; each costs ${HINT_PENALTY} points.`);
  const suggestions: string[] = [];
  const solved = lastSubmit !== undefined && lastSubmit.testsTotal > 0 && lastSubmit.testsPassed === lastSubmit.testsTotal;
  if (!solved) {
    suggestions.push(`Come back to "${problem.title}" tomorrow and solve it from a blank editor; aim for ${problem.optimal.time} time.`);
  }
  if (f.runs.length === 0) suggestions.push("Run your code on the examples before submitting; a failing example is cheaper than a failing submission.");
  if (f.hintsUsed > 0) suggestions.push(`Try another ${problem.category} problem without hints, to make the technique your own.`);
  else suggestions.push(`Practise another ${problem.category} problem at the next difficulty up to keep the momentum.`);
  suggestions.push("Say the time and space complexity out loud before you code, and check it again once the tests pass.");
  const duration = describeDuration(f.seconds);
  const summary = last
    ? `You worked on "${problem.title}" for ${duration} and finished with ${score}/100. ` +
      `The optimal solution runs in ${problem.optimal.time} time and ${problem.optimal.space} space.`
    : `You spent ${duration} on "${problem.title}" without running any code, so there is nothing to score yet.`;
  return {
    score,
    tests_passed: last?.testsPassed ?? 0,
    tests_total: last?.testsTotal ?? 0,
    code_attempts: f.runs.length + f.submissions.length,
    hints_used: f.hintsUsed,
    time_spent_seconds: f.seconds,
    summary,
    strengths,
    improvements,
    suggestions,
    rubric: [],
    weak_areas: [],
    recommendation: null,
    complexity: null,
    feedback: "",
  };
}

/** The interviewer's closing words in the chat, built from the report: what went well, what to improve, what to do next. */
export function wrapUpMessage(report: Report): string {
  const list = (items: string[]) => items.map((i) => `- ${i}`).join("\n");
  const parts = ["That's time — thank you for working through this with me. " + report.summary];
  if (report.strengths.length) parts.push(`**What went well**\n${list(report.strengths)}`);
  if (report.improvements.length) parts.push(`**What to improve**\n${list(report.improvements)}`);
  if (report.suggestions.length) parts.push(`**What to practise next**\n${list(report.suggestions)}`);
  parts.push("Your full report is ready whenever you want to look at it.");
  return parts.join("\n\n");
}

export async function metricsFor(interview: Interview) {
  const f = await gatherFacts(interview);
  const db = await getDb();
  const [aiMsgs] = await db
    .select({ n: count() })
    .from(messages)
    .where(and(eq(messages.interviewId, interview.id), eq(messages.role, "ai")));
  const last = f.submissions[0] ?? f.runs[0];
  const weak = new Set<string>();
  for (const s of [...f.submissions, ...f.runs].slice(0, 5)) {
    for (const r of (s.testResults as { passed?: boolean; verdict?: string }[]) ?? []) {
      if (r && r.passed === false && r.verdict) weak.add(r.verdict.replace(/_/g, " "));
    }
  }
  return {
    time_spent: f.seconds,
    code_attempts: f.runs.length + f.submissions.length,
    test_passes: last?.testsPassed ?? 0,
    ai_interaction_count: f.userMessages + (aiMsgs?.n ?? 0),
    current_score: interview.finalScore ?? scoreFromFacts(f),
    weak_areas: [...weak],
  };
}
