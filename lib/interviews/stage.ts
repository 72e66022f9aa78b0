import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviews, type Interview } from "@/db/schema";
import { HttpError } from "@/lib/api/http";
import type { Intent } from "@/lib/interviewer/analysis";
import { getSystemDesignProblem } from "@/lib/problems";
import { postToRoom } from "@/lib/room/client";
import { recordEvent } from "./events";

/**
 * Where an interview stands. Coding: Discuss → Code → Test → Submit → Wrap-up. System design:
 * Requirements → High-level design → Deep dive → Wrap-up. The stage moves forward from what
 * happens; the candidate may also nudge it forward. It never moves back on its own, so a late
 * event (a slow run result after a submit) cannot undo progress.
 */
export const CODING_STAGES = ["discuss", "code", "test", "submit", "wrap_up"] as const;
export const SYSTEM_DESIGN_STAGES = ["requirements", "high_level_design", "deep_dive", "wrap_up"] as const;
export type CodingStage = (typeof CODING_STAGES)[number];
export type SystemDesignStage = (typeof SYSTEM_DESIGN_STAGES)[number];
export type InterviewStage = CodingStage | SystemDesignStage;
export type InterviewKind = "coding" | "system_design";

export const STAGE_LABELS: Record<InterviewStage, string> = {
  discuss: "Discuss",
  code: "Code",
  test: "Test",
  submit: "Submit",
  wrap_up: "Wrap-up",
  requirements: "Requirements",
  high_level_design: "High-level design",
  deep_dive: "Deep dive",
};

/** Share of the required components a diagram must show before the deep dive starts. */
export const DEEP_DIVE_COVERAGE = 0.6;

export type StageEvent =
  /** The candidate wrote in the chat; `intent` is the interviewer's reading of it. */
  | { type: "candidate_message"; intent: Intent }
  | { type: "run" }
  | { type: "submit" }
  /** A whiteboard save: how many labelled components, and the share of required ones present. */
  | { type: "diagram_saved"; components: number; requiredCoverage: number }
  | { type: "time_running_out" }
  | { type: "ended" }
  /** The candidate asked to move on. */
  | { type: "nudge"; to: string };

export function stagesFor(kind: InterviewKind): readonly InterviewStage[] {
  return kind === "system_design" ? SYSTEM_DESIGN_STAGES : CODING_STAGES;
}

export function firstStage(kind: InterviewKind): InterviewStage {
  return stagesFor(kind)[0];
}

export function interviewKind(row: Pick<Interview, "problemId">): InterviewKind {
  return getSystemDesignProblem(row.problemId) ? "system_design" : "coding";
}

const MOVES_ON: ReadonlySet<Intent> = new Set(["approach", "ready_to_code"]);

/** The stage an event leads to, or null when it changes nothing. Pure. */
export function nextStage(kind: InterviewKind, current: string, event: StageEvent): InterviewStage | null {
  const stages = stagesFor(kind);
  const at = stages.indexOf(current as InterviewStage);
  const forwardTo = (stage: InterviewStage) => (stages.indexOf(stage) > at ? stage : null);
  switch (event.type) {
    case "ended":
    case "time_running_out":
      return forwardTo("wrap_up");
    case "nudge": {
      const to = stages.find((s) => s === event.to);
      if (!to) throw new HttpError(400, `stage: "${event.to}" is not a stage of this interview (${stages.join(", ")})`);
      if (stages.indexOf(to) < at) throw new HttpError(409, `stage: the interview is already past "${to}" (now "${current}")`);
      return forwardTo(to);
    }
  }
  if (kind === "coding") {
    switch (event.type) {
      case "candidate_message":
        return current === "discuss" && MOVES_ON.has(event.intent) ? "code" : null;
      case "run":
        return current === "discuss" || current === "code" ? "test" : null;
      case "submit":
        return forwardTo("submit");
      default:
        return null;
    }
  }
  switch (event.type) {
    case "candidate_message":
      return current === "requirements" && MOVES_ON.has(event.intent) ? "high_level_design" : null;
    case "diagram_saved":
      if (current === "requirements" && event.components > 0) {
        return event.requiredCoverage >= DEEP_DIVE_COVERAGE ? "deep_dive" : "high_level_design";
      }
      return current === "high_level_design" && event.requiredCoverage >= DEEP_DIVE_COVERAGE ? "deep_dive" : null;
    default:
      return null;
  }
}

/**
 * Applies an event to a stored interview: stores the new stage and tells the room. Returns the
 * new stage, if any. Reads the stage fresh and writes only if it is still the one read, so two
 * events at once (a run result and a submit) cannot move it backwards.
 */
export async function applyStageEvent(row: Pick<Interview, "id" | "problemId">, event: StageEvent): Promise<InterviewStage | null> {
  const db = await getDb();
  const kind = interviewKind(row);
  for (let attempt = 0; attempt < 3; attempt++) {
    const [fresh] = await db.select({ stage: interviews.stage }).from(interviews).where(eq(interviews.id, row.id)).limit(1);
    if (!fresh) return null;
    const stage = nextStage(kind, fresh.stage, event);
    if (!stage) return null;
    const moved = await db
      .update(interviews)
      .set({ stage })
      .where(and(eq(interviews.id, row.id), eq(interviews.stage, fresh.stage)))
      .returning({ id: interviews.id });
    if (moved.length) {
      await recordEvent(row.id, "stage_change", { from: fresh.stage, to: stage, cause: event.type });
      void postToRoom(row.id, { type: "stage_changed", stage });
      return stage;
    }
  }
  return null;
}
