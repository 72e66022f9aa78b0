import type { JudgeMode, ValueType } from "@/lib/problems/types";
import { toBigInt } from "@/lib/problems/values";

export const DEFAULT_FLOAT_TOLERANCE = 1e-5;

/**
 * Whether a returned value matches the expected one.
 * - exact: deep equality of JSON values (1 and 1.0 are the same number).
 * - unordered: both are lists holding the same elements, in any order (outer list only).
 * - float: deep equality where numbers may differ by `tolerance`, absolute or relative.
 * - custom: decided by the problem's checker (lib/judge/checker.ts), never here: always false.
 *
 * With `type` (the signature's type of the value) the comparison follows it: only values typed
 * `double` get the float tolerance (an int beside them stays exact), and `long`s compare as
 * 64-bit integers whether they arrive as numbers or decimal strings.
 */
export function compareValues(actual: unknown, expected: unknown, mode: JudgeMode, tolerance?: number, type?: ValueType): boolean {
  const tol = tolerance ?? DEFAULT_FLOAT_TOLERANCE;
  switch (mode) {
    case "exact":
      return type ? typedEqual(actual, expected, type, undefined) : deepEqual(actual, expected, exactNumbers);
    case "float":
      return type ? typedEqual(actual, expected, type, tol) : deepEqual(actual, expected, withTolerance(tol));
    case "unordered": {
      if (!Array.isArray(actual) || !Array.isArray(expected) || actual.length !== expected.length) return false;
      const inner = type?.endsWith("[]") ? (type.slice(0, -2) as ValueType) : undefined;
      const key = (v: unknown) => canonical(inner ? normalizeLongs(v, inner) : v);
      const a = actual.map(key).sort();
      const e = expected.map(key).sort();
      return a.every((v, i) => v === e[i]);
    }
    case "custom":
      return false;
  }
}

type NumberEq = (a: number, b: number) => boolean;

const exactNumbers: NumberEq = (a, b) => a === b;
const withTolerance =
  (tol: number): NumberEq =>
  (a, b) =>
    Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

function typedEqual(a: unknown, b: unknown, type: ValueType, tol: number | undefined): boolean {
  switch (type) {
    case "long": {
      const x = toBigInt(a);
      const y = toBigInt(b);
      return x !== undefined && y !== undefined ? x === y : deepEqual(a, b, exactNumbers);
    }
    case "double":
      if (typeof a === "number" && typeof b === "number") return tol === undefined ? a === b : withTolerance(tol)(a, b);
      return a === b; // "nan", "inf" as reported by drivers
    case "ListNode":
    case "TreeNode":
    case "void":
      return deepEqual(a, b, exactNumbers);
    default:
      if (type.endsWith("[]")) {
        const inner = type.slice(0, -2) as ValueType;
        return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => typedEqual(v, b[i], inner, tol));
      }
      return deepEqual(a, b, exactNumbers);
  }
}

function normalizeLongs(v: unknown, type: ValueType): unknown {
  if (type === "long") return toBigInt(v)?.toString() ?? v;
  if (type.endsWith("[]") && Array.isArray(v)) return v.map((x) => normalizeLongs(x, type.slice(0, -2) as ValueType));
  return v;
}

function deepEqual(a: unknown, b: unknown, numEq: NumberEq): boolean {
  if (typeof a === "number" && typeof b === "number") return numEq(a, b);
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => deepEqual(v, b[i], numEq));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = Object.keys(ao);
  return keys.length === Object.keys(bo).length && keys.every((k) => k in bo && deepEqual(ao[k], bo[k], numEq));
}

/** JSON with sorted object keys, so equal values give equal strings. */
function canonical(v: unknown): string {
  if (v === undefined) return "undefined";
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
    .join(",")}}`;
}
