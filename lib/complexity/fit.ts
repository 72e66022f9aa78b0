import { COMPLEXITY_CLASSES, type ComplexityClass, type ComplexityFit } from "@/lib/api/schemas";

/**
 * Which growth class a curve of measurements follows: O(1), O(log n), O(n), O(n log n), O(n^2),
 * O(n^3) or O(2^n). Pure: points in, a classification out.
 *
 * Every class is fitted as value = a + b·f(n) with a ≥ 0 (a fixed cost: the call, the runtime's
 * overhead) and b ≥ 0 (growth never makes anything faster), by least squares on *relative*
 * residuals, so the small sizes weigh as much as the large ones. The non-negative intercept is
 * what separates neighbours: a straight line through an n log n curve needs a negative intercept
 * (n log n bends upwards against n), and an n log n curve through a straight line with a fixed
 * cost bends the wrong way, so the wrong class leaves a systematic residual that noise does not.
 *
 * Values below `floor` (the noise level of the measurement) count as the floor when residuals are
 * weighed, so a curve that stays at noise level is judged flat (O(1)) rather than chased.
 */

export interface FitPoint {
  n: number;
  value: number;
}

export interface FitOptions {
  /** The noise level of the values (same unit): differences below it are not growth. */
  floor?: number;
  /** The classes to try (all of them by default). */
  classes?: readonly ComplexityClass[];
}

export interface ClassFit {
  class: ComplexityClass;
  /** Root mean square of the relative residuals. */
  error: number;
  a: number;
  b: number;
}

export interface FitResult extends ComplexityFit {
  /** Each class's fitted curve (a + b·f(n)/f(n_max)), best first, like `fits`. */
  models: ClassFit[];
}

/** f(n) / f(nMax), so every class's basis is ≤ 1 at the largest size and the arithmetic stays in range. */
function basis(cls: ComplexityClass, n: number, nMax: number): number {
  switch (cls) {
    case "O(1)":
      return 0;
    case "O(log n)":
      return Math.log2(n + 1) / Math.log2(nMax + 1);
    case "O(n)":
      return n / nMax;
    case "O(n log n)":
      return (n * Math.log2(n + 1)) / (nMax * Math.log2(nMax + 1));
    case "O(n^2)":
      return (n / nMax) ** 2;
    case "O(n^3)":
      return (n / nMax) ** 3;
    case "O(2^n)":
      return Math.pow(2, n - nMax);
  }
}

/** Weighted least squares of y = a + b·x with a, b ≥ 0; returns the weighted mean square residual too. */
function fitLine(x: number[], y: number[], w: number[]): { a: number; b: number; sse: number } {
  const candidates: Array<{ a: number; b: number }> = [];
  let sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (let i = 0; i < x.length; i++) {
    sw += w[i];
    sx += w[i] * x[i];
    sy += w[i] * y[i];
    sxx += w[i] * x[i] * x[i];
    sxy += w[i] * x[i] * y[i];
  }
  const det = sw * sxx - sx * sx;
  if (det > 1e-12 * Math.max(1, sw * sxx)) {
    const b = (sw * sxy - sx * sy) / det;
    const a = (sy - b * sx) / sw;
    if (a >= 0 && b >= 0) candidates.push({ a, b });
  }
  // The constrained optimum lies on a boundary: b = 0 (a flat line) or a = 0 (through the origin).
  candidates.push({ a: Math.max(0, sy / sw), b: 0 });
  if (sxx > 0) candidates.push({ a: 0, b: Math.max(0, sxy / sxx) });
  let best = { a: 0, b: 0, sse: Infinity };
  for (const c of candidates) {
    let sse = 0;
    for (let i = 0; i < x.length; i++) {
      const r = y[i] - c.a - c.b * x[i];
      sse += w[i] * r * r;
    }
    if (sse < best.sse) best = { ...c, sse };
  }
  return best;
}

/** The classes in order of growth; ties go to the slower-growing (simpler) one. */
const ORDER = new Map(COMPLEXITY_CLASSES.map((c, i) => [c, i]));

/**
 * A class must beat every simpler class by this factor of error to be preferred over it: a more
 * complex curve can always bend a little towards noise, so a simpler one that fits nearly as well
 * is the honest answer.
 */
const SIMPLER_MARGIN = 1.3;
/** A point this far off a class's fitted curve (relative) is load, not the code: that fit may leave it out. */
const OUTLIER_RESIDUAL = 0.6;
/** The largest relative error of a constant fit that still counts as a flat curve (noise, not growth). */
const FLAT_ERROR = 0.15;
/** How many times lower a growing class's error must be than a constant's to overrule a flat curve. */
const GROWTH_EVIDENCE = 2;
/** Errors below this are as good as exact (synthetic curves); the margin then compares with this. */
const ERROR_EPSILON = 0.01;

