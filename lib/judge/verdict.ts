import type { SandboxLimits, SandboxResult, SandboxTestOutcome } from "@/lib/launcher/types";
import type { JudgeMode, Language, Signature } from "@/lib/problems/types";
import { compareValues } from "./compare";

export const VERDICTS = [
  "accepted",
  "wrong_answer",
  "runtime_error",
  "compile_error",
  "time_limit",
  "memory_limit",
  "output_limit",
  /** The run stopped (a limit, a crash) before this test started. */
  "not_run",
] as const;
export type Verdict = (typeof VERDICTS)[number];

const MAX_SHOWN = 1000;

/** A value the way a candidate reads it: compact JSON, cut short when long. */
export function formatValue(v: unknown): string {
  let text: string;
  if (v === undefined) text = "undefined";
  else {
    try {
      text = JSON.stringify(v) ?? String(v);
    } catch {
      text = String(v);
    }
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}… (${text.length - MAX_SHOWN} more characters)` : text;
}

/** Arguments named as in the signature, one per line: `nums = [2,7,11,15]`. */
export function formatInput(signature: Signature, input: unknown[]): string {
  return signature.params.map((p, i) => `${p.name} = ${formatValue(input[i])}`).join("\n");
}

export interface JudgedTest {
  verdict: Verdict;
  passed: boolean;
  message: string;
  /** Full error text, for visible tests only. */
  error?: string;
}

export interface JudgeContext {
  mode: JudgeMode;
  tolerance?: number;
  language: Language;
  limits: SandboxLimits;
  runStatus: SandboxResult["status"];
  /** Hidden tests get verdict-only messages: nothing derived from their data. */
  hidden: boolean;
}

const NOTHING: Record<Language, string> = {
  python: "None",
  javascript: "undefined",
  java: "null",
  cpp: "nothing",
  go: "nil",
};

export function judgeOutcome(outcome: SandboxTestOutcome, expected: unknown, ctx: JudgeContext): JudgedTest {
  if (outcome.status === "ok") {
    if (compareValues(outcome.actual, expected, ctx.mode, ctx.tolerance)) {
      return { verdict: "accepted", passed: true, message: `Passed in ${formatMs(outcome.timeMs)}.` };
    }
    if (ctx.hidden) return { verdict: "wrong_answer", passed: false, message: "Wrong answer on a hidden test." };
    const returnedNothing = (outcome.actual === null || outcome.actual === undefined) && expected !== null;
    const message = returnedNothing
      ? `Your method returned ${NOTHING[ctx.language]}; expected ${formatValue(expected)}. Check that every path returns a value.`
      : `Expected ${formatValue(expected)} but got ${formatValue(outcome.actual)}.`;
    return { verdict: "wrong_answer", passed: false, message };
  }

  if (outcome.status === "not_run") {
    if (ctx.runStatus === "compile_error") {
      return { verdict: "compile_error", passed: false, message: "Not run: your code did not compile." };
    }
    return { verdict: "not_run", passed: false, message: `Not run: ${stopReason(ctx.runStatus)}` };
  }

  switch (outcome.limit) {
    case "time":
      return {
        verdict: "time_limit",
        passed: false,
        message:
          `Time limit exceeded: the run was stopped after ${ctx.limits.wallMs / 1000} s while this test was running. ` +
          "Look for an infinite loop, or an algorithm slower than the constraints allow.",
      };
    case "memory":
      return {
        verdict: "memory_limit",
        passed: false,
        message: `Memory limit exceeded: your code tried to use more than ${ctx.limits.memoryMb} MB.`,
      };
    case "output":
      return {
        verdict: "output_limit",
        passed: false,
        message:
          `Output limit exceeded: your code printed more than ${formatBytes(ctx.limits.maxOutputBytes)}. ` +
          "Remove prints inside loops.",
      };
  }

  const where = outcome.errorLine ? ` on line ${outcome.errorLine}` : "";
  if (ctx.hidden) {
    // The exception text can quote the input (KeyError: 12345), so only its class and line are shown.
    const kind = outcome.errorType ?? "A runtime error";
    return { verdict: "runtime_error", passed: false, message: `${kind}${where} on a hidden test.` };
  }
  const error = outcome.error ?? "Runtime error";
  return { verdict: "runtime_error", passed: false, message: `${error}${where ? ` (line ${outcome.errorLine})` : ""}`, error };
}

function stopReason(status: SandboxResult["status"]): string {
  switch (status) {
    case "timeout":
      return "the run hit the time limit on an earlier test.";
    case "memory_exceeded":
      return "the run hit the memory limit on an earlier test.";
    case "output_exceeded":
      return "the run hit the output limit on an earlier test.";
    case "crashed":
      return "your program stopped on an earlier test.";
    default:
      return "the run stopped on an earlier test.";
  }
}

function formatMs(ms: number): string {
  return ms < 1 ? "under 1 ms" : `${Math.round(ms)} ms`;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MB` : n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} bytes`;
}
