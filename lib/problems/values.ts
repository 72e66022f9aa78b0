import type { DesignSignature, Param, Signature, ValueType } from "./types";

/**
 * Typed JSON values of signatures (see "Value types" in sandbox-images/runner/README.md):
 * lossless parsing of 64-bit integers, type checks, and the checks a test input must pass.
 * Pure: used by the problem loader, the judge and the custom-input parser.
 */

export const INT_MIN = -(2 ** 31);
export const INT_MAX = 2 ** 31 - 1;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/**
 * JSON.parse, except that integer literals outside ±(2^53-1) become decimal strings instead of
 * losing digits ("long" values). Throws SyntaxError like JSON.parse.
 */
export function parseJsonLossless(text: string): unknown {
  return JSON.parse(quoteUnsafeIntegers(text));
}

function quoteUnsafeIntegers(text: string): string {
  // Fast path: no run of 16+ digits, nothing to do.
  if (!/\d{16}/.test(text)) return text;
  let out = "";
  let i = 0;
  let last = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
      i++;
      continue;
    }
    if (c === "-" || (c >= "0" && c <= "9")) {
      const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      if (m) {
        const token = m[0];
        if (!m[1] && !m[2] && !Number.isSafeInteger(Number(token))) {
          out += `${text.slice(last, i)}"${token}"`;
          last = i + token.length;
        }
        i += token.length;
        continue;
      }
    }
    i++;
  }
  return out + text.slice(last);
}

const DECIMAL = /^-?\d+$/;

/** A `long` as a BigInt, from a JSON number or decimal string; undefined when it is not one. */
export function toBigInt(v: unknown): bigint | undefined {
  if (typeof v === "number" && Number.isInteger(v)) return BigInt(v);
  if (typeof v === "string" && DECIMAL.test(v)) return BigInt(v);
  return undefined;
}

function isLong(v: unknown): boolean {
  if (typeof v === "number") return Number.isSafeInteger(v);
  const b = toBigInt(v);
  return b !== undefined && b >= LONG_MIN && b <= LONG_MAX;
}

const isInt = (v: unknown) => Number.isInteger(v) && (v as number) >= INT_MIN && (v as number) <= INT_MAX;

/** Whether a JSON value is of a signature type. */
export function fits(v: unknown, t: ValueType): boolean {
  switch (t) {
    case "int":
      return isInt(v);
    case "long":
      return isLong(v);
    case "double":
      return typeof v === "number";
    case "bool":
      return typeof v === "boolean";
    case "string":
      return typeof v === "string";
    case "char":
      return typeof v === "string" && [...v].length === 1;
    case "ListNode":
      return Array.isArray(v) && v.every(isInt);
    case "TreeNode":
      return Array.isArray(v) && v.every((x) => x === null || isInt(x));
    case "void":
      return v === null;
    default: {
      const inner = t.slice(0, -2) as ValueType;
      return Array.isArray(v) && v.every((x) => fits(x, inner));
    }
  }
}

/** The canonical form of a value: `long`s inside ±(2^53-1) as numbers, outside as decimal strings. */
export function canonicalize(v: unknown, t: ValueType): unknown {
  if (t === "long") {
    const b = toBigInt(v);
    if (b === undefined) return v;
    return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b.toString();
  }
  if (t.endsWith("[]") && Array.isArray(v)) return v.map((x) => canonicalize(x, t.slice(0, -2) as ValueType));
  return v;
}

const TYPE_WORDS: Record<string, string> = {
  int: "an integer (32-bit)",
  long: "an integer (64-bit)",
  double: "a number",
  bool: "true or false",
  string: 'a string in double quotes ("abc")',
  char: 'a one-character string ("a")',
  ListNode: "a list of integers (the linked list's values, [] for an empty list)",
  TreeNode: "a level-order list of integers with null for missing children ([] for an empty tree)",
  void: "null",
};

/** "a list of integers (32-bit)": what a value of a type looks like, for error messages. */
export function describeType(t: ValueType): string {
  if (t.endsWith("[][]")) return `a list of lists of ${plural(t.slice(0, -4) as ValueType)}`;
  if (t.endsWith("[]")) return `a list of ${plural(t.slice(0, -2) as ValueType)}`;
  return TYPE_WORDS[t] ?? t;
}

function plural(t: ValueType): string {
  switch (t) {
    case "int":
      return "integers (32-bit)";
    case "long":
      return "integers (64-bit)";
    case "double":
      return "numbers";
    case "bool":
      return "booleans";
    case "string":
      return "strings";
    case "char":
      return "one-character strings";
    default:
      return t;
  }
}

/**
 * Why a value is not of a type, to follow "<name> should be <type>, ": `got "12"`,
 * `3000000000 is outside the 32-bit integer range`, `element [1][0] is "x"`. Empty when it fits.
 */
export function whyNot(v: unknown, t: ValueType): string {
  if (fits(v, t)) return "";
  const { path, reason } = firstMisfit(v, t);
  if (!path) return reason;
  return reason.startsWith("got ") ? `element ${path} is ${describeValue(pick(v, path))}` : `element ${path}: ${reason}`;
}

function pick(v: unknown, path: string): unknown {
  return [...path.matchAll(/\[(\d+)\]/g)].reduce<unknown>((x, m) => (Array.isArray(x) ? x[Number(m[1])] : x), v);
}

