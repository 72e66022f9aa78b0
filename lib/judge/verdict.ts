import type { SandboxLimits, SandboxResult, SandboxTestOutcome } from "@/lib/launcher/types";
import type { CheckFn, JudgeMode, Language, Signature, ValueType } from "@/lib/problems/types";
import { describeType, fits, returnTypes } from "@/lib/problems/values";
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
  /** A custom input the reference solution could not answer: it breaks the problem's constraints. */
  "invalid_input",
] as const;
export type Verdict = (typeof VERDICTS)[number];

const MAX_SHOWN = 1000;

/**
 * A value the way a candidate reads it: compact JSON, cut short when long. With its type, a
 * `long` held as a decimal string (outside ±(2^53-1)) is shown as the number it is.
 */
export function formatValue(v: unknown, type?: ValueType): string {
  let text: string;
  if (v === undefined) text = "undefined";
  else {
    try {
      text = type && hasLong(type) ? typedJson(v, type) : (JSON.stringify(v) ?? String(v));
    } catch {
      text = String(v);
    }
  }
  return shorten(text);
}

function shorten(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}… (${text.length - MAX_SHOWN} more characters)` : text;
}

const hasLong = (t: ValueType) => t === "long" || t === "long[]";

function typedJson(v: unknown, type: ValueType): string {
  if (type === "long" && typeof v === "string" && /^-?\d+$/.test(v)) return v;
  if (type === "long[]" && Array.isArray(v)) return `[${v.map((x) => typedJson(x, "long")).join(",")}]`;
  return JSON.stringify(v) ?? String(v);
}

/**
 * Arguments named as in the signature, one per line: `nums = [2,7,11,15]`. A design problem's
 * input is two lines, `operations = [...]` and `arguments = [...]`. Either form can be pasted back
 * as a custom input (lib/judge/custom-input.ts).
 */
export function formatInput(signature: Signature, input: unknown[]): string {
  if (signature.kind === "design") {
    return `operations = ${formatValue(input[0])}\narguments = ${formatValue(input[1])}`;
  }
  return signature.params.map((p, i) => `${p.name} = ${formatValue(input[i], p.type)}`).join("\n");
}

/** The expected or actual output of a test, typed by the signature. */
export function formatOutput(signature: Signature | undefined, input: unknown[], value: unknown): string {
  if (!signature) return formatValue(value);
  const types = returnTypes(signature, input);
  if (Array.isArray(types)) {
    if (!Array.isArray(value) || !types.some(hasLong)) return formatValue(value);
    return shorten(`[${value.map((v, i) => (types[i] ? typedJson(v, types[i]) : (JSON.stringify(v) ?? "null"))).join(",")}]`);
  }
  return formatValue(value, types);
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
  /** The problem's signature: comparisons follow its types; a design problem is judged call by call. */
  signature?: Signature;
  /** The test's input (design problems name the differing call; checkers receive it). */
  input?: unknown[];
  /** The problem's checker, for mode "custom". */
  check?: CheckFn;
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
    const wrong = whyWrong(outcome.actual, expected, ctx);
    if (wrong === null) {
      return { verdict: "accepted", passed: true, message: `Passed in ${formatMs(outcome.timeMs)}.` };
    }
    if (ctx.hidden) return { verdict: "wrong_answer", passed: false, message: "Wrong answer on a hidden test." };
    return { verdict: "wrong_answer", passed: false, message: wrong };
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

/** null when `actual` is right; otherwise the reason, as a visible test would show it. */
function whyWrong(actual: unknown, expected: unknown, ctx: JudgeContext): string | null {
  const sig = ctx.signature;
  const input = ctx.input ?? [];
  if (sig?.kind === "design") return whyWrongDesign(actual, expected, ctx);
  const type = sig ? (returnTypes(sig, input) as ValueType | undefined) : undefined;
  const returnedNothing = (actual === null || actual === undefined) && expected !== null;
  const nothing = `Your method returned ${NOTHING[ctx.language]}; expected ${formatValue(expected, type)}. Check that every path returns a value.`;
  if (ctx.mode === "custom") {
    if (type && !fits(actual, type)) return returnedNothing ? nothing : `Expected ${describeType(type)} but got ${formatValue(actual)}.`;
    return runChecker(actual, expected, ctx);
  }
  if (compareValues(actual, expected, ctx.mode, ctx.tolerance, type)) return null;
  return returnedNothing ? nothing : `Expected ${formatValue(expected, type)} but got ${formatValue(actual, type)}.`;
}

function whyWrongDesign(actual: unknown, expected: unknown, ctx: JudgeContext): string | null {
  const sig = ctx.signature as Extract<Signature, { kind: "design" }>;
  const input = ctx.input ?? [];
  const ops = (Array.isArray(input[0]) ? input[0] : []) as string[];
  const types = returnTypes(sig, input) as ValueType[];
  if (!Array.isArray(actual) || !Array.isArray(expected) || actual.length !== expected.length) {
    return `Expected one result per operation (${Array.isArray(expected) ? expected.length : "?"}) but got ${formatValue(actual)}.`;
  }
  const call = (i: number) => `operations[${i}] ${ops[i] ?? "?"}()`;
  const nothing = (i: number) =>
    `${call(i)} returned ${NOTHING[ctx.language]}; expected ${formatValue(expected[i], types[i])}. Check that every path returns a value.`;
  const isNothing = (i: number) => (actual[i] === null || actual[i] === undefined) && expected[i] !== null;
  if (ctx.mode === "custom") {
    const bad = actual.findIndex((v, i) => i > 0 && types[i] && !fits(v, types[i]));
    if (bad > 0) return isNothing(bad) ? nothing(bad) : `${call(bad)} should return ${describeType(types[bad])} but returned ${formatValue(actual[bad])}.`;
    return runChecker(actual, expected, ctx);
  }
  for (let i = 0; i < expected.length; i++) {
    const type = types[i] ?? "void";
    if (!compareValues(actual[i], expected[i], ctx.mode === "float" ? "float" : "exact", ctx.tolerance, type)) {
      if (isNothing(i)) return nothing(i);
      return `${call(i)} returned ${formatValue(actual[i], type)}, expected ${formatValue(expected[i], type)} (call ${i} of ${expected.length - 1}; the calls before it matched).`;
    }
  }
  return null;
}

function runChecker(actual: unknown, expected: unknown, ctx: JudgeContext): string | null {
  if (!ctx.check || !ctx.signature) throw new Error("judge.mode is custom but the problem's checker is not loaded");
  let verdict: boolean | string;
  try {
    verdict = ctx.check({ input: ctx.input ?? [], expected, actual, signature: ctx.signature });
  } catch (err) {
    // A checker is trusted code; an answer it cannot handle is still the candidate's wrong answer.
    console.error("[judge] checker failed:", err);
    return `Your answer ${formatValue(actual)} could not be checked: ${(err as Error).message}`;
  }
  if (verdict === true) return null;
  if (typeof verdict === "string" && verdict.trim()) return verdict;
  return `${formatValue(actual)} is not a correct answer for this input (one correct answer is ${formatValue(expected)}).`;
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
