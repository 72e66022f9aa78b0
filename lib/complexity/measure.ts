import { ComplexityMeasurementSchema, type ComplexityMeasurement } from "@/lib/api/schemas";
import { limitsFor } from "@/lib/judge/limits";
import { getLauncher, isRunnable } from "@/lib/launcher";
import type { Launcher, SandboxResult } from "@/lib/launcher/types";
import { generateInput, loadGenerator } from "@/lib/problems/generator";
import { starterCode } from "@/lib/problems/starter";
import type { Language, Problem } from "@/lib/problems/types";
import { complexitySummary } from "./classes";
import { cpuTimeMs, instrumentForCpuTime } from "./instrument";
import { fitComplexity, type FitPoint } from "./fit";

/**
 * Measures how a solution's running time (and, where it can be read honestly, its memory) grows
 * with the input size, in the real sandbox, on inputs from the problem's generator.
 *
 * Time: one sandbox job holds a warm-up and then four passes over every size in increasing order,
 * on the same input per size; a size's time is the fastest of its runs (the drivers time only the
 * call, so process start-up and input conversion are not in it). The job has a wall clock of its
 * own: a slow solution simply does not reach the largest sizes, and the fit uses the sizes it
 * finished, so the measurement never takes longer than the budget however slow the code is.
 *
 * Memory: Python only, where peak RSS follows what the code allocates (reference counting frees
 * at once; the JVM, V8 and Go size their heaps by their own policies). Each size runs in a job of
 * its own, and so does the problem's starter code on the same input: the difference is what the
 * solution allocated beyond reading its input.
 */

export class ComplexityMeasurementError extends Error {
  override name = "ComplexityMeasurementError";
}

export interface MeasureOptions {
  launcher?: Launcher;
  /** The timing job's wall clock (compile excluded), ms. */
  budgetMs?: number;
  /** Passes over the sizes (runs per size); the fastest run of a size counts. */
  repeats?: number;
  /** Skip the memory measurement. */
  skipMemory?: boolean;
  now?: () => Date;
}

/** Timings below this (ms) are at the noise level of a timer around one call. */
export const TIME_FLOOR_MS = 0.02;
/** Peak RSS differences below this (MB) are allocator noise. */
export const MEMORY_FLOOR_MB = 1;
/** Timings below this (ms) are left out of the fit when enough sizes are above it (see timedPoints). */
export const NOISE_LEVEL_MS = 0.05;
const DEFAULT_BUDGET_MS = 6000;
/** Untimed runs before the timed ones: more where a JIT compiles hot code while it runs. */
const WARM_UPS: Record<Language, number> = { python: 1, javascript: 6, java: 6, go: 2, cpp: 2 };
const DEFAULT_REPEATS = 4;
/** Languages whose peak RSS tracks what the code allocates (see above). */
const MEMORY_LANGUAGES: readonly Language[] = ["python"];
const MEMORY_CLASSES = ["O(1)", "O(log n)", "O(n)", "O(n^2)", "O(n^3)"] as const;
/** The fixed seed of every generated input: the same sizes give the same inputs on every submission. */
const SEED = 20240601;

/**
 * The sizes to time: for a generator whose maxN is large, a doubling series from maxN / 128 up to
 * maxN (a 128-fold range separates n from n log n from n²); for a small maxN (exponential
 * problems: maxN 10–45), consecutive steps up to maxN.
 */
export function measurementSizes(maxN: number): number[] {
  if (maxN <= 64) {
    const count = Math.min(8, maxN);
    const step = Math.max(1, Math.floor(maxN / 10));
    const sizes = Array.from({ length: count }, (_, i) => maxN - (count - 1 - i) * step).filter((n) => n >= 1);
    return [...new Set(sizes)];
  }
  const sizes: number[] = [];
  for (let n = maxN; n >= 8 && sizes.length < 8; n = Math.floor(n / 2)) sizes.unshift(n);
  return sizes;
}

export async function measureComplexity(
  problem: Problem,
  language: Language,
  code: string,
  options: MeasureOptions = {},
): Promise<ComplexityMeasurement> {
  if (!isRunnable(language)) throw new ComplexityMeasurementError(`${language}: no sandbox driver`);
  const launcher = options.launcher ?? getLauncher();
  const generator = await loadGenerator(problem);
  const sizes = measurementSizes(generator.maxN);
  const inputs = new Map<number, unknown[]>();
  for (const n of sizes) inputs.set(n, await generateInput(problem, n, SEED));

  const time = await measureTime(problem, language, code, sizes, inputs, launcher, options);
  const fitted = fitComplexity(timedPoints(time), { floor: TIME_FLOOR_MS });

  let memory: ComplexityMeasurement["memory"] = null;
  if (!options.skipMemory && MEMORY_LANGUAGES.includes(language)) {
    try {
      memory = await measureMemory(problem, language, code, time, inputs, launcher);
    } catch (err) {
      console.warn(`[complexity] ${problem.slug}/${language}: memory not measured: ${(err as Error).message}`);
    }
  }

  return ComplexityMeasurementSchema.parse({
    language,
    optimal_time: problem.optimal.time,
    optimal_space: problem.optimal.space,
    time: { best_fit: fitted.best_fit, confidence: fitted.confidence, fits: fitted.fits, points: time },
    memory,
    summary: complexitySummary(problem, fitted.best_fit, fitted.confidence),
    measured_at: (options.now?.() ?? new Date()).toISOString(),
  });
}

/**
 * The points the time fit uses: those timed above the noise level when there are at least four of
 * them. Below it (a few hundredths of a millisecond: a fast language on small inputs) timings follow
 * the timer, the caches and the scheduler more than the code, and would blur the curve; a curve
 * that hardly leaves the noise level is fitted whole, where the floor makes it flat.
 */