function firstMisfit(v: unknown, t: ValueType): { path: string; reason: string } {
  if (t === "int" && Number.isInteger(v)) return { path: "", reason: `${v} is outside the 32-bit integer range` };
  if (t === "long" && toBigInt(v) !== undefined) return { path: "", reason: `${v} is outside the 64-bit integer range` };
  const inner = t.endsWith("[]") ? (t.slice(0, -2) as ValueType) : t === "ListNode" || t === "TreeNode" ? ("int" as const) : undefined;
  if (inner && Array.isArray(v)) {
    const i = v.findIndex((x) => !(t === "TreeNode" && x === null) && !fits(x, inner));
    if (i >= 0) {
      const sub = firstMisfit(v[i], inner);
      return { path: `[${i}]${sub.path}`, reason: sub.reason };
    }
  }
  return { path: "", reason: `got ${describeValue(v)}` };
}

export function describeValue(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

// ---------------------------------------------------------------- test inputs

/** The type of each entry of a test's expected output (design: one per operation). */
export function returnTypes(sig: Signature, input: unknown[]): ValueType | ValueType[] | undefined {
  if (sig.kind === "design") {
    const ops = Array.isArray(input[0]) ? (input[0] as unknown[]) : [];
    return ops.map((op, i) => (i === 0 ? "void" : (sig.methods.find((m) => m.name === op)?.returns ?? "void")));
  }
  return sig.returns === "void" ? sig.params[0]?.type : sig.returns;
}

/**
 * Problems with a test input, as "path: message" strings (empty when valid).
 * Paths are relative to the test: `input.0`, `input.1.3`, `expected`.
 */
export function checkInput(sig: Signature, input: unknown[]): string[] {
  if (sig.kind === "design") return checkDesignInput(sig, input);
  if (input.length !== sig.params.length) {
    return [`input: has ${input.length} arguments, ${sig.method} takes ${sig.params.length}`];
  }
  const issues: string[] = [];
  sig.params.forEach((p, i) => {
    const why = whyNot(input[i], p.type);
    if (why) issues.push(`input.${i}: ${p.name} should be ${p.type}, ${why}`);
  });
  return issues;
}

function checkDesignInput(sig: DesignSignature, input: unknown[]): string[] {
  if (input.length !== 2) return [`input: should be [operations, arguments], got ${input.length} items`];
  const [ops, args] = input;
  if (!Array.isArray(ops) || !ops.every((o) => typeof o === "string")) return ["input.0: operations should be a list of names"];
  if (!Array.isArray(args)) return ["input.1: arguments should be a list with one list of arguments per operation"];
  if (ops.length !== args.length) return [`input: ${ops.length} operations but ${args.length} argument lists`];
  if (ops.length === 0 || ops[0] !== sig.className) return [`input.0.0: the first operation should be "${sig.className}" (the constructor)`];
  const issues: string[] = [];
  ops.forEach((op, i) => {
    const params: Param[] | undefined = i === 0 ? sig.constructor.params : sig.methods.find((m) => m.name === op)?.params;
    if (!params) {
      issues.push(`input.0.${i}: "${op}" is not a method of ${sig.className} (${sig.methods.map((m) => m.name).join(", ")})`);
      return;
    }
    const a = args[i];
    if (!Array.isArray(a)) {
      issues.push(`input.1.${i}: the arguments of ${op} should be a list, got ${describeValue(a)}`);
      return;
    }
    if (a.length !== params.length) {
      issues.push(`input.1.${i}: ${op} takes ${params.length} argument${params.length === 1 ? "" : "s"}, got ${a.length}`);
      return;
    }
    params.forEach((p, j) => {
      const why = whyNot(a[j], p.type);
      if (why) issues.push(`input.1.${i}.${j}: ${op}'s ${p.name} should be ${p.type}, ${why}`);
    });
  });
  return issues;
}

/** Problems with a test (input, then expected against the return types). */
export function checkTest(sig: Signature, input: unknown[], expected: unknown): string[] {
  const issues = checkInput(sig, input);
  if (issues.length) return issues;
  const types = returnTypes(sig, input);
  if (Array.isArray(types)) {
    if (!Array.isArray(expected) || expected.length !== types.length) {
      return [`expected: should have one value per operation (${types.length}), got ${describeValue(expected)}`];
    }
    types.forEach((t, i) => {
      const why = whyNot(expected[i], t);
      if (why) issues.push(`expected.${i}: should be ${t}, ${why}`);
    });
  } else if (types) {
    const why = whyNot(expected, types);
    if (why) issues.push(`expected: should be ${types}, ${why}`);
  }
  return issues;
}

/** Every value type a signature mentions. */
export function typesUsed(sig: Signature): Set<ValueType> {
  if (sig.kind === "design") {
    return new Set<ValueType>([
      ...sig.constructor.params.map((p) => p.type),
      ...sig.methods.flatMap((m) => [m.returns, ...m.params.map((p) => p.type)]),
    ]);
  }
  return new Set<ValueType>([sig.returns, ...sig.params.map((p) => p.type)]);
}

/** Test inputs in canonical form (longs as numbers or decimal strings). */
export function canonicalInput(sig: Signature, input: unknown[]): unknown[] {
  if (sig.kind === "design") {
    const [ops, args] = input as [string[], unknown[][]];
    return [
      ops,
      args.map((a, i) => {
        const params = i === 0 ? sig.constructor.params : (sig.methods.find((m) => m.name === ops[i])?.params ?? []);
        return a.map((v, j) => (params[j] ? canonicalize(v, params[j].type) : v));
      }),
    ];
  }
  return input.map((v, i) => (sig.params[i] ? canonicalize(v, sig.params[i].type) : v));
}

export function canonicalExpected(sig: Signature, input: unknown[], expected: unknown): unknown {
  const types = returnTypes(sig, input);
  if (Array.isArray(types)) return Array.isArray(expected) ? expected.map((v, i) => (types[i] ? canonicalize(v, types[i]) : v)) : expected;
  return types ? canonicalize(expected, types) : expected;
}
