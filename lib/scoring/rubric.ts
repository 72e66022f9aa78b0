import type { Recommendation, RubricDimension, RubricEvidence, WeakArea } from "@/lib/api/schemas";
import { RUBRIC_DIMENSIONS } from "@/lib/api/schemas";

/**
 * The parts of the rubric both interview kinds share: evidence items, the weighted overall score,
 * the verdict with its reasons, and weak areas. Pure.
 */

export type DimensionId = (typeof RUBRIC_DIMENSIONS)[number];

/** A moment of the timeline (GET /interviews/{id}/timeline) evidence points at. */
export interface Moment {
  id: string;
  at: Date;
}

export function evidence(text: string, positive: boolean, moment?: Moment | null): RubricEvidence {
  return { text, positive, event_id: moment?.id ?? null, at: moment?.at.toISOString() ?? null };
}

export const clamp = (n: number) => Math.round(Math.max(0, Math.min(100, n)));
export const round1 = (n: number) => Math.round(n * 10) / 10;
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function dimension(
  id: DimensionId,
  label: string,
  weight: number,
  score: number,
  items: RubricEvidence[],
): RubricDimension {
  return { id, label, score: clamp(score), weight, evidence: items };
}

/** Weighted sum of the dimensions, 0..100 with one decimal. Weights sum to 1. */
export function overallScore(rubric: RubricDimension[]): number {
  const total = rubric.reduce((s, d) => s + d.weight, 0);
  if (total === 0) return 0;
  return round1(rubric.reduce((s, d) => s + d.score * d.weight, 0) / total);
}

/** Dimensions under this read as weak areas. */
export const WEAK_BELOW = 60;

/**
 * Weak areas from evidence only: the tags of the hidden tests that failed, the dimensions that
 * scored low (with the evidence that cost the points), and the problem's category when it was
 * not mastered.
 */
export function weakAreas(input: {
  rubric: RubricDimension[];
  failedTags: Map<string, number>;
  category: string;
  mastered: boolean;
}): WeakArea[] {
  const areas: WeakArea[] = [];
  for (const [tag, n] of [...input.failedTags].sort((a, b) => b[1] - a[1])) {
    areas.push({ area: tag, source: "failed_tests", detail: `${plural(n, "hidden test")} on ${tag} failed` });
  }
  for (const d of [...input.rubric].sort((a, b) => a.score - b.score)) {
    if (d.score >= WEAK_BELOW) continue;
    const lost = d.evidence.find((e) => !e.positive);
    areas.push({ area: d.label, source: "rubric", detail: `${d.label} scored ${d.score}/100${lost ? `: ${lost.text}` : ""}` });
  }
  if (!input.mastered) {
    areas.push({ area: input.category, source: "category", detail: `The problem's topic, ${input.category}, was not mastered in this session` });
  }
  return areas;
}

const VERDICT_LINES: Record<Recommendation["verdict"], string> = {
  hire: "Hire: strong signal across the rubric.",
  lean_hire: "Lean hire: a solid session with gaps to close.",
  lean_no_hire: "Lean no hire: some good signal, but not enough yet.",
  no_hire: "No hire: the session did not show enough signal.",
};

/**
 * The verdict as an interviewer writes it: a call and the reasons behind it, strongest signal
 * first, then the concerns. `gate` is the dimension the bar depends on (correctness for coding,
 * design coverage for system design).
 */
export function recommend(rubric: RubricDimension[], overall: number, gate: DimensionId): Recommendation {
  const gated = rubric.find((d) => d.id === gate)?.score ?? 0;
  const lowest = Math.min(...rubric.map((d) => d.score));
  let verdict: Recommendation["verdict"];
  if (overall >= 80 && gated >= 90 && lowest >= 40) verdict = "hire";
  else if (overall >= 65 && gated >= 70) verdict = "lean_hire";
  else if (overall >= 45 || gated >= 70) verdict = "lean_no_hire";
  else verdict = "no_hire";

  const reasons = [VERDICT_LINES[verdict]];
  const byScore = [...rubric].sort((a, b) => b.score * b.weight - a.score * a.weight);
  for (const d of byScore.filter((d) => d.score >= 75).slice(0, 3)) {
    const why = d.evidence.find((e) => e.positive);
    reasons.push(`Strength — ${d.label} (${d.score}/100)${why ? `: ${why.text}` : "."}`);
  }
  for (const d of [...rubric].sort((a, b) => a.score - b.score).filter((d) => d.score < 50).slice(0, 3)) {
    const why = d.evidence.find((e) => !e.positive);
    reasons.push(`Concern — ${d.label} (${d.score}/100)${why ? `: ${why.text}` : "."}`);
  }
  return { verdict, reasons };
}
