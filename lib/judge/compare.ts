import type { JudgeMode } from "@/lib/problems/types";

export const DEFAULT_FLOAT_TOLERANCE = 1e-5;

/**
 * Whether a returned value matches the expected one.
 * - exact: deep equality of JSON values (1 and 1.0 are the same number).
 * - unordered: both are lists holding the same elements, in any order (outer list only).
 * - float: deep equality where numbers may differ by `tolerance`, absolute or relative.
 */
export function compareValues(actual: unknown, expected: unknown, mode: JudgeMode, tolerance?: number): boolean {
  switch (mode) {
    case "exact":
      return deepEqual(actual, expected, exactNumbers);
    case "float": {
      const tol = tolerance ?? DEFAULT_FLOAT_TOLERANCE;
      return deepEqual(actual, expected, (a, b) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)));
    }
    case "unordered": {
      if (!Array.isArray(actual) || !Array.isArray(expected) || actual.length !== expected.length) return false;
      const a = actual.map(canonical).sort();
      const e = expected.map(canonical).sort();
      return a.every((v, i) => v === e[i]);
    }
  }
}

type NumberEq = (a: number, b: number) => boolean;

const exactNumbers: NumberEq = (a, b) => a === b;

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
