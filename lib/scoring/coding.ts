import type { CodeSubmission, Message } from "@/db/schema";
import { elapsedSeconds } from "@/lib/api/dto";
import { ComplexityMeasurementSchema, type ComplexityMeasurement, type RubricDimension } from "@/lib/api/schemas";
import { complexityClaims, complexityRank, describeApproach, detectIntent, type ApproachReading, type Intent } from "@/lib/interviewer/analysis";
import type { InterviewRecord } from "@/lib/interviews/events";
import type { Problem } from "@/lib/problems/types";
import { TestResultSchema } from "@/lib/room/events";
import { z } from "zod";
import { CHECK_LABELS, checkCodeQuality } from "./code-quality";
import { clamp, dimension, evidence, plural, type Moment } from "./rubric";
import { customInputsOf, type CustomInputUse, type VariantCheck } from "./variants";

/**
 * The coding rubric: eight dimensions computed from what happened (chat, code, runs, hints, time),
 * each with the evidence behind it, linked to the timeline's moments. Pure given the facts; the
 * variant check (sandbox runs) is passed in at the end of an interview and absent in the live score.
 */

export const CODING_WEIGHTS = {
  problem_solving: 0.15,
  correctness: 0.25,
  efficiency: 0.15,
  code_quality: 0.1,
  testing: 0.1,
  communication: 0.1,
  independence: 0.1,
  time_management: 0.05,
} as const;

export const CODING_LABELS = {
  problem_solving: "Problem solving",
  correctness: "Correctness",
  efficiency: "Efficiency",
  code_quality: "Code quality",
  testing: "Testing",
  communication: "Communication",
  independence: "Independence",
  time_management: "Time management",
} as const;

export interface Said extends Moment {
  text: string;
  intent: Intent;
  approach: ApproachReading | null;
  claims: { time: string | null; space: string | null };
}

/** Messages that carry no signal about the candidate's thinking. */
const NO_SIGNAL: ReadonlySet<Intent> = new Set(["injection", "off_topic", "greeting", "thanks", "score_question", "solution_request"]);
const EDGE_WORDS = /\b(edge|corner) cases?\b|\bempty\b|\bsingle element\b|\boverflow\b|\bnegative\b|\bduplicates?\b|\bnull\b|\bzero\b/i;
const FINISHED = new Set(["success", "error", "timeout", "memory_exceeded", "compile_error"]);
const StoredResults = z.array(TestResultSchema).catch([]);

export interface CodingFacts {
  problem: Problem;
  said: Said[];
  hints: (Moment & { number: number; level: string })[];
  hintsUsed: number;
  runs: CodeSubmission[];
  submissions: CodeSubmission[];
  customInputs: CustomInputUse[];
  complexity: { measurement: ComplexityMeasurement; moment: Moment } | null;
  finalCode: { code: string; language: string; moment: Moment | null } | null;
  /** Interview seconds (pauses excluded) and the budget. */
  seconds: number;
  budgetSeconds: number;
  /** Interview seconds at a wall-clock moment, pauses before it excluded. */
  secondsAt: (at: Date) => number;
  /** Whether anything was written or run: without it, hints and time have nothing to credit. */
  worked: boolean;
}

function saidOf(m: Message): Said {
  return {
    id: m.id,
    at: m.createdAt,
    text: m.content,
    intent: detectIntent(m.content),
    approach: describeApproach(m.content),
    claims: complexityClaims(m.content),
  };
}

