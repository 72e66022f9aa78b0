import type { Interview } from "@/db/schema";
import type { ComplexityMeasurement, Recommendation, RubricDimension, WeakArea } from "@/lib/api/schemas";
import { isAccepted, measureAndStore } from "@/lib/complexity/accepted";
import { loadRecord, type InterviewRecord } from "@/lib/interviews/events";
import type { Launcher } from "@/lib/launcher";
import { getProblem, getSystemDesignProblem } from "@/lib/problems";
import { codingFacts, codingMastered, codingRubric, failedHiddenTags, type CodingFacts } from "./coding";
import { designFacts, designMastered, designRubric } from "./design";
import { overallScore, recommend, weakAreas } from "./rubric";
import { checkVariants, type VariantCheck } from "./variants";

/**
 * Scores an interview from what happened. Two modes:
 * - live (`full: false`): cheap, for `current_score` and `weak_areas` in metrics_update and
 *   GET …/metrics; never starts a sandbox (the planted-bug check is left for the end);
 * - full (`full: true`): at the end, with the candidate's custom inputs run against the
 *   problem's planted buggy variants in the sandbox. Its score is the interview's final score.
 */

export interface Scoring {
  score: number;
  rubric: RubricDimension[];
  weak_areas: WeakArea[];
  recommendation: Recommendation;
  complexity: ComplexityMeasurement | null;
  /** Coding interviews: what the report's text is written from. */
  coding: (CodingFacts & { variants: VariantCheck | null }) | null;
}

export async function scoreInterview(
  interview: Interview,
  options: { full: boolean; record?: InterviewRecord; launcher?: Launcher },
): Promise<Scoring> {
  const record = options.record ?? (await loadRecord(interview));
  const design = getSystemDesignProblem(interview.problemId);
  if (design) {
    const facts = designFacts(record, design);
    const rubric = designRubric(facts);
    const score = overallScore(rubric);
    return {
      score,
      rubric,
      weak_areas: weakAreas({ rubric, failedTags: new Map(), category: design.category, mastered: designMastered(facts) }),
      recommendation: recommend(rubric, score, "correctness"),
      complexity: null,
      coding: null,
    };
  }
  const problem = getProblem(interview.problemId);
  if (!problem) throw new Error(`interview ${interview.id}: problem ${interview.problemId} is not in the bank`);
  if (options.full) {
    // The final score uses the measured growth: an accepted submission still being measured (or
    // never measured in this process) is measured before the report is written.
    const accepted = record.submissions.filter(isAccepted).at(-1);
    if (accepted && !accepted.complexity) {
      const measured = await measureAndStore(accepted, problem);
      if (measured) accepted.complexity = measured as unknown as Record<string, unknown>;
    }
  }
  const facts = codingFacts(record, problem);
  let variants: VariantCheck | null = null;
  if (options.full) {
    try {
      variants = await checkVariants(problem, facts.customInputs, options.launcher);
    } catch (err) {
      // The rest of the rubric stands; testing is then scored as in the live view.
      console.error(`[scoring] planted-variant check for interview ${interview.id} failed:`, err);
    }
  }
  const rubric = codingRubric(facts, variants);
  const score = overallScore(rubric);
  return {
    score,
    rubric,
    weak_areas: weakAreas({ rubric, failedTags: failedHiddenTags(facts), category: problem.category, mastered: codingMastered(facts) }),
    recommendation: recommend(rubric, score, "correctness"),
    complexity: facts.complexity?.measurement ?? null,
    coding: { ...facts, variants },
  };
}

export { checkCodeQuality } from "./code-quality";
export { overallScore } from "./rubric";
