import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviews, messages } from "@/db/schema";
import { HttpError } from "@/lib/api/http";
import { nextHint } from "@/lib/interviewer";
import type { InterviewProblem } from "@/lib/interviewer/context";
import { postToRoom } from "@/lib/room/client";
import { postMetricsUpdate } from "@/lib/room/live";
import { recordEvent } from "./events";

export type GivenHint = NonNullable<ReturnType<typeof nextHint>>;

/**
 * Hands out the next hint of the problem's ladder: counts it on the server (hints cost points),
 * tells the room (`interview_hint`, then the new `metrics_update`) and returns it; null when
 * none are left. `hintsUsed` is the count the caller read; the count only moves from that value,
 * so two requests at once cannot hand out the same hint twice.
 *
 * With `record`, the hint is also stored as an interviewer message (content type "hint") and
 * shown in the chat: for hints asked for outside the chat, which no interviewer reply carries.
 *
 * An interview whose link turned hints off refuses every hint (403), before counting anything.
 */
export async function giveNextHint(
  interviewId: string,
  problem: InterviewProblem,
  hintsUsed: number,
  options: { record?: boolean } = {},
): Promise<GivenHint | null> {
  const db = await getDb();
  const [rules] = await db.select({ hintsAllowed: interviews.hintsAllowed }).from(interviews).where(eq(interviews.id, interviewId)).limit(1);
  if (rules && !rules.hintsAllowed) throw new HttpError(403, "Hints are turned off for this interview by the team that invited you");
  let used = hintsUsed;
  for (let attempt = 0; attempt < 3; attempt++) {
    const hint = nextHint(problem, used);
    if (!hint) return null;
    const counted = await db
      .update(interviews)
      .set({ hintsUsed: used + 1 })
      .where(and(eq(interviews.id, interviewId), eq(interviews.hintsUsed, used)))
      .returning({ id: interviews.id });
    if (counted.length === 0) {
      const [fresh] = await db.select({ hintsUsed: interviews.hintsUsed }).from(interviews).where(eq(interviews.id, interviewId)).limit(1);
      if (!fresh) return null;
      used = fresh.hintsUsed;
      continue;
    }
    // The event keeps which hint it was, never its text: a shared replay must not give it away.
    await recordEvent(interviewId, "hint", { level: hint.level, number: hint.index + 1, remaining: hint.remaining });
    void postToRoom(interviewId, { type: "interview_hint", hint: hint.text, difficulty_level: hint.level });
    if (options.record) {
      const [message] = await db
        .insert(messages)
        .values({ interviewId, role: "ai", content: hint.text, contentType: "hint" })
        .returning();
      void postToRoom(interviewId, { type: "ai_message_complete", message_id: message.id, full_content: message.content, role: "ai" });
    }
    void postMetricsUpdate(interviewId);
    return hint;
  }
  return null;
}
