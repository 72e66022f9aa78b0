import type { RubricDimension } from "@/lib/api/schemas";
import { detectIntent, describeApproach } from "@/lib/interviewer/analysis";
import type { InterviewRecord } from "@/lib/interviews/events";
import { SYSTEM_DESIGN_STAGES } from "@/lib/interviews/stage";
import type { SystemDesignProblem } from "@/lib/problems/system-design";
import { analyseDiagram, type DiagramAnalysis } from "@/lib/whiteboard/analysis";
import { EMPTY_GRAPH, type DiagramGraph } from "@/lib/whiteboard/graph";
import { storedGraph } from "@/lib/whiteboard/service";
import { HINT_COST } from "./coding";
import { dimension, evidence, plural, type Moment } from "./rubric";

/**
 * The system-design rubric, on the same dimension ids where they make sense:
 * - problem_solving "Requirements": clarifying questions before drawing, talk of scale and
 *   non-functional needs, a stated plan;
 * - correctness "Design coverage": the final diagram's required components and key connections;
 * - efficiency "Scalability & resilience": no single points of failure, the optional components
 *   that carry the scale (caches, queues, replicas);
 * - code_quality "Diagram clarity": labelled boxes, no dangling arrows or isolated components;
 * - communication: talking through trade-offs, and the deep dive;
 * - independence: hints; time_management: how far through the stages the time went.
 * `testing` has no counterpart in a design interview and is left out (the weights still sum to 1).
 */

export const DESIGN_WEIGHTS = {
  problem_solving: 0.15,
  correctness: 0.3,
  efficiency: 0.15,
  code_quality: 0.1,
  communication: 0.1,
  independence: 0.1,
  time_management: 0.1,
} as const;

const SCALE_WORDS =
  /\b(qps|rps|requests? per (second|day)|latency|availability|throughput|storage|petabytes?|terabytes?|gigabytes?|million|billion|read[- ]heavy|write[- ]heavy|peak|p99|sla|durab\w+|consisten\w+)\b/i;
const TRADE_OFF_WORDS =
  /\btrade[- ]?offs?\b|\binstead of\b|\bbecause\b|\bbottleneck\b|\bconsisten\w+\b|\bpartition\w*\b|\bshard\w*\b|\brepli\w+\b|\bfail\s?over\b|\beventual\w*\b|\bcache invalidation\b|\bhot (key|spot|partition)s?\b/i;
const NO_SIGNAL = new Set(["injection", "off_topic", "greeting", "thanks", "score_question", "solution_request", "hint_request"]);

export interface DesignFacts {
  problem: SystemDesignProblem;
  graph: DiagramGraph;
  analysis: DiagramAnalysis;
  lastSave: Moment | null;
  firstSave: Moment | null;
  talk: (Moment & { text: string; intent: string })[];
  hints: (Moment & { number: number; level: string })[];
  hintsUsed: number;
  /** Stages reached before the interview ended, with when. */
  reached: { stage: string; moment: Moment }[];
  budgetSeconds: number;
  startedAt: Date;
}

export function designFacts(record: InterviewRecord, problem: SystemDesignProblem): DesignFacts {
  const last = record.snapshots.at(-1);
  const first = record.snapshots[0];
  const graph = last ? storedGraph(last) : EMPTY_GRAPH;
  return {
    problem,
    graph,
    analysis: analyseDiagram(graph, problem),
    lastSave: last ? { id: last.id, at: last.createdAt } : null,
    firstSave: first ? { id: first.id, at: first.createdAt } : null,
    talk: record.messages
      .filter((m) => m.role === "user")
      .map((m) => ({ id: m.id, at: m.createdAt, text: m.content, intent: detectIntent(m.content) }))
      .filter((m) => !NO_SIGNAL.has(m.intent)),
    hints: record.events
      .filter((e) => e.type === "hint")
      .map((e) => ({ id: e.id, at: e.createdAt, number: Number(e.data.number ?? 0), level: String(e.data.level ?? "") })),
    hintsUsed: record.interview.hintsUsed,
    reached: record.events
      .filter((e) => e.type === "stage_change" && e.data.cause !== "ended")
      .map((e) => ({ stage: String(e.data.to), moment: { id: e.id, at: e.createdAt } })),
    budgetSeconds: record.interview.durationMinutes * 60,
    startedAt: record.interview.startedAt,
  };
}

