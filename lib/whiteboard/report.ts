import type { Interview } from "@/db/schema";
import { elapsedSeconds } from "@/lib/api/dto";
import type { Report } from "@/lib/api/schemas";
import { describeDuration, rubricImprovements, wrapUpMessage } from "@/lib/interviews/report";
import type { SystemDesignProblem } from "@/lib/problems/system-design";
import { scoreInterview } from "@/lib/scoring";
import { HINT_COST } from "@/lib/scoring/coding";
import { designFacts } from "@/lib/scoring/design";
import { loadRecord } from "@/lib/interviews/events";

/**
 * The written report at the end of a system-design interview: the design rubric (lib/scoring/design.ts)
 * from the last whiteboard save and the conversation, with its score, verdict and weak areas.
 */
export async function buildDesignReport(interview: Interview, problem: SystemDesignProblem): Promise<Report> {
  const record = await loadRecord(interview);
  const scoring = await scoreInterview(interview, { full: true, record });
  const { graph, analysis, talk } = designFacts(record, problem);
  const seconds = elapsedSeconds(interview);
  const hasDiagram = graph.components.length > 0;
  const score = scoring.score;

  const strengths: string[] = [];
  const improvements: string[] = [];
  const suggestions: string[] = [];
  if (talk.length > 0) strengths.push("You talked through the design with the interviewer.");
  else improvements.push("Talk through requirements and trade-offs out loud; interviewers grade the reasoning, not just the diagram.");
  const required = problem.components.filter((c) => c.required).length;
  const present = required - analysis.missingRequired.length;
  if (!hasDiagram) {
    improvements.push("Save a diagram on the whiteboard: the design is judged from what you draw.");
  } else {
    if (analysis.missingRequired.length === 0) strengths.push(`Your diagram has every core component (${required} of ${required}).`);
    else {
      strengths.push(`Your diagram has ${present} of ${required} core components.`);
      improvements.push(`Missing from the final diagram: ${analysis.missingRequired.join(", ")}.`);
    }
    if (analysis.connections.missing.length > 0) {
      improvements.push(
        `Draw the data flows between ${analysis.connections.missing
          .slice(0, 3)
          .map((c) => `${c.from} and ${c.to}`)
          .join("; ")}.`,
      );
    }
    if (analysis.singlePointsOfFailure.length === 0) strengths.push("No single point of failure stands out in the diagram.");
    else improvements.push(`Single points of failure: ${analysis.singlePointsOfFailure.map((s) => s.label).join(", ")}. Show replicas, clusters or failover.`);
  }
  if (interview.hintsUsed > 0) {
    improvements.push(`You used ${interview.hintsUsed} hint${interview.hintsUsed === 1 ? "" : "s"}; each takes ${HINT_COST} points off independence.`);
  }
  improvements.push(...rubricImprovements(scoring, ["correctness", "efficiency", "independence"]));
  const topic = problem.deepDives[0]?.split(":")[0]?.trim();
  if (topic) suggestions.push(`Read up on ${topic.charAt(0).toLowerCase()}${topic.slice(1)} and explain it aloud in five minutes.`);
  suggestions.push("Start every design from requirements and numbers: peak requests per second and storage growth decide the rest.");
  suggestions.push("For each box you draw, ask what happens when it fails, and say it before the interviewer asks.");

  const summary = hasDiagram
    ? `You designed "${problem.title}" for ${describeDuration(seconds)}, finishing with ${graph.components.length} components on the whiteboard and ${score}/100.`
    : `You spent ${describeDuration(seconds)} on "${problem.title}" without saving a diagram, so there is nothing to score yet.`;
  const report: Report = {
    score,
    tests_passed: 0,
    tests_total: 0,
    code_attempts: 0,
    hints_used: interview.hintsUsed,
    time_spent_seconds: seconds,
    summary,
    strengths,
    improvements,
    suggestions,
    rubric: scoring.rubric,
    weak_areas: scoring.weak_areas,
    recommendation: scoring.recommendation,
    complexity: null,
    feedback: "",
  };
  return { ...report, feedback: wrapUpMessage(report) };
}