/**
 * Classifies points (n, value). Needs at least three distinct sizes.
 * best_fit: the chosen class; confidence: how clearly it beats the closest other class (0..1);
 * fits: every class with its error, best first.
 */
export function fitComplexity(points: readonly FitPoint[], options: FitOptions = {}): FitResult {
  const clean = points.filter((p) => Number.isFinite(p.n) && p.n > 0 && Number.isFinite(p.value) && p.value >= 0);
  if (new Set(clean.map((p) => p.n)).size < 3) throw new RangeError("fitComplexity needs at least three distinct sizes");
  const sorted = [...clean].sort((p, q) => p.n - q.n);
  const nMax = sorted[sorted.length - 1].n;
  const maxValue = Math.max(...sorted.map((p) => p.value));
  // Without a stated noise level, a millionth of the largest value keeps zeros from dividing.
  const floor = Math.max(options.floor ?? 0, maxValue * 1e-6, Number.MIN_VALUE);
  const y = sorted.map((p) => p.value);
  const w = sorted.map((p) => 1 / Math.max(p.value, floor) ** 2);
  const classes = options.classes ?? COMPLEXITY_CLASSES;

  // With six or more sizes, each class may leave out its one outlying point: a single size spoilt
  // by load from elsewhere on the machine must not decide the class.
  const dropOne = sorted.length >= 6;
  const models: ClassFit[] = classes.map((cls) => {
    const x = sorted.map((p) => basis(cls, p.n, nMax));
    const all = fitLine(x, y, w);
    let best = { ...all, error: Math.sqrt(all.sse / sorted.length) };
    if (dropOne) {
      // Only a point far off this class's curve (a size slowed by load from elsewhere) is left
      // out: leaving out any point would let every class shed the noise that tells them apart.
      const rel = x.map((xi, i) => Math.abs(y[i] - all.a - all.b * xi) / Math.max(y[i], floor));
      const worst = rel.indexOf(Math.max(...rel));
      if (rel[worst] > OUTLIER_RESIDUAL) {
        const keep = (_: number, i: number) => i !== worst;
        const fit = fitLine(x.filter(keep), y.filter(keep), w.filter(keep));
        const error = Math.sqrt(fit.sse / (sorted.length - 1));
        if (error < best.error) best = { ...fit, error };
      }
    }
    return { class: cls, error: best.error, a: best.a, b: best.b };
  });

  // The lowest error, unless a simpler class comes within the margin of it.
  const byError = [...models].sort((p, q) => p.error - q.error || ORDER.get(p.class)! - ORDER.get(q.class)!);
  let chosen = byError[0];
  for (const m of models) {
    if (ORDER.get(m.class)! < ORDER.get(chosen.class)! && m.error <= SIMPLER_MARGIN * Math.max(chosen.error, ERROR_EPSILON)) {
      chosen = m;
      break;
    }
  }
  // A curve that a constant explains to within FLAT_ERROR does not grow over these sizes, whatever
  // shape noise gives it.
  // Unless a growing class explains it far better (a clean log curve over a 128-fold range rises
  // by only 1.7×, but without noise).
  // A curve whose whole rise stays within the stated noise level has no growth to explain at all.
  const constant = models.find((m) => m.class === "O(1)");
  const withinNoise = options.floor !== undefined && maxValue - Math.min(...y) <= options.floor;
  const flatCurve =
    constant !== undefined && constant.error <= FLAT_ERROR && (withinNoise || byError[0].error * GROWTH_EVIDENCE >= constant.error);
  if (flatCurve) chosen = constant;
  // Models that rise by less than half over the sizes are the same curve as O(1): they are no rival to it.
  const xMin = (cls: ComplexityClass) => basis(cls, sorted[0].n, nMax);
  const flat = (m: ClassFit) => m.b * (1 - xMin(m.class)) <= 0.5 * Math.max(m.a + m.b * xMin(m.class), floor);
  const rivals = models.filter((m) => m !== chosen && !(chosen.class === "O(1)" && flat(m)));
  const rival = rivals.length ? Math.min(...rivals.map((m) => m.error)) : Infinity;
  const ownError = Math.max(chosen.error, ERROR_EPSILON / 10);
  // A flat curve is as certain as it is flat: how far inside FLAT_ERROR its constant fit stays.
  const confidence = flatCurve
    ? clamp01(1 - constant.error / FLAT_ERROR)
    : rival === Infinity
      ? 1
      : clamp01(1 - ownError / Math.max(rival, ownError));
  const ordered = [chosen, ...byError.filter((m) => m !== chosen)];
  return {
    best_fit: chosen.class,
    confidence: round(confidence, 3),
    fits: ordered.map((m) => ({ class: m.class, error: round(m.error, 5) })),
    models: ordered,
  };
}

const clamp01 = (v: number) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0);
const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
