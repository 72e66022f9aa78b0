import { COMPLEXITY_CLASSES, type ComplexityClass } from "@/lib/api/schemas";
import type { Problem } from "@/lib/problems/types";

/** Position in COMPLEXITY_CLASSES: the higher, the faster the growth. */
export function classRank(cls: ComplexityClass): number {
  return COMPLEXITY_CLASSES.indexOf(cls);
}

/**
 * A bank complexity string as one of the measured classes, when it is one of them written
 * differently: "O(n)", "O(n log n)", "O(n²)", "O(N^2)", "O(log(n))", "O(n + m)" (a sum of sizes
 * that all grow with n), "O(2^n)", "O(4^n / sqrt(n))" and "O(n!)" (exponential or worse: O(2^n)).
 * Null for anything it cannot read ("O(L) per call", "O(n * α(n))").
 */
export function parseComplexityClass(expr: string): ComplexityClass | null {
  let s = expr.trim().toLowerCase().replace(/\s+/g, "").replace(/²/g, "^2").replace(/³/g, "^3").replace(/\*\*/g, "^");
  const wrapped = s.match(/^o\((.*)\)$/);
  if (!wrapped) return null;
  s = wrapped[1];
  if (/^\d+\^n|!/.test(s)) return "O(2^n)";
  s = s.replace(/log_?\d*\(([a-z])\)/g, "log$1");
  // n + m + k: the largest term, every letter standing for a size that grows with n.
  const terms = s.split("+").map((t) => t.replace(/[a-z](?![a-z])/g, (c) => (c === "g" ? c : "n")));
  let best: ComplexityClass | null = null;
  for (const term of terms) {
    const cls = TERMS[term.replace(/[*·×]/g, "")];
    if (!cls) return null;
    if (!best || classRank(cls) > classRank(best)) best = cls;
  }
  return best;
}

const TERMS: Record<string, ComplexityClass> = {
  "1": "O(1)",
  logn: "O(log n)",
  n: "O(n)",
  nlogn: "O(n log n)",
  lognn: "O(n log n)",
  nn: "O(n^2)",
  "n^2": "O(n^2)",
  nnn: "O(n^3)",
  "n^3": "O(n^3)",
  "n^2n": "O(n^3)",
  "2^n": "O(2^n)",
};

/**
 * The optimal running time as a class of the generator's n, where the bank states it in other
 * terms: a design problem's cost per call (n calls), two sizes that both grow with n, or a size
 * the generator holds fixed. Each entry follows the "n = …" line of the problem's generator.mjs.
 */
const OPTIMAL_IN_GENERATOR_N: Record<string, ComplexityClass> = {
  // n = amount; at most 10 coins: O(coins · amount).
  "coin-change": "O(n)",
  // n = len(word1) = len(word2): O(m · n).
  "edit-distance": "O(n^2)",
  "longest-common-subsequence": "O(n^2)",
  // n = rows · cols.
  "number-of-islands": "O(n)",
  // n = prerequisite pairs, numCourses = n + 1: O(V + E).
  "course-schedule": "O(n)",
  // n = nodes in both lists / len(s): O(n + m).
  "merge-two-sorted-lists": "O(n)",
  "minimum-window-substring": "O(n)",
  "remove-nth-node-from-end-of-list": "O(n)",
  // n = nums1.length + nums2.length: O(log(min(m, n))).
  "median-of-two-sorted-arrays": "O(log n)",
  // n = add calls with about n initial values and k up to n: O(n log k).
  "kth-largest-element-in-a-stream": "O(n log n)",
  // n = calls.
  "find-median-from-data-stream": "O(n log n)",
  "implement-trie-prefix-tree": "O(n)",
  "lru-cache": "O(n)",
  "min-stack": "O(n)",
  // n = words on a board of at most 12 × 12.
  "word-search-ii": "O(n)",
  // Union-find: O(n · α(n)).
  "redundant-connection": "O(n)",
  // "O(n) average" (quickselect).
  "kth-largest-element-in-an-array": "O(n)",
  // n = bit length of a 32-bit input: a fixed-width word.
  "number-of-1-bits": "O(1)",
};

/** The problem's optimal running time as a class of its generator's n, or null when it cannot be stated as one. */
export function optimalTimeClass(problem: Pick<Problem, "slug" | "optimal">): ComplexityClass | null {
  return OPTIMAL_IN_GENERATOR_N[problem.slug] ?? parseComplexityClass(problem.optimal.time);
}

/** The problem's optimal extra space as a class of n, where the bank states it as one. */
export function optimalSpaceClass(problem: Pick<Problem, "optimal">): ComplexityClass | null {
  return parseComplexityClass(problem.optimal.space);
}

/**
 * One sentence for people, from the measured time class and the problem's optimal:
 * "Your solution grows as O(n^2); this problem can be solved in O(n)."
 */
export function complexitySummary(
  problem: Pick<Problem, "slug" | "optimal" | "signature">,
  measured: ComplexityClass,
  confidence: number,
): string {
  const optimal = optimalTimeClass(problem);
  const stated = problem.optimal.time;
  // The bank's wording when it says more than the class ("O(1) per operation"), after the class.
  const optimalText = optimal ? (parseComplexityClass(stated) === optimal ? optimal : `${optimal} (${stated})`) : stated;
  const over = problem.signature.kind === "design" ? "over n calls, " : "";
  const grows =
    measured === "O(1)"
      ? `${cap(over)}your solution's running time stayed flat (O(1)) at every size measured`
      : `${cap(over)}your solution ${confidence < 0.3 ? "appears to grow" : "grows"} as ${measured}`;
  const head = cap(grows);
  if (!optimal) return `${head}; the optimal for this problem is ${stated}.`;
  const diff = classRank(measured) - classRank(optimal);
  if (diff > 0) return `${head}; this problem can be solved in ${optimalText}.`;
  if (diff === 0) return `${head}, which matches the optimal ${optimalText}.`;
  return `${head}, in line with the optimal ${optimalText}.`;
}

const cap = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