export function timedPoints(time: ReadonlyArray<{ n: number; ms: number }>): FitPoint[] {
  const above = time.filter((p) => p.ms >= NOISE_LEVEL_MS);
  return (above.length >= 4 ? above : time).map((p) => ({ n: p.n, value: p.ms }));
}

async function measureTime(
  problem: Problem,
  language: Language,
  code: string,
  sizes: number[],
  inputs: Map<number, unknown[]>,
  launcher: Launcher,
  options: MeasureOptions,
): Promise<Array<{ n: number; ms: number }>> {
  const repeats = Math.max(1, options.repeats ?? DEFAULT_REPEATS);
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  // Warm-up on a small size (a slow solution must not spend the budget here): JIT tiers (JVM, V8),
  // caches and the allocator settle before timing.
  const warm = sizes[Math.min(2, sizes.length - 1)];
  const tests: { id: string; input: unknown[] }[] = [];
  for (let r = 0; r < WARM_UPS[language]; r++) tests.push({ id: `warm-${r}`, input: inputs.get(warm)! });
  // Passes over every size in increasing order, rather than a size's runs back to back: a burst
  // of load from elsewhere on the machine then spoils one run of several sizes, not every run of
  // one size, and the fastest run of each size is clean. A slow solution runs out of budget during
  // a later pass (or the first), and the sizes it finished still count.
  for (let r = 0; r < repeats; r++) for (const n of sizes) tests.push({ id: `n${n}-${r}`, input: inputs.get(n)! });

  const base = limitsFor(problem, language);
  const job = (source: string) =>
    launcher.run({
      language,
      code: source,
      signature: problem.signature,
      tests,
      limits: {
        ...base,
        wallMs: budgetMs,
        cpuSeconds: Math.max(base.cpuSeconds, Math.ceil(budgetMs / 1000) + 1),
        // Every size's input is in the one job.
        memoryMb: Math.max(base.memoryMb, 1024),
        maxOutputBytes: Math.max(base.maxOutputBytes, 1024 * 1024),
      },
    });
  // CPU time where the method can be wrapped (lib/complexity/instrument.ts); the drivers' wall clock otherwise.
  const instrumented = instrumentForCpuTime(problem.signature, language, code);
  let run = await job(instrumented ?? code);
  if (instrumented && run.status === "compile_error") run = await job(code); // a class the wrapper cannot extend
  if (run.status === "compile_error") throw new ComplexityMeasurementError("the code did not compile");
  const finished = run.tests.filter((t) => t.status === "ok" && t.id.startsWith("n"));
  const cpu = finished.length > 0 && finished.every((t) => cpuTimeMs(t.stdout) !== null);
  const byId = new Map(finished.map((t) => [t.id, cpu ? cpuTimeMs(t.stdout)! : t.timeMs]));
  const points: Array<{ n: number; ms: number }> = [];
  for (const n of sizes) {
    const times = Array.from({ length: repeats }, (_, r) => byId.get(`n${n}-${r}`)).filter((t) => t !== undefined);
    if (times.length) points.push({ n, ms: Math.round(Math.min(...times) * 1000) / 1000 });
  }
  if (points.length < 3) {
    throw new ComplexityMeasurementError(
      `only ${points.length} size(s) finished (${run.status}${firstLine(run.stderr)}); at least 3 are needed`,
    );
  }
  return points;
}

/**
 * Peak memory per size, less the starter code's peak on the same input. Uses the largest sizes
 * the timing finished in under a second (so each job is short), and needs three of them spanning
 * at least 8×.
 */
async function measureMemory(
  problem: Problem,
  language: Language,
  code: string,
  time: Array<{ n: number; ms: number }>,
  inputs: Map<number, unknown[]>,
  launcher: Launcher,
): Promise<NonNullable<ComplexityMeasurement["memory"]>> {
  const usable = time.filter((p) => p.ms < 1000).map((p) => p.n);
  const sizes = usable.slice(-4);
  if (sizes.length < 3 || sizes[sizes.length - 1] < 8 * sizes[0]) throw new ComplexityMeasurementError("too few sizes finish quickly");
  const starter = starterCode(problem.signature, language);
  const base = limitsFor(problem, language);
  const limits = { ...base, wallMs: 5000 };
  const peak = (source: string, n: number): Promise<SandboxResult> =>
    launcher.run({ language, code: source, signature: problem.signature, tests: [{ id: `n${n}`, input: inputs.get(n)! }], limits });
  const runs = await Promise.all(sizes.map((n) => Promise.all([peak(code, n), peak(starter, n)])));
  const points: Array<{ n: number; mb: number }> = [];
  runs.forEach(([solution, baseline], i) => {
    if (solution.status !== "ok" || !solution.memoryMb || !baseline.memoryMb) return;
    points.push({ n: sizes[i], mb: Math.round(Math.max(0, solution.memoryMb - baseline.memoryMb) * 10) / 10 });
  });
  if (points.length < 3) throw new ComplexityMeasurementError("the memory runs did not finish");
  // Memory that grows as n log n or 2^n is rare, and four sizes cannot tell n log n from n.
  const fitted = fitComplexity(
    points.map((p): FitPoint => ({ n: p.n, value: p.mb })),
    { floor: MEMORY_FLOOR_MB, classes: MEMORY_CLASSES },
  );
  return { best_fit: fitted.best_fit, confidence: fitted.confidence, fits: fitted.fits, points };
}

function firstLine(s: string): string {
  const line = s.trim().split("\n")[0];
  return line ? `: ${line.slice(0, 200)}` : "";
}