export function codingFacts(record: InterviewRecord, problem: Problem): CodingFacts {
  const { interview } = record;
  const done = record.submissions.filter((s) => FINISHED.has(s.executionStatus));
  const runs = done.filter((s) => s.kind === "run");
  const submissions = done.filter((s) => s.kind === "submit");
  const hints = record.events
    .filter((e) => e.type === "hint")
    .map((e) => ({ id: e.id, at: e.createdAt, number: Number(e.data.number ?? 0), level: String(e.data.level ?? "") }));
  const measured = [...submissions]
    .reverse()
    .map((s) => ({ s, m: ComplexityMeasurementSchema.safeParse(s.complexity) }))
    .find((x) => x.m.success);
  const lastSubmit = submissions.at(-1);
  const snapshots = record.events.filter((e) => e.type === "code_snapshot");
  const language = interview.language;
  const editorCode = language ? interview.codeByLanguage[language] : undefined;
  const starter = language ? problem.starterCode[language] : undefined;
  let finalCode: CodingFacts["finalCode"] = null;
  if (lastSubmit) finalCode = { code: lastSubmit.code, language: lastSubmit.language, moment: { id: lastSubmit.id, at: lastSubmit.submittedAt } };
  else if (language && editorCode !== undefined && editorCode.trim() !== "" && editorCode !== starter) {
    const last = snapshots.at(-1);
    finalCode = { code: editorCode, language, moment: last ? { id: last.id, at: last.createdAt } : null };
  }
  const resumes = record.events.filter((e) => e.type === "resume");
  const start = interview.startedAt.getTime();
  const secondsAt = (at: Date) => {
    const paused = resumes.filter((e) => e.createdAt <= at).reduce((sum, e) => sum + Number(e.data.paused_seconds ?? 0), 0);
    return Math.max(0, Math.round((at.getTime() - start) / 1000 - paused));
  };
  return {
    problem,
    said: record.messages.filter((m) => m.role === "user").map(saidOf),
    hints,
    hintsUsed: interview.hintsUsed,
    runs,
    submissions,
    customInputs: customInputsOf(problem, runs),
    complexity: measured?.m.success ? { measurement: measured.m.data, moment: { id: measured.s.id, at: measured.s.submittedAt } } : null,
    finalCode,
    seconds: elapsedSeconds(interview),
    budgetSeconds: interview.durationMinutes * 60,
    secondsAt,
    worked: done.length > 0 || finalCode !== null,
  };
}

const moment = (s: CodeSubmission): Moment => ({ id: s.id, at: s.submittedAt });
const allPassed = (s: CodeSubmission | undefined) => !!s && s.testsTotal > 0 && s.testsPassed === s.testsTotal;
const results = (s: CodeSubmission) => StoredResults.parse(s.testResults);

/** Tags of the hidden tests the last submission failed, with how many failed per tag. */
export function failedHiddenTags(facts: Pick<CodingFacts, "submissions" | "problem">): Map<string, number> {
  const tags = new Map<string, number>();
  const last = facts.submissions.at(-1);
  if (!last) return tags;
  for (const r of results(last)) {
    if (!r.hidden || r.passed) continue;
    const n = Number(/^hidden-(\d+)$/.exec(r.id)?.[1] ?? NaN);
    for (const tag of facts.problem.tests.hidden[n - 1]?.tags ?? []) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  return tags;
}

function firstActionAt(f: CodingFacts): Date | null {
  const first = [...f.runs, ...f.submissions].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime())[0];
  return first?.submittedAt ?? null;
}

function problemSolving(f: CodingFacts): RubricDimension {
  const items = [];
  let score = 0;
  const firstAction = firstActionAt(f);
  const said = f.said.filter((s) => !NO_SIGNAL.has(s.intent));
  const approaches = said.filter((s) => s.intent === "approach" || s.approach);
  const early = approaches.find((s) => !firstAction || s.at <= firstAction);
  if (early) {
    score += 40;
    items.push(evidence(`Discussed the approach (${early.approach?.label ?? "complexity"}) before running any code`, true, early));
  } else if (approaches[0]) {
    score += 20;
    items.push(evidence("Explained the approach only after starting to run code", false, approaches[0]));
  } else items.push(evidence("Never described an approach in the chat", false));
  const questions = said.filter((s) => s.intent === "clarifying_question" || s.intent === "example_question");
  if (questions.length) {
    score += questions.length >= 2 ? 35 : 25;
    items.push(evidence(`Asked ${plural(questions.length, "clarifying question")}, first: "${clip(questions[0].text)}"`, true, questions[0]));
  } else items.push(evidence("Asked no clarifying questions about the input or constraints", false));
  const edges = said.find((s) => s.intent === "edge_cases" || EDGE_WORDS.test(s.text));
  if (edges) {
    score += 15;
    items.push(evidence("Brought up edge cases", true, edges));
  }
  const brute = approaches.findIndex((s) => s.approach?.brute);
  if (brute >= 0 && approaches.slice(brute + 1).some((s) => s.approach && !s.approach.brute)) {
    score += 10;
    items.push(evidence("Started from brute force and improved on it", true, approaches[brute]));
  }
  return dimension("problem_solving", CODING_LABELS.problem_solving, CODING_WEIGHTS.problem_solving, score, items);
}

