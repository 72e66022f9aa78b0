import { getLauncher, isRunnable } from "@/lib/launcher";
import type { Launcher, SandboxLimits, SandboxResult, SandboxTestOutcome } from "@/lib/launcher/types";
import { referenceSolution } from "@/lib/problems";
import type { CheckFn, Language, Problem, TestCase } from "@/lib/problems/types";
import type { TestResult } from "@/lib/room/events";
import { loadCheck } from "./checker";
import { limitsFor } from "./limits";
import { formatInput, formatOutput, judgeOutcome } from "./verdict";

export type EvaluationStatus = "success" | "error" | "timeout" | "memory_exceeded" | "compile_error";

export interface EvaluateInput {
  problem: Problem;
  language: Language;
  code: string;
  /** run: visible tests only; submit: visible and hidden. */
  kind: "run" | "submit";
  launcher?: Launcher;
  /** Overrides over the language's and the problem's limits (lib/judge/limits.ts). */
  limits?: Partial<SandboxLimits>;
  /**
   * A custom input (already parsed and validated, lib/judge/custom-input.ts): the code runs on it
   * alone, as test "custom", and the problem's Python reference solution supplies the expected output.
   */
  customInput?: unknown[];
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
  if (input.customInput) return evaluateCustomInput({ ...input, customInput: input.customInput });
  const { problem, language, code, kind } = input;
  const limits = limitsFor(problem, language, input.limits);
  const check = await loadCheck(problem);
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
        signature: problem.signature,
        input: t.test.input,
        check,
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
        result.expectedOutput = formatOutput(problem.signature, t.test.input, t.test.expected);
        if (outcome.status === "ok") result.actualOutput = formatOutput(problem.signature, t.test.input, outcome.actual);
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

/**
 * A custom input: the candidate's code runs on it as the single test "custom", and, since a custom
 * input has no known answer, the problem's Python reference solution runs on it in its own sandbox
 * (in parallel) to produce the expected output. If the reference fails, the input is not valid for
 * the problem (it breaks the constraints the reference relies on) and the test says so.
 */
async function evaluateCustomInput(input: EvaluateInput & { customInput: unknown[] }): Promise<Evaluation> {
  const { problem, language, code, customInput } = input;
  const planned: Planned[] = [{ id: "custom", testNumber: 1, hidden: false, test: { input: customInput, expected: null, tags: ["custom"] } }];
  if (!isRunnable(language)) return unavailable(language, planned);
  const reference = referenceSolution(problem, "python");
  if (!reference) throw new Error(`${problem.slug}: no Python reference solution to answer custom inputs`);

  const launcher = input.launcher ?? getLauncher();
  const limits = limitsFor(problem, language, input.limits);
  const referenceLimits = limitsFor(problem, "python", input.limits);
  const job = (lang: Language, source: string, l: SandboxLimits) =>
    launcher.run({ language: lang, code: source, signature: problem.signature, tests: [{ id: "custom", input: customInput }], limits: l });
  const [run, referenceRun, check] = await Promise.all([
    job(language, code, limits),
    job("python", reference, referenceLimits),
    loadCheck(problem),
  ]);

  const outcome: SandboxTestOutcome = run.tests.find((o) => o.id === "custom") ?? { id: "custom", status: "not_run", stdout: "", timeMs: 0 };
  const expected = referenceRun.tests.find((o) => o.id === "custom");
  const result: TestResult = {
    id: "custom",
    testNumber: 1,
    passed: false,
    hidden: false,
    verdict: "not_run",
    message: "",
    executionTimeMs: round3(outcome.timeMs),
    input: formatInput(problem.signature, customInput),
    stdout: outcome.stdout,
  };
  if (outcome.status === "ok") result.actualOutput = formatOutput(problem.signature, customInput, outcome.actual);

  let error: string | null = null;
  if (expected?.status === "ok") {
    const judged = judgeOutcome(outcome, expected.actual, {
      mode: problem.judge.mode,
      tolerance: problem.judge.tolerance,
      signature: problem.signature,
      input: customInput,
      check,
      language,
      limits,
      runStatus: run.status,
      hidden: false,
    });
    result.verdict = judged.verdict;
    result.passed = judged.passed;
    result.expectedOutput = formatOutput(problem.signature, customInput, expected.actual);
    const compared = judged.verdict === "accepted" || judged.verdict === "wrong_answer";
    result.message = compared ? `${judged.message} ${REFERENCE_NOTE}` : judged.message;
    if (judged.error) result.error = judged.error;
    if (!judged.passed && judged.verdict !== "wrong_answer" && judged.verdict !== "not_run" && judged.verdict !== "compile_error") error = judged.message;
  } else {
    // The reference solution could not answer: the input breaks the problem's constraints.
    const why = referenceFailure(referenceRun, expected);
    result.verdict = "invalid_input";
    result.message =
      `This input is not valid for the problem: our reference solution ${why} on it, so there is no expected output to compare with. ` +
      "Check the input against the constraints in the problem statement.";
    error = result.message;
    if (outcome.status === "error" && outcome.error) result.error = outcome.error;
  }

  const status = run.status === "compile_error" ? "compile_error" : overallStatus([run], [result]);
  if (status === "compile_error") {
    const c = run.compileError;
    error = c ? `${c.line ? `Line ${c.line}: ` : ""}${c.message}` : "Your code did not compile.";
    result.verdict = "compile_error";
    result.message = "Not run: your code did not compile.";
  } else if (run.status === "crashed" && outcome.status !== "ok") {
    error = `Your code could not be run: ${firstLine(run.stderr) || "the sandbox stopped unexpectedly"}`;
  }
  return {
    status,
    passed: result.passed ? 1 : 0,
    total: 1,
    score: result.passed ? 100 : 0,
    results: [result],
    output: consoleOutput(run, planned),
    error,
    executionTimeMs: result.executionTimeMs,
    memoryMb: run.memoryMb,
    exitCode: run.exitCode,
  };
}

const REFERENCE_NOTE = "Custom input: the expected output comes from our reference solution, since your own input has no stored answer.";

function referenceFailure(run: SandboxResult, outcome: SandboxTestOutcome | undefined): string {
  if (outcome?.limit === "time" || run.status === "timeout") return "ran out of time";
  if (outcome?.limit === "memory" || run.status === "memory_exceeded") return "ran out of memory";
  if (outcome?.status === "error") return `raised ${outcome.errorType ?? "an error"}`;
  return "stopped unexpectedly";
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
