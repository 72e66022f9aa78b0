import type { TestResult } from "@/lib/room/events";

/**
 * What the test-results panel says about a test: the expected and actual values with their
 * differences marked (element by element for lists, character by character otherwise), and a
 * plain-language explanation of why a failing test failed. Pure, so it is cheap to unit-test.
 */

export interface Segment {
  text: string;
  changed: boolean;
}
export interface ValueDiff {
  expected: Segment[];
  actual: Segment[];
  /** "element" when both values are lists compared item by item, else "char". */
  level: "element" | "char";
}

const TRUNCATED = /… \(\d+ more characters\)$/;

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  if (TRUNCATED.test(text)) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    if (s.text === "") continue;
    const last = out[out.length - 1];
    if (last && last.changed === s.changed) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** Longest-common-subsequence flags: which items of a and b are kept (unchanged). */
function lcsKeep<T>(a: readonly T[], b: readonly T[]): [boolean[], boolean[]] {
  const n = a.length;
  const m = b.length;
  const dp = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * (m + 1) + j] = a[i] === b[j] ? dp[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(dp[(i + 1) * (m + 1) + j], dp[i * (m + 1) + j + 1]);
    }
  }
  const keepA = new Array<boolean>(n).fill(false);
  const keepB = new Array<boolean>(m).fill(false);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      keepA[i++] = true;
      keepB[j++] = true;
    } else if (dp[(i + 1) * (m + 1) + j] >= dp[i * (m + 1) + j + 1]) i++;
    else j++;
  }
  return [keepA, keepB];
}

function charDiff(expected: string, actual: string): ValueDiff {
  // Common prefix and suffix first; an exact LCS over what is left when it is small.
  let p = 0;
  while (p < expected.length && p < actual.length && expected[p] === actual[p]) p++;
  let s = 0;
  while (s < expected.length - p && s < actual.length - p && expected[expected.length - 1 - s] === actual[actual.length - 1 - s]) s++;
  const em = expected.slice(p, expected.length - s);
  const am = actual.slice(p, actual.length - s);
  let eMid: Segment[];
  let aMid: Segment[];
  if (em.length && am.length && em.length * am.length <= 250_000) {
    const [ke, ka] = lcsKeep([...em], [...am]);
    eMid = [...em].map((c, i) => ({ text: c, changed: !ke[i] }));
    aMid = [...am].map((c, i) => ({ text: c, changed: !ka[i] }));
  } else {
    eMid = [{ text: em, changed: true }];
    aMid = [{ text: am, changed: true }];
  }
  const head = { text: expected.slice(0, p), changed: false };
  const tailE = { text: expected.slice(expected.length - s), changed: false };
  const tailA = { text: actual.slice(actual.length - s), changed: false };
  return { expected: merge([head, ...eMid, tailE]), actual: merge([{ ...head }, ...aMid, tailA]), level: "char" };
}

function listSegments(items: string[], keep: boolean[]): Segment[] {
  const out: Segment[] = [{ text: "[", changed: false }];
  items.forEach((t, i) => {
    if (i > 0) out.push({ text: ",", changed: false });
    out.push({ text: t, changed: !keep[i] });
  });
  out.push({ text: "]", changed: false });
  return merge(out);
}

/** Expected vs actual with the differing parts marked. */
export function diffValues(expected: string, actual: string): ValueDiff {
  const e = parse(expected);
  const a = parse(actual);
  if (e.ok && a.ok && Array.isArray(e.value) && Array.isArray(a.value)) {
    const et = e.value.map((v) => JSON.stringify(v) ?? "null");
    const at = a.value.map((v) => JSON.stringify(v) ?? "null");
    let ke: boolean[];
    let ka: boolean[];
    if (et.length === at.length) {
      // Same length: position by position ("element 2 differs").
      ke = et.map((t, i) => t === at[i]);
      ka = ke;
    } else [ke, ka] = lcsKeep(et, at);
    return { expected: listSegments(et, ke), actual: listSegments(at, ka), level: "element" };
  }
  return charDiff(expected, actual);
}

// ---------------------------------------------------------------------------------------------

export interface Explanation {
  /** One line: what went wrong. */
  summary: string;
  /** More detail and a next step, when there is one. */
  hint?: string;
  kind: "order" | "wrong_type" | "length" | "value" | "nothing" | "exception" | "timeout" | "memory" | "output" | "not_run" | "compile" | "invalid_input" | "other";
}

const typeName = (v: unknown): string =>
  v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "number" ? (Number.isInteger(v) ? "an integer" : "a number") : typeof v === "string" ? "a string" : typeof v === "boolean" ? "a boolean" : typeof v === "object" ? "an object" : typeof v;