const LABELS = {
  problem_solving: "Requirements",
  correctness: "Design coverage",
  efficiency: "Scalability & resilience",
  code_quality: "Diagram clarity",
  communication: "Communication",
  independence: "Independence",
  time_management: "Time management",
} as const;

function requirements(f: DesignFacts): RubricDimension {
  const items = [];
  let score = 0;
  const beforeDrawing = f.talk.filter((t) => !f.firstSave || t.at <= f.firstSave.at);
  const questions = beforeDrawing.filter((t) => t.intent === "clarifying_question" || t.intent === "example_question");
  if (questions.length) {
    score += questions.length >= 2 ? 50 : 40;
    items.push(evidence(`Asked ${plural(questions.length, "clarifying question")} before drawing`, true, questions[0]));
  } else items.push(evidence("Started without clarifying the requirements", false));
  const scale = f.talk.find((t) => SCALE_WORDS.test(t.text));
  if (scale) {
    score += 30;
    items.push(evidence("Talked about scale and non-functional needs", true, scale));
  } else items.push(evidence("Never sized the system (traffic, storage, latency)", false));
  const plan = f.talk.find((t) => t.intent === "approach" || describeApproach(t.text));
  if (plan) {
    score += 20;
    items.push(evidence("Laid out a plan before the details", true, plan));
  }
  return dimension("problem_solving", LABELS.problem_solving, DESIGN_WEIGHTS.problem_solving, score, items);
}

function coverage(f: DesignFacts): RubricDimension {
  if (!f.lastSave || f.graph.components.length === 0) {
    return dimension("correctness", LABELS.correctness, DESIGN_WEIGHTS.correctness, 0, [evidence("No diagram was saved", false)]);
  }
  const a = f.analysis;
  const required = f.problem.components.filter((c) => c.required).length;
  const present = required - a.missingRequired.length;
  const links = a.connections;
  // Flows whose two ends are drawn; those waiting on a missing component count against that component.
  const linkTotal = links.present.length + links.missing.length;
  const linkShare = linkTotal === 0 ? 1 : links.present.length / linkTotal;
  const items = [evidence(`The final diagram has ${present} of ${required} core components`, a.missingRequired.length === 0, f.lastSave)];
  if (a.missingRequired.length) items.push(evidence(`Missing: ${a.missingRequired.join(", ")}`, false, f.lastSave));
  items.push(evidence(`${links.present.length} of ${linkTotal} key data flows drawn`, linkShare >= 0.8, f.lastSave));
  return dimension("correctness", LABELS.correctness, DESIGN_WEIGHTS.correctness, a.requiredCoverage * (70 + linkShare * 30), items);
}

function resilience(f: DesignFacts): RubricDimension {
  if (!f.lastSave || f.graph.components.length === 0) {
    return dimension("efficiency", LABELS.efficiency, DESIGN_WEIGHTS.efficiency, 0, [evidence("No diagram was saved", false)]);
  }
  const a = f.analysis;
  const items = [];
  const spof = a.singlePointsOfFailure;
  if (spof.length) items.push(evidence(`Single points of failure: ${spof.map((s) => s.label).join(", ")}`, false, f.lastSave));
  else items.push(evidence("No single point of failure stands out", true, f.lastSave));
  const optional = f.problem.components.filter((c) => !c.required).length;
  const optionalShare = optional === 0 ? 1 : (optional - a.missingOptional.length) / optional;
  items.push(
    evidence(`${optional - a.missingOptional.length} of ${optional} scaling components (caches, queues, replicas…)`, optionalShare >= 0.5, f.lastSave),
  );
  const score = Math.max(0, 1 - spof.length / 3) * 60 + optionalShare * 40;
  return dimension("efficiency", LABELS.efficiency, DESIGN_WEIGHTS.efficiency, score, items);
}

