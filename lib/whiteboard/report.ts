import { and, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { messages, type Interview } from "@/db/schema";
import { elapsedSeconds } from "@/lib/api/dto";
import type { Report } from "@/lib/api/schemas";
import type { SystemDesignProblem } from "@/lib/problems/system-design";
import { describeDuration } from "@/lib/interviews/report";
import { analyseDiagram, type DiagramAnalysis } from "./analysis";
import { EMPTY_GRAPH } from "./graph";
import { latestSnapshot, storedGraph } from "./service";

/** Points taken off for each hint, as in coding interviews. */
const HINT_PENALTY = 5;
/** How the diagram score splits: required components, their key connections, no single points of failure. */
const WEIGHTS = { components: 60, connections: 25, resilience: 15 };

/** The score is computed from the final diagram and the hints used, never from what was said. */
export function designScore(analysis: DiagramAnalysis, hintsUsed: number, hasDiagram: boolean): number {
  if (!hasDiagram) return 0;
  const links = analysis.connections;
  const linkTotal = links.present.length + links.missing.length + links.waitingOnComponents;
  const linkShare = linkTotal === 0 ? 1 : links.present.length / linkTotal;
  const resilience = Math.max(0, 1 - analysis.singlePointsOfFailure.length / 3);
  const raw =
    analysis.requiredCoverage * WEIGHTS.components + linkShare * WEIGHTS.connections + resilience * WEIGHTS.resilience - hintsUsed * HINT_PENALTY;
  return Math.round(Math.max(0, Math.min(100, raw)) * 10) / 10;
}

/** The written report at the end of a system-design interview, from its last whiteboard save. */
export async function buildDesignReport(interview: Interview, problem: SystemDesignProblem): Promise<Report> {
  const db = await getDb();
  const latest = await latestSnapshot(interview.id);
  const graph = latest ? storedGraph(latest.snapshot) : EMPTY_GRAPH;
  const analysis = analyseDiagram(graph, problem);
  const [talk] = await db
    .select({ n: count() })
    .from(messages)
    .where(and(eq(messages.interviewId, interview.id), eq(messages.role, "user")));
  const seconds = elapsedSeconds(interview);
  const hasDiagram = graph.components.length > 0;
  const score = designScore(analysis, interview.hintsUsed, hasDiagram);

  const strengths: string[] = [];
  const improvements: string[] = [];
  const suggestions: string[] = [];
  if ((talk?.n ?? 0) > 0) strengths.push("You talked through the design with the interviewer.");
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
    improvements.push(`You used ${interview.hintsUsed} hint${interview.hintsUsed === 1 ? "" : "s"}; each costs ${HINT_PENALTY} points.`);
  }
  const topic = problem.deepDives[0]?.split(":")[0]?.trim();
  if (topic) suggestions.push(`Read up on ${topic.charAt(0).toLowerCase()}${topic.slice(1)} and explain it aloud in five minutes.`);
  suggestions.push("Start every design from requirements and numbers: peak requests per second and storage growth decide the rest.");
  suggestions.push("For each box you draw, ask what happens when it fails, and say it before the interviewer asks.");

  const summary = hasDiagram
    ? `You designed "${problem.title}" for ${describeDuration(seconds)}, finishing with ${graph.components.length} components on the whiteboard and ${score}/100.`
    : `You spent ${describeDuration(seconds)} on "${problem.title}" without saving a diagram, so there is nothing to score yet.`;
  return {
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
    rubric: [],
    weak_areas: [],
    recommendation: null,
    complexity: null,
    feedback: "",
  };
}