const short = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const sameKind = (a: unknown, b: unknown) =>
  (Array.isArray(a) && Array.isArray(b)) || (!Array.isArray(a) && !Array.isArray(b) && typeof a === typeof b && (a === null) === (b === null));

const canonical = (v: unknown): string => JSON.stringify(v) ?? "null";

/** The size of the biggest list or string in an input ("nums = [..]" lines), for complexity hints. */
export function inputSize(input: string | undefined): number | null {
  if (!input) return null;
  let biggest: number | null = null;
  for (const line of input.split("\n")) {
    const value = line.replace(/^\s*[A-Za-z_]\w*\s*=\s*/, "");
    const p = parse(value);
    const n = p.ok ? (Array.isArray(p.value) ? p.value.length : typeof p.value === "string" ? p.value.length : null) : null;
    const more = /\((\d+) more characters\)$/.exec(value);
    const estimate = n ?? (more ? Math.round((value.length + Number(more[1])) / 4) : null);
    if (estimate !== null && (biggest === null || estimate > biggest)) biggest = estimate;
  }
  return biggest;
}

const EXCEPTION_HINTS: [RegExp, string][] = [
  [/IndexError|IndexOutOfBounds|index out of range|out of bounds|RangeError/i, "An index went past the end of a list: check loop bounds and any i+1 or i-1 lookups."],
  [/KeyError/, "A dictionary lookup used a key that is not there: check with `in` first, or use .get()."],
  [/ZeroDivisionError|ArithmeticException|divide by zero|division by zero/i, "A division by zero: guard the case where the divisor is 0."],
  [/RecursionError|StackOverflow|maximum call stack|stack overflow|goroutine stack exceeds/i, "The recursion went too deep: look for a missing base case, or iterate instead."],
  [/NullPointerException|Cannot read propert|undefined is not|nil pointer|NoneType|null/i, "Something was null/None where a value was expected: check empty inputs and missing entries."],
  [/TypeError|ClassCastException|cannot convert/i, "A value had a different type than the code assumed."],
  [/NameError|ReferenceError|is not defined|cannot find symbol/i, "A name is used before it is defined (or misspelled)."],
];

function exceptionOf(text: string): { type: string | null; line: number | null; message: string } {
  const line = /\bline (\d+)/i.exec(text)?.[1] ?? /\.(?:py|js|java|cpp|go):(\d+)/.exec(text)?.[1] ?? null;
  const type =
    /\b([A-Z][A-Za-z]*(?:Error|Exception|Overflow))\b/.exec(text)?.[1] ?? (/panic: ([^\n]+)/.exec(text) ? "panic" : null);
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const found = lines.find((l) => type && l.includes(type)) ?? lines[lines.length - 1] ?? text;
  // "IndexError: list index out of range (line 3)" reads as the message alone: type and line are said apart.
  const message = found.replace(/\s*\(line \d+\)$/, "").replace(type ? new RegExp(`^${type}:\\s*`) : /^$/, "");
  return { type, line: line ? Number(line) : null, message };
}

function wrongAnswer(t: TestResult): Explanation {
  const expectedText = t.expectedOutput ?? "";
  const actualText = t.actualOutput;
  const head = `Expected ${short(expectedText)} but your function returned ${actualText === undefined ? "nothing" : short(actualText)}`;
  if (actualText === undefined) return { kind: "nothing", summary: `${head}.`, hint: t.message };
  const e = parse(expectedText);
  const a = parse(actualText);
  if (!e.ok || !a.ok) {
    const d = charDiff(expectedText, actualText);
    const firstChange = d.expected.findIndex((s) => s.changed);
    const at = d.expected.slice(0, Math.max(0, firstChange)).reduce((n, s) => n + s.text.length, 0);
    return { kind: "value", summary: `${head}: they first differ at character ${at + 1}.`, hint: t.message };
  }
  const ev = e.value;
  const av = a.value;
  if (av === null && ev !== null) {
    return { kind: "nothing", summary: `${head}: a null/None result.`, hint: "Check that every path through the function returns a value." };
  }
  if (!sameKind(ev, av)) {
    const asText = typeof av === "string" && canonical(ev) === av;
    return {
      kind: "wrong_type",
      summary: `${head}: wrong type, expected ${typeName(ev)} but got ${typeName(av)}.`,
      hint: asText ? "The value is right but returned as text: return the value itself, not its string form." : "Check the return type in the function's signature.",
    };
  }
  if (Array.isArray(ev) && Array.isArray(av)) {
    const es = ev.map(canonical);
    const as = av.map(canonical);
    if (es.length === as.length && [...es].sort().join("\u0000") === [...as].sort().join("\u0000")) {
      return {
        kind: "order",
        summary: `${head}: same elements, order differs.`,
        hint: "The answer has to list them in the order shown (for pairs of indices: the smaller index first, as in the examples).",
      };
    }
    if (es.length !== as.length) {
      const missing = es.filter((x) => !as.includes(x));
      const extra = as.filter((x) => !es.includes(x));
      const parts = [`${as.length} element${as.length === 1 ? "" : "s"} instead of ${es.length}`];
      if (missing.length) parts.push(`missing ${missing.slice(0, 3).join(", ")}${missing.length > 3 ? ", …" : ""}`);
      if (extra.length) parts.push(`unexpected ${extra.slice(0, 3).join(", ")}${extra.length > 3 ? ", …" : ""}`);
      return { kind: "length", summary: `${head}: ${parts.join("; ")}.`, hint: "Check the loop bounds and the conditions that add to the result." };
    }
    const diffs = es.map((x, i) => (x === as[i] ? -1 : i)).filter((i) => i >= 0);
    const i = diffs[0];
    return {
      kind: "value",
      summary: `${head}: element [${i}] is ${short(as[i], 40)}, expected ${short(es[i], 40)}${diffs.length > 1 ? ` (${diffs.length} elements differ)` : ""}.`,
    };
  }
  if (typeof ev === "number" && typeof av === "number") {
    const off = av - ev;
    if (Math.abs(off) === 1) return { kind: "value", summary: `${head}: off by one.`, hint: "Check < versus <=, and where counting starts." };
    if (!Number.isInteger(ev) || !Number.isInteger(av)) {
      return { kind: "value", summary: `${head}: off by ${Math.abs(off).toPrecision(3)}.`, hint: "Check rounding and integer versus float division." };
    }
    return { kind: "value", summary: `${head}.` };
  }
  if (typeof ev === "boolean") return { kind: "value", summary: `${head}.`, hint: "The condition gives the opposite answer for this input: trace it by hand on the input above." };
  return { kind: "value", summary: `${head}.`, hint: t.message && !t.message.startsWith("Expected") ? t.message : undefined };
}

