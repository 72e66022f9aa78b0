import { describe, expect, it } from "vitest";
import { COMPLEXITY_CLASSES, ComplexityFitSchema, type ComplexityClass } from "@/lib/api/schemas";
import { complexitySummary, optimalTimeClass, parseComplexityClass } from "@/lib/complexity/classes";
import { cpuTimeMs, instrumentForCpuTime } from "@/lib/complexity/instrument";
import { fitComplexity, type FitPoint } from "@/lib/complexity/fit";
import { TIME_FLOOR_MS, timedPoints } from "@/lib/complexity/measure";
import { loadProblemBank } from "@/lib/problems";
import path from "node:path";

/** The classifier on synthetic curves: exact, with multiplicative noise, with a fixed cost, with an outlier. */

const SIZES = [781, 1562, 3125, 6250, 12500, 25000, 50000, 100000];
const GROWTH: Record<Exclude<ComplexityClass, "O(2^n)">, (n: number) => number> = {
  "O(1)": () => 1,
  "O(log n)": (n) => Math.log2(n),
  "O(n)": (n) => n,
  "O(n log n)": (n) => n * Math.log2(n),
  "O(n^2)": (n) => n * n,
  "O(n^3)": (n) => n ** 3,
};

/** A seeded PRNG, so every run of this suite sees the same noise. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** value = overhead + 10·f(n)/f(nMax), times (1 + noise·u), u uniform in [-0.5, 0.5]: timings at a few ms. */
function curve(cls: keyof typeof GROWTH, seed: number, noise: number, overhead = 0, sizes = SIZES): FitPoint[] {
  const rng = random(seed);
  const f = GROWTH[cls];
  const top = f(sizes[sizes.length - 1]);
  return sizes.map((n) => ({ n, value: (overhead + (10 * f(n)) / top) * (1 + noise * (rng() - 0.5)) }));
}

describe("fitComplexity", () => {
  it("names every class of an exact curve, with high confidence", () => {
    for (const cls of Object.keys(GROWTH) as (keyof typeof GROWTH)[]) {
      const fit = fitComplexity(curve(cls, 1, 0));
      expect(fit.best_fit, cls).toBe(cls);
      expect(fit.confidence, cls).toBeGreaterThan(0.9);
    }
  });

  it("recognises O(2^n) on the small sizes of an exponential problem", () => {
    const points = [4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => ({ n, value: 0.01 + 0.002 * 2 ** n }));
    expect(fitComplexity(points).best_fit).toBe("O(2^n)");
  });

  it("returns the contract's shape: every class with its error, best first", () => {
    const fit = fitComplexity(curve("O(n)", 2, 0.1));
    expect(ComplexityFitSchema.parse(fit)).toBeTruthy();
    expect(fit.fits.map((f) => f.class).sort()).toEqual([...COMPLEXITY_CLASSES].sort());
    expect(fit.fits[0].class).toBe(fit.best_fit);
    expect(fit.confidence).toBeGreaterThanOrEqual(0);
    expect(fit.confidence).toBeLessThanOrEqual(1);
  });

  it("tells O(n), O(n log n) and O(n^2) apart under ±10% noise and a fixed cost, on 36 of 40 seeds each", () => {
    // n log n rises only 1.7× faster than n over a 128-fold range, so ±10% on every size can
    // make the two meet now and then; n² is never mistaken.
    for (const cls of ["O(n)", "O(n log n)", "O(n^2)"] as const) {
      const wrong: string[] = [];
      for (let seed = 1; seed <= 40; seed++) {
        const best = fitComplexity(curve(cls, seed, 0.2, 0.05)).best_fit;
        if (best !== cls) wrong.push(`seed ${seed}: ${best}`);
      }
      expect(wrong.length, `${cls}: ${wrong.join(", ")}`).toBeLessThanOrEqual(cls === "O(n^2)" ? 0 : 4);
    }
  });

  it("is right at least 90% of the time under ±15% noise", () => {
    for (const cls of Object.keys(GROWTH) as (keyof typeof GROWTH)[]) {
      let right = 0;
      for (let seed = 1; seed <= 50; seed++) if (fitComplexity(curve(cls, seed, 0.3)).best_fit === cls) right++;
      expect(right, cls).toBeGreaterThanOrEqual(45);
    }
  });

  it("lets no single spoilt size decide: one point slowed 5× by load", () => {
    for (const cls of ["O(n)", "O(n log n)", "O(n^2)"] as const) {
      for (const at of [3, 6, 7]) {
        const points = curve(cls, at, 0.05);
        points[at] = { ...points[at], value: points[at].value * 5 };
        expect(fitComplexity(points).best_fit, `${cls}, size ${points[at].n} spoilt`).toBe(cls);
      }
    }
  });

  it("calls a curve at timer-noise level flat: O(1), whatever shape the noise has", () => {
    // Microsecond timings of a binary search: jitter, a slight rise, no growth worth the name.
    const points = [0.002, 0.002, 0.003, 0.002, 0.003, 0.003, 0.004, 0.006].map((ms, i) => ({ n: SIZES[i], value: ms }));
    const fit = fitComplexity(points, { floor: TIME_FLOOR_MS });
    expect(fit.best_fit).toBe("O(1)");
    expect(fit.confidence).toBeGreaterThan(0.5);
    // The binary search measured in the sandbox: a rise of one microsecond, well inside the floor.
    const measured = [0.001, 0.001, 0.001, 0.002, 0.001, 0.001, 0.001, 0.002].map((ms, i) => ({ n: SIZES[i], value: ms }));
    expect(fitComplexity(measured, { floor: TIME_FLOOR_MS }).best_fit).toBe("O(1)");
    // And a flat curve well above the floor, with ±20% noise.
    for (let seed = 1; seed <= 20; seed++) expect(fitComplexity(curve("O(1)", seed, 0.4)).best_fit).toBe("O(1)");
  });

  it("still sees growth that starts below the floor and rises well above it", () => {
    const points = SIZES.map((n) => ({ n, value: 0.001 + n * 2e-6 })); // 0.003 ms … 0.2 ms
    expect(fitComplexity(timedPoints(points.map((p) => ({ n: p.n, ms: p.value }))), { floor: TIME_FLOOR_MS }).best_fit).toBe("O(n)");
  });

  it("needs three distinct sizes", () => {
    expect(() => fitComplexity([{ n: 10, value: 1 }, { n: 10, value: 2 }, { n: 20, value: 3 }])).toThrow(/three distinct sizes/);
  });
});