function clarity(f: DesignFacts): RubricDimension {
  if (!f.lastSave || f.graph.components.length === 0) {
    return dimension("code_quality", LABELS.code_quality, DESIGN_WEIGHTS.code_quality, 0, [evidence("No diagram was saved", false)]);
  }
  const a = f.analysis;
  const items = [];
  let score = 100;
  if (a.unlabelledShapes) {
    score -= 15 * Math.min(3, a.unlabelledShapes);
    items.push(evidence(`${plural(a.unlabelledShapes, "shape")} without a label`, false, f.lastSave));
  }
  if (a.danglingConnections) {
    score -= 15 * Math.min(3, a.danglingConnections);
    items.push(evidence(`${plural(a.danglingConnections, "arrow")} not attached at both ends`, false, f.lastSave));
  }
  if (a.isolated.length) {
    score -= 10 * Math.min(3, a.isolated.length);
    items.push(evidence(`Not connected to anything: ${a.isolated.join(", ")}`, false, f.lastSave));
  }
  if (score === 100) items.push(evidence("Every box labelled and connected", true, f.lastSave));
  return dimension("code_quality", LABELS.code_quality, DESIGN_WEIGHTS.code_quality, score, items);
}

function communication(f: DesignFacts): RubricDimension {
  const items = [];
  let score = 0;
  if (f.talk.length >= 3) {
    score += 30;
    items.push(evidence(`Talked through the design (${plural(f.talk.length, "message")})`, true, f.talk[0]));
  } else if (f.talk.length) {
    score += 10;
    items.push(evidence(`Said little along the way (${plural(f.talk.length, "message")})`, false, f.talk[0]));
  } else items.push(evidence("Did not talk through the design", false));
  const tradeOff = f.talk.find((t) => TRADE_OFF_WORDS.test(t.text));
  if (tradeOff) {
    score += 40;
    items.push(evidence("Discussed trade-offs", true, tradeOff));
  } else items.push(evidence("Named no trade-offs (consistency, partitioning, failure)", false));
  const deepDive = f.reached.find((r) => r.stage === "deep_dive");
  const inDeepDive = deepDive ? f.talk.find((t) => t.at >= deepDive.moment.at) : undefined;
  if (inDeepDive) {
    score += 30;
    items.push(evidence("Went deep on a component in the deep dive", true, inDeepDive));
  }
  return dimension("communication", LABELS.communication, DESIGN_WEIGHTS.communication, score, items);
}

function independence(f: DesignFacts, worked: boolean): RubricDimension {
  if (!worked) {
    return dimension("independence", LABELS.independence, DESIGN_WEIGHTS.independence, 0, [
      evidence("Nothing was drawn or discussed, so there is no independent work to credit", false),
    ]);
  }
  const items = [];
  for (let n = 0; n < f.hintsUsed; n++) {
    const h = f.hints.find((x) => x.number === n + 1);
    items.push(evidence(`Needed hint ${n + 1}${h?.level ? ` (${h.level})` : ""}`, false, h ?? null));
  }
  if (f.hintsUsed === 0) items.push(evidence("Worked without hints", true));
  return dimension("independence", LABELS.independence, DESIGN_WEIGHTS.independence, 100 - f.hintsUsed * HINT_COST, items);
}

function timeManagement(f: DesignFacts): RubricDimension {
  const order = SYSTEM_DESIGN_STAGES as readonly string[];
  const furthest = f.reached.reduce((best, r) => (order.indexOf(r.stage) > order.indexOf(best?.stage ?? "requirements") ? r : best), null as DesignFacts["reached"][number] | null);
  const items = [];
  let score = 0;
  if (!f.firstSave) items.push(evidence("No diagram in the time", false));
  else {
    const stage = furthest?.stage ?? "requirements";
    score = stage === "deep_dive" || stage === "wrap_up" ? 100 : stage === "high_level_design" ? 60 : 20;
    const label = stage.replace(/_/g, " ");
    items.push(evidence(`Reached the ${label} stage in the time`, score === 100, furthest?.moment ?? f.firstSave));
    const firstAt = (f.firstSave.at.getTime() - f.startedAt.getTime()) / 1000;
    if (firstAt > f.budgetSeconds * 0.6) {
      score -= 20;
      items.push(evidence("The first diagram came late in the interview", false, f.firstSave));
    }
  }
  return dimension("time_management", LABELS.time_management, DESIGN_WEIGHTS.time_management, score, items);
}

export function designRubric(f: DesignFacts): RubricDimension[] {
  const worked = f.graph.components.length > 0 || f.talk.length > 0;
  return [requirements(f), coverage(f), resilience(f), clarity(f), communication(f), independence(f, worked), timeManagement(f)];
}

/** The design counts as mastered when every core component made it into the diagram. */
export const designMastered = (f: DesignFacts) => f.graph.components.length > 0 && f.analysis.missingRequired.length === 0;
