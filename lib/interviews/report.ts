import type { Interview } from "@/db/schema";
import { elapsedSeconds } from "@/lib/api/dto";
import { ReportSchema, type Report } from "@/lib/api/schemas";
import type { Problem } from "@/lib/problems/types";
import { scoreInterview, type Scoring } from "@/lib/scoring";
import { HINT_COST } from "@/lib/scoring/coding";
import { loadRecord } from "./events";

const VERDICT_WORDS: Record<NonNullable<Report["recommendation"]>["verdict"], string> = {
  hire: "hire",
  lean_hire: "lean hire",
  lean_no_hire: "lean no hire",
  no_hire: "no hire",
};

export function describeDuration(seconds: number): string {
  if (seconds < 60) return "under a minute";
  const minutes = Math.round(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** What went less well in the rubric, in its own evidence: dimensions under `below`, weakest first. */
export function rubricImprovements(scoring: Pick<Scoring, "rubric">, skip: string[], below = 60): string[] {
  return [...scoring.rubric]
    .filter((d) => d.score < below && !skip.includes(d.id))
    .sort((a, b) => a.score - b.score)
    .flatMap((d) => {
      const lost = d.evidence.find((e) => !e.positive);
      return lost ? [`${d.label}: ${lost.text}.`] : [];
    });
}

/**
 * The report at the end of a coding interview: the full rubric (with the planted-variant check in
 * the sandbox), its weighted score, weak areas, the verdict, the measured complexity, and the
 * interviewer's written feedback. The score comes from what happened, never from the chat's say-so.
 */
export async function buildReport(interview: Interview, problem: Problem): Promise<Report> {
  const scoring = await scoreInterview(interview, { full: true });
  const f = scoring.coding!;
  const score = scoring.score;
  const lastSubmit = f.submissions.at(-1);
  const last = lastSubmit ?? f.runs.at(-1);
  const strengths: string[] = [];
  const improvements: string[] = [];
  const talked = f.said.some((s) => !["injection", "off_topic", "greeting", "thanks"].includes(s.intent));
  if (talked) strengths.push("You talked through the problem with the interviewer.");
  else improvements.push("Explain your approach out loud before coding; interviewers grade communication.");
  if (lastSubmit && lastSubmit.testsPassed === lastSubmit.testsTotal && lastSubmit.testsTotal > 0) {
    strengths.push(`Your submission passed all ${lastSubmit.testsTotal} tests, including the hidden ones.`);
  } else if (lastSubmit) {
    improvements.push(`Your submission passed ${lastSubmit.testsPassed} of ${lastSubmit.testsTotal} tests; check edge cases before submitting.`);
  } else {
    improvements.push("Submit a solution so it can be checked against the hidden tests.");
  }
  if (f.runs.length > 0) strengths.push(`You tested your code (${f.runs.length} run${f.runs.length === 1 ? "" : "s"}).`);
  const caught = f.variants?.variants.filter((v) => v.caught).length ?? 0;
  if (f.variants && caught > 0) strengths.push(`Your own test inputs would catch ${caught} of ${f.variants.total} planted buggy solutions.`);
  if (f.hintsUsed > 0) {
    improvements.push(`You used ${f.hintsUsed} hint${f.hintsUsed === 1 ? "" : "s"}; each takes ${HINT_COST} points off independence.`);
  }
  improvements.push(...rubricImprovements(scoring, ["correctness", "independence", "communication"]));

  const suggestions: string[] = [];
  const solved = lastSubmit !== undefined && lastSubmit.testsTotal > 0 && lastSubmit.testsPassed === lastSubmit.testsTotal;
  if (!solved) {
    suggestions.push(`Come back to "${problem.title}" tomorrow and solve it from a blank editor; aim for ${problem.optimal.time} time.`);
  }
  if (f.runs.length === 0) suggestions.push("Run your code on the examples before submitting; a failing example is cheaper than a failing submission.");
  if (f.customInputs.length === 0) suggestions.push("Try inputs of your own (empty, one element, duplicates, the largest size) before you submit.");
  if (f.hintsUsed > 0) suggestions.push(`Try another ${problem.category} problem without hints, to make the technique your own.`);
  else suggestions.push(`Practise another ${problem.category} problem at the next difficulty up to keep the momentum.`);
  suggestions.push("Say the time and space complexity out loud before you code, and check it again once the tests pass.");

  const duration = describeDuration(f.seconds);
  const verdict = VERDICT_WORDS[scoring.recommendation.verdict];
  let summary = last
    ? `You worked on "${problem.title}" for ${duration} and finished with ${score}/100 (${verdict}). ` +
      `The optimal solution runs in ${problem.optimal.time} time and ${problem.optimal.space} space.`
    : `You spent ${duration} on "${problem.title}" without running any code, so there is nothing to score yet.`;
  if (scoring.complexity) summary += ` ${scoring.complexity.summary}`;
  const report: Report = {
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
    rubric: scoring.rubric,
    weak_areas: scoring.weak_areas,
    recommendation: scoring.recommendation,
    complexity: scoring.complexity,
    feedback: "",
  };
  return { ...report, feedback: wrapUpMessage(report) };
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

/**
 * GET /interviews/{id}/metrics and the room's `metrics_update`: counts, and the live rubric's
 * score and weak areas (no sandbox runs); once the interview has ended, its final score.
 */
export async function metricsFor(interview: Interview) {
  const record = await loadRecord(interview);
  const done = record.submissions.filter((s) => s.executionStatus !== "queued" && s.executionStatus !== "running");
  const last = [...done].reverse().find((s) => s.kind === "submit") ?? done.at(-1);
  const stored = ReportSchema.safeParse(interview.report);
  const live = stored.success && interview.finalScore !== null ? stored.data : await scoreInterview(interview, { full: false, record });
  return {
    time_spent: elapsedSeconds(interview),
    code_attempts: done.length,
    test_passes: last?.testsPassed ?? 0,
    ai_interaction_count: record.messages.filter((m) => m.role === "user" || m.role === "ai").length,
    current_score: interview.finalScore ?? live.score,
    weak_areas: [...new Set(live.weak_areas.map((w) => w.area))],
  };
}