describe("timedPoints", () => {
  it("leaves out sizes at noise level when four or more are above it", () => {
    const time = [0.001, 0.004, 0.03, 0.06, 0.12, 0.25, 0.5].map((ms, i) => ({ n: SIZES[i], ms }));
    expect(timedPoints(time).map((p) => p.value)).toEqual([0.06, 0.12, 0.25, 0.5]);
    const low = [0.001, 0.002, 0.004, 0.008, 0.016, 0.06].map((ms, i) => ({ n: SIZES[i], ms }));
    expect(timedPoints(low)).toHaveLength(6);
  });
});

describe("classes and the summary", () => {
  it("reads the bank's notations", () => {
    const cases: Record<string, ComplexityClass | null> = {
      "O(1)": "O(1)",
      "O(log n)": "O(log n)",
      "O(log(n))": "O(log n)",
      "O(n)": "O(n)",
      "O(n + m)": "O(n)",
      "O(V + E)": "O(n)",
      "O(n log n)": "O(n log n)",
      "O(n^2)": "O(n^2)",
      "O(n²)": "O(n^2)",
      "O(m * n)": "O(n^2)",
      "O(m·n)": "O(n^2)",
      "O(n^3)": "O(n^3)",
      "O(2^n)": "O(2^n)",
      "O(4^n / sqrt(n))": "O(2^n)",
      "O(n!)": "O(2^n)",
      "O(1) per operation": null,
      "O(L) per call, L = length of the word or prefix": null,
      "O(n * α(n))": null,
    };
    for (const [text, cls] of Object.entries(cases)) expect(parseComplexityClass(text), text).toBe(cls);
  });

  it("gives every coding problem in the bank an optimal class in its generator's n", () => {
    const bank = loadProblemBank(path.join(process.cwd(), "problems"));
    const missing = bank.filter((p) => optimalTimeClass(p) === null).map((p) => `${p.slug}: ${p.optimal.time}`);
    expect(missing).toEqual([]);
  });

  it("writes one sentence: slower than the optimal, matching it, or flat", () => {
    const fn = { kind: "function" as const, method: "f", params: [], returns: "int" as const };
    const stock = { slug: "best-time-to-buy-and-sell-stock", optimal: { time: "O(n)", space: "O(1)" }, signature: fn };
    expect(complexitySummary(stock, "O(n^2)", 0.9)).toBe("Your solution grows as O(n^2); this problem can be solved in O(n).");
    expect(complexitySummary(stock, "O(n)", 0.9)).toBe("Your solution grows as O(n), which matches the optimal O(n).");
    expect(complexitySummary(stock, "O(n)", 0.1)).toBe("Your solution appears to grow as O(n), which matches the optimal O(n).");
    const search = { slug: "binary-search", optimal: { time: "O(log n)", space: "O(1)" }, signature: fn };
    expect(complexitySummary(search, "O(1)", 1)).toBe(
      "Your solution's running time stayed flat (O(1)) at every size measured, in line with the optimal O(log n).",
    );
    const design = {
      slug: "lru-cache",
      optimal: { time: "O(1) per operation", space: "O(capacity)" },
      signature: { kind: "design" as const, className: "LRUCache", constructor: { params: [] }, methods: [] },
    };
    expect(complexitySummary(design, "O(n^2)", 0.8)).toBe(
      "Over n calls, your solution grows as O(n^2); this problem can be solved in O(n) (O(1) per operation).",
    );
  });
});

describe("CPU-time instrumentation", () => {
  it("wraps the method in Python, JavaScript and C++, and reads the mark back", () => {
    const sig = { kind: "function" as const, method: "maxProfit", params: [{ name: "prices", type: "int[]" as const }], returns: "int" as const };
    expect(instrumentForCpuTime(sig, "python", "class Solution: ...")).toContain("Solution.maxProfit = _ic_cx_timed");
    expect(instrumentForCpuTime(sig, "javascript", "var maxProfit = () => 0;")).toContain("maxProfit = icTimed(maxProfit)");
    expect(instrumentForCpuTime(sig, "cpp", "class Solution {};")).toMatch(/^#define Solution IcCxMeasuredSolution\n/);
    expect(instrumentForCpuTime(sig, "java", "class Solution {}")).toBeNull();
    expect(cpuTimeMs("my own print\n@@ic-cpu-ns 1500000\n")).toBe(1.5);
    expect(cpuTimeMs("nothing")).toBeNull();
  });
});