/** Why a failing test failed, in plain words; null for a passing test. Hidden tests only get what their message says. */
export function explainFailure(t: TestResult, opts: { targetComplexity?: string } = {}): Explanation | null {
  if (t.passed) return null;
  const verdict = t.verdict;
  if (verdict === "wrong_answer" && !t.hidden) return wrongAnswer(t);
  if (verdict === "runtime_error" || verdict === "error") {
    // The judge keeps the exception in `error` and adds the candidate's line to `message`.
    const text = [t.error, t.message].filter(Boolean).join("\n");
    const { type, line, message } = exceptionOf(text);
    const where = line ? ` on line ${line}` : "";
    const hint = EXCEPTION_HINTS.find(([re]) => re.test(text))?.[1];
    return {
      kind: "exception",
      summary: `Your code raised ${type ? type : "an exception"}${where}${t.hidden ? " on a hidden test" : ""}${message && !t.hidden ? `: ${short(message, 140)}` : "."}`,
      hint,
    };
  }
  if (verdict === "time_limit" || verdict === "time_limit_exceeded" || verdict === "timeout") {
    const n = t.hidden ? null : inputSize(t.input);
    if (n !== null && n < 1000) {
      return {
        kind: "timeout",
        summary: "Your code ran out of time on this test, whose input is small: most likely a loop that never ends.",
        hint: `With only about ${n} elements even a slow algorithm finishes at once: check that every loop moves towards its end (indices advance, the window shrinks) and that recursion reaches its base case.`,
      };
    }
    const size = n ? ` The input has about ${n.toLocaleString("en")} elements: an O(n²) loop does ~${(n * n).toLocaleString("en")} steps.` : "";
    const target = opts.targetComplexity ? ` Aim for ${opts.targetComplexity}.` : "";
    return {
      kind: "timeout",
      summary: "Your code ran out of time on this test: an infinite loop, or an algorithm too slow for the input size.",
      hint: `Complexity hint:${size}${target} Replace nested loops with a hash map or set lookup, sorting with two pointers, or a single pass.`,
    };
  }
  if (verdict === "memory_limit" || verdict === "memory_limit_exceeded" || verdict === "memory_exceeded") {
    return { kind: "memory", summary: "Your code used more memory than allowed.", hint: "Avoid copying lists in loops or recursion; keep only what you need." };
  }
  if (verdict === "output_limit") return { kind: "output", summary: "Your code printed too much.", hint: "Remove prints inside loops." };
  if (verdict === "not_run") return { kind: "not_run", summary: t.message ?? "This test did not run: the program stopped on an earlier test." };
  if (verdict === "compile_error") return { kind: "compile", summary: "Your code did not compile, so no test ran.", hint: "The compiler's message is shown above, with its line." };
  if (verdict === "invalid_input") return { kind: "invalid_input", summary: t.message ?? "This input breaks the problem's constraints." };
  return { kind: "other", summary: t.message ?? "This test failed." };
}