function correctness(f: CodingFacts): RubricDimension {
  const last = f.submissions.at(-1);
  const items = [];
  let score = 0;
  if (last) {
    const rs = results(last);
    const visible = rs.filter((r) => !r.hidden);
    const hidden = rs.filter((r) => r.hidden);
    const vPassed = visible.filter((r) => r.passed).length;
    const hPassed = hidden.filter((r) => r.passed).length;
    score = last.testsTotal ? (last.testsPassed / last.testsTotal) * 100 : 0;
    items.push(evidence(`Last submission passed ${vPassed}/${visible.length} visible tests`, vPassed === visible.length && visible.length > 0, moment(last)));
    items.push(evidence(`and ${hPassed}/${hidden.length} hidden tests`, hPassed === hidden.length && hidden.length > 0, moment(last)));
    const tags = failedHiddenTags(f);
    if (tags.size) items.push(evidence(`Failed hidden tests probe: ${[...tags.keys()].join(", ")}`, false, moment(last)));
    if (last.executionStatus === "compile_error") items.push(evidence("The last submission did not compile", false, moment(last)));
    if (f.submissions.length > 1) items.push(evidence(`${plural(f.submissions.length, "submission")} in all`, f.submissions.length <= 2, moment(f.submissions[0])));
  } else {
    const lastRun = [...f.runs].reverse().find((r) => !r.stdin);
    if (lastRun && lastRun.testsTotal) {
      score = (lastRun.testsPassed / lastRun.testsTotal) * 50;
      items.push(evidence(`Never submitted; the last run passed ${lastRun.testsPassed}/${lastRun.testsTotal} visible tests (half credit)`, false, moment(lastRun)));
    } else items.push(evidence("No solution was submitted", false));
  }
  return dimension("correctness", CODING_LABELS.correctness, CODING_WEIGHTS.correctness, score, items);
}

function efficiency(f: CodingFacts): RubricDimension {
  const items = [];
  let score = 0;
  const last = f.submissions.at(-1);
  const optimal = f.problem.optimal.time;
  if (f.complexity) {
    const m = f.complexity.measurement;
    const gap = (complexityRank(m.time.best_fit) ?? 0) - (complexityRank(m.optimal_time || optimal) ?? 0);
    score = gap <= 0 ? 100 : gap <= 1 ? 75 : gap <= 2 ? 55 : gap <= 4 ? 35 : 20;
    const sure = `${Math.round(m.time.confidence * 100)}% confidence`;
    items.push(evidence(`Measured growth ${m.time.best_fit} (${sure}); optimal is ${m.optimal_time || optimal}`, gap <= 0, f.complexity.moment));
    if (m.memory) {
      const memGap = (complexityRank(m.memory.best_fit) ?? 0) - (complexityRank(m.optimal_space || f.problem.optimal.space) ?? 0);
      items.push(evidence(`Memory grows as ${m.memory.best_fit}; optimal space is ${m.optimal_space}`, memGap <= 0, f.complexity.moment));
      if (memGap > 0) score -= 10;
    }
  } else if (last) {
    const rs = results(last);
    const slow = rs.filter((r) => r.verdict === "time_limit");
    if (slow.length) {
      score = 25;
      items.push(evidence(`Timed out on ${plural(slow.length, "test")}: the large inputs need ${optimal}`, false, moment(last)));
    } else if (allPassed(last)) {
      score = 80;
      items.push(evidence(`Passed the large hidden tests within the time limit (growth not measured; optimal is ${optimal})`, true, moment(last)));
    } else {
      score = 50;
      items.push(evidence("Not every test passed, so the speed on large inputs is unproven", false, moment(last)));
    }
  } else items.push(evidence("Nothing was submitted, so efficiency could not be judged", false));
  const claimed = [...f.said].reverse().find((s) => s.claims.time);
  if (claimed?.claims.time && f.complexity) {
    const right = complexityRank(claimed.claims.time) === complexityRank(f.complexity.measurement.time.best_fit);
    items.push(evidence(`Stated ${claimed.claims.time}; measured ${f.complexity.measurement.time.best_fit}`, right, claimed));
  }
  return dimension("efficiency", CODING_LABELS.efficiency, CODING_WEIGHTS.efficiency, score, items);
}

