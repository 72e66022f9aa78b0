import { getLauncher, isRunnable } from "@/lib/launcher";
import { DEFAULT_LIMITS, type Launcher, type SandboxLimits, type SandboxResult } from "@/lib/launcher/types";
import type { Language, Problem, TestCase } from "@/lib/problems/types";
import type { TestResult } from "@/lib/room/events";
import { formatInput, formatValue, judgeOutcome } from "./verdict";

export type EvaluationStatus = "success" | "error" | "timeout" | "memory_exceeded" | "compile_error";

export interface EvaluateInput {
  problem: Problem;
  language: Language;
  code: string;
  /** run: visible tests only; submit: visible and hidden. */
  kind: "run" | "submit";
  launcher?: Launcher;
  limits?: Partial<SandboxLimits>;
}

export interface Evaluation {
  /** success: every test ran to a value (right or wrong); error: a runtime error, crash or output limit. */
  status: EvaluationStatus;
  passed: number;
  total: number;
  /** passed / total * 100. */
  score: number;
  results: TestResult[];
  /** What the candidate printed, for the console: module-level prints and visible tests' prints. */
  output: string;
  /** The compile error, or the first runtime error, as the candidate should read it. */
  error: string | null;
  /** Time spent inside the candidate's method, summed over the tests that ran. */
  executionTimeMs: number;
  memoryMb: number;
  exitCode: number | null;
}

interface Planned {
  id: string;
  testNumber: number;
  hidden: boolean;
  test: TestCase;
}

const LANGUAGE_NAMES: Record<Language, string> = {
  python: "Python",
  javascript: "JavaScript",
  java: "Java",
  cpp: "C++",
  go: "Go",
};

/**
 * Runs a candidate's code against a problem's tests and judges the results.
 * For a submission the hidden tests run in a sandbox of their own: the code that sees their
 * inputs never has its prints or messages shown, so nothing it could echo reaches the candidate.
 */
export async function evaluateCode(input: EvaluateInput): Promise<Evaluation> {
  const { problem, language, code, kind } = input;
  const limits: SandboxLimits = { ...DEFAULT_LIMITS, ...input.limits };
  const visible = problem.tests.visible.map((test, i) => ({ id: `visible-${i + 1}`, testNumber: i + 1, hidden: false, test }));
  const hidden =
    kind === "submit"
      ? problem.tests.hidden.map((test, i) => ({ id: `hidden-${i + 1}`, testNumber: visible.length + i + 1, hidden: true, test }))
      : [];
  const planned: Planned[] = [...visible, ...hidden];

  if (!isRunnable(language)) return unavailable(language, planned);

  const launcher = input.launcher ?? getLauncher();
  const jobFor = (tests: Planned[]) =>
    launcher.run({
      language,
      code,
      signature: problem.signature,
      tests: tests.map((t) => ({ id: t.id, input: t.test.input })),
      limits,
    });
  const [visibleRun, hiddenRun] = await Promise.all([jobFor(visible), hidden.length ? jobFor(hidden) : undefined]);

  const results: TestResult[] = [];
  let firstError: string | null = null;
  const judgeAll = (tests: Planned[], run: SandboxResult) => {
    const byId = new Map(run.tests.map((o) => [o.id, o]));
    for (const t of tests) {
      const outcome = byId.get(t.id) ?? { id: t.id, status: "not_run" as const, stdout: "", timeMs: 0 };
      const judged = judgeOutcome(outcome, t.test.expected, {
        mode: problem.judge.mode,
        tolerance: problem.judge.tolerance,
        language,
        limits,
        runStatus: run.status,
        hidden: t.hidden,
      });
      if (firstError === null && !judged.passed && judged.verdict !== "wrong_answer" && judged.verdict !== "not_run" && judged.verdict !== "compile_error") {
        firstError = t.hidden ? judged.message : `Test ${t.testNumber}: ${judged.message}`;
      }
      const result: TestResult = {
        id: t.id,
        testNumber: t.testNumber,
        passed: judged.passed,
        hidden: t.hidden,
        verdict: judged.verdict,
        message: judged.message,
        executionTimeMs: round3(outcome.timeMs),
      };
      if (!t.hidden) {
        result.input = formatInput(problem.signature, t.test.input);
        result.expectedOutput = formatValue(t.test.expected);
        if (outcome.status === "ok") result.actualOutput = formatValue(outcome.actual);
        result.stdout = outcome.stdout;
        if (judged.error) result.error = judged.error;
      }
      results.push(result);
    }
  };
  judgeAll(visible, visibleRun);
  if (hiddenRun) judgeAll(hidden, hiddenRun);

  const runs = hiddenRun ? [visibleRun, hiddenRun] : [visibleRun];
  const status = overallStatus(runs, results);
  const compile = visibleRun.compileError ?? hiddenRun?.compileError;
  let error: string | null = firstError;
  if (status === "compile_error") {
    error = compile ? `${compile.line ? `Line ${compile.line}: ` : ""}${compile.message}` : "Your code did not compile.";
  } else if (error === null && visibleRun.status === "crashed") {
    error = `Your code could not be run: ${firstLine(visibleRun.stderr) || "the sandbox stopped unexpectedly"}`;
  } else if (error === null && hiddenRun?.status === "crashed") {
    error = "Your code stopped unexpectedly on the hidden tests.";
  }

  const passed = results.filter((r) => r.passed).length;
  const total = results.length;
  return {
    status,
    passed,
    total,
    score: total ? (passed / total) * 100 : 0,
    results,
    output: consoleOutput(visibleRun, visible),
    error,
    executionTimeMs: round3(results.reduce((sum, r) => sum + r.executionTimeMs, 0)),
    memoryMb: Math.max(...runs.map((r) => r.memoryMb)),
    exitCode: visibleRun.exitCode !== 0 || !hiddenRun ? visibleRun.exitCode : hiddenRun.exitCode,
  };
}

function overallStatus(runs: SandboxResult[], results: TestResult[]): EvaluationStatus {
  const has = (s: SandboxResult["status"]) => runs.some((r) => r.status === s);
  if (has("compile_error")) return "compile_error";
  if (has("timeout")) return "timeout";
  if (has("memory_exceeded")) return "memory_exceeded";
  if (has("output_exceeded") || has("crashed")) return "error";
  return results.some((r) => r.verdict === "runtime_error") ? "error" : "success";
}

function consoleOutput(run: SandboxResult, tests: Planned[]): string {
  const byId = new Map(run.tests.map((o) => [o.id, o]));
  const parts: string[] = [];
  if (run.stdout) parts.push(run.stdout);
  for (const t of tests) {
    const out = byId.get(t.id)?.stdout;
    if (out) parts.push(`Test ${t.testNumber}:\n${out}`);
  }
  return parts.map((p) => (p.endsWith("\n") ? p : `${p}\n`)).join("");
}

function unavailable(language: Language, planned: Planned[]): Evaluation {
  const message = `Running ${LANGUAGE_NAMES[language]} code is not available yet; Python is.`;
  return {
    status: "error",
    passed: 0,
    total: planned.length,
    score: 0,
    results: planned.map((t) => ({
      id: t.id,
      testNumber: t.testNumber,
      passed: false,
      hidden: t.hidden,
      verdict: "not_run",
      message,
      executionTimeMs: 0,
    })),
    output: "",
    error: message,
    executionTimeMs: 0,
    memoryMb: 0,
    exitCode: null,
  };
}

function firstLine(s: string): string {
  return s.trim().split("\n")[0]?.slice(0, 300) ?? "";
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
