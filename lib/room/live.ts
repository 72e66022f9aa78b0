import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviews, type Interview } from "@/db/schema";
import { elapsedSeconds } from "@/lib/api/dto";
import { metricsFor } from "@/lib/interviews/report";
import { postToRoom } from "./client";
import type { ServerEvent } from "./events";

/**
 * The app's live view of an interview as the room carries it: the status with its clock (the
 * room plans the five-minute warning from `deadline`), and the metrics after anything that
 * changes them.
 */

export function interviewStatusEvent(row: Interview, now = new Date()): Extract<ServerEvent, { type: "interview_status" }> {
  const elapsed = elapsedSeconds(row, now);
  const budget = row.durationMinutes * 60;
  const running = row.status === "in_progress";
  return {
    type: "interview_status",
    status: row.status,
    paused_at: row.pausedAt?.toISOString() ?? null,
    deadline: running ? new Date(row.startedAt.getTime() + row.pausedMs + budget * 1000).toISOString() : null,
    elapsed_seconds: elapsed,
    remaining_seconds: budget - elapsed,
    duration_minutes: row.durationMinutes,
  };
}

/**
 * Pushes GET /interviews/{id}/metrics to the room as `metrics_update`, and stores its live score as
 * the interview's current score; never throws (live updates are best effort).
 */
export async function postMetricsUpdate(interviewId: string): Promise<boolean> {
  try {
    const db = await getDb();
    const [row] = await db.select().from(interviews).where(eq(interviews.id, interviewId)).limit(1);
    if (!row) return false;
    const metrics = await metricsFor(row);
    // The stored current score follows the live rubric (the interview list and detail show it).
    if (row.finalScore === null && row.currentScore !== metrics.current_score) {
      await db.update(interviews).set({ currentScore: metrics.current_score }).where(eq(interviews.id, interviewId));
    }
    return await postToRoom(interviewId, { type: "metrics_update", ...metrics });
  } catch (err) {
    console.warn(`[room] metrics_update for interview ${interviewId} not sent:`, err);
    return false;
  }
}