function codeQuality(f: CodingFacts): RubricDimension {
  if (!f.finalCode) {
    return dimension("code_quality", CODING_LABELS.code_quality, CODING_WEIGHTS.code_quality, 0, [evidence("No code was written", false)]);
  }
  const q = checkCodeQuality(f.finalCode.code, f.finalCode.language as Parameters<typeof checkCodeQuality>[1]);
  const items = q.findings.map((x) => evidence(`Line ${x.line}: ${x.message}`, false, f.finalCode?.moment));
  if (q.clean.length) items.push(evidence(`Clean: ${q.clean.map((c) => CHECK_LABELS[c]).join(", ")}`, true, f.finalCode.moment));
  return dimension("code_quality", CODING_LABELS.code_quality, CODING_WEIGHTS.code_quality, q.score, items);
}

function testing(f: CodingFacts, variants: VariantCheck | null): RubricDimension {
  const items = [];
  let points = 0;
  const firstSubmit = f.submissions[0];
  const before = f.runs.filter((r) => !firstSubmit || r.submittedAt < firstSubmit.submittedAt);
  if (before.length) {
    points += 30;
    items.push(evidence(`Ran the code ${plural(before.length, "time")} before submitting`, true, moment(before[0])));
  } else items.push(evidence(firstSubmit ? "Submitted without running the code first" : "Never ran the code", false, firstSubmit ? moment(firstSubmit) : null));
  const custom = f.customInputs;
  if (custom.length) {
    points += custom.length >= 2 ? 30 : 20;
    const first = custom[0];
    items.push(evidence(`Tried ${plural(custom.length, "custom input")} of their own`, true, { id: first.submissionId, at: first.at }));
  } else items.push(evidence("Tried no custom inputs beyond the examples", false));
  const buggy = f.problem.variants.filter((v) => v.kind === "buggy").length;
  let max = 60;
  if (buggy > 0 && variants) {
    max = 100;
    const caught = variants.variants.filter((v) => v.caught);
    points += (caught.length / buggy) * 40;
    items.push(evidence(`Their inputs would catch ${caught.length} of ${buggy} planted buggy solutions`, caught.length > 0, null));
    for (const v of caught) {
      const run = f.runs.find((r) => r.id === v.caughtBy);
      items.push(evidence(`Caught "${v.name}"`, true, run ? moment(run) : null));
    }
    for (const v of variants.variants.filter((v) => !v.caught)) items.push(evidence(`Missed "${v.name}"`, false, null));
  } else if (buggy > 0) {
    items.push(evidence(`How many of the ${buggy} planted buggy solutions the inputs catch is checked when the interview ends`, true, null));
  }
  return dimension("testing", CODING_LABELS.testing, CODING_WEIGHTS.testing, (points / max) * 100, items);
}

function communication(f: CodingFacts): RubricDimension {
  const items = [];
  let score = 0;
  const talk = f.said.filter((s) => !NO_SIGNAL.has(s.intent) && s.intent !== "hint_request");
  const explained = talk.find((s) => s.intent === "approach" || s.approach);
  if (explained) {
    score += 40;
    items.push(evidence("Explained the approach in the chat", true, explained));
  } else items.push(evidence("Did not explain the approach in the chat", false));
  const time = talk.find((s) => s.claims.time);
  const space = talk.find((s) => s.claims.space);
  if (time) {
    score += 25;
    items.push(evidence(`Stated the time complexity (${time.claims.time})`, true, time));
    const target = f.complexity?.measurement.time.best_fit ?? f.problem.optimal.time;
    if (complexityRank(time.claims.time ?? "") === complexityRank(target)) {
      score += 10;
      items.push(evidence(`…and it matches ${f.complexity ? "the measured growth" : "the optimal"} (${target})`, true, time));
    }
  } else items.push(evidence("Never stated the time complexity", false));
  if (space) {
    score += 10;
    items.push(evidence(`Stated the space complexity (${space.claims.space})`, true, space));
  }
  if (talk.length >= 3) {
    score += 15;
    items.push(evidence(`Kept talking through the work (${plural(talk.length, "message")})`, true, talk[0]));
  } else if (talk.length > 0) {
    score += 5;
    items.push(evidence(`Said little along the way (${plural(talk.length, "message")})`, false, talk[0]));
  }
  return dimension("communication", CODING_LABELS.communication, CODING_WEIGHTS.communication, score, items);
}

export const HINT_COST = 25;

function independence(f: CodingFacts, worked: boolean): RubricDimension {
  if (!worked) {
    return dimension("independence", CODING_LABELS.independence, CODING_WEIGHTS.independence, 0, [
      evidence("Nothing was written or run, so there is no independent work to credit", false),
    ]);
  }
  const items = [];
  const asks = f.said.filter((s) => s.intent === "solution_request");
  for (let n = 0; n < f.hintsUsed; n++) {
    const h = f.hints.find((x) => x.number === n + 1);
    items.push(evidence(`Needed hint ${n + 1}${h?.level ? ` (${h.level})` : ""}`, false, h ?? null));
  }
  for (const a of asks) items.push(evidence("Asked to be given the solution", false, a));
  if (f.hintsUsed === 0 && asks.length === 0) items.push(evidence("Worked without hints", true));
  const score = 100 - f.hintsUsed * HINT_COST - asks.length * 10;
  return dimension("independence", CODING_LABELS.independence, CODING_WEIGHTS.independence, score, items);
}

function timeManagement(f: CodingFacts, worked: boolean): RubricDimension {
  const items = [];
  let score = 0;
  const solved = f.submissions.find(allPassed);
  const budget = f.budgetSeconds;
  const estimate = f.problem.estimatedMinutes * 60;
  const minutes = (s: number) => `${Math.max(1, Math.round(s / 60))} min`;
  if (!worked) items.push(evidence("Nothing was written or run in the time", false));
  else if (solved) {
    const at = f.secondsAt(solved.submittedAt);
    if (at <= budget) {
      score = at <= estimate * 1.5 ? 100 : 80;
      items.push(evidence(`Solved in ${minutes(at)} of ${minutes(budget)} (about ${minutes(estimate)} expected)`, at <= estimate * 1.5, moment(solved)));
    } else {
      score = 50;
      items.push(evidence(`Solved only after the ${minutes(budget)} were up`, false, moment(solved)));
    }
  } else if (f.submissions.length) {
    score = 50;
    items.push(evidence("Submitted within the interview but did not pass every test", false, moment(f.submissions.at(-1)!)));
  } else {
    score = 25;
    items.push(evidence("Ran code but never got to a submission", false, f.runs[0] ? moment(f.runs[0]) : null));
  }
  return dimension("time_management", CODING_LABELS.time_management, CODING_WEIGHTS.time_management, score, items);
}

/** The eight dimensions, in RUBRIC_DIMENSIONS order. `variants` is null in the live score. */
export function codingRubric(f: CodingFacts, variants: VariantCheck | null): RubricDimension[] {
  return [
    problemSolving(f),
    correctness(f),
    efficiency(f),
    codeQuality(f),
    testing(f, variants),
    communication(f),
    independence(f, f.worked),
    timeManagement(f, f.worked),
  ];
}

/** Whether the session mastered the problem: every test of a submission passed. */
export const codingMastered = (f: CodingFacts) => f.submissions.some(allPassed) && clamp(100 - f.hintsUsed * HINT_COST) >= 50;

function clip(text: string, max = 70) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
