import { handle, requireUuid, type RouteCtx } from "@/lib/api/http";
import { requireUser } from "@/lib/auth/session";
import { runningAnswerResponse } from "@/lib/chat/answers";
import { getOwnedInterview } from "@/lib/interviews/service";

export const maxDuration = 60;

/**
 * useChat's resume request (`resume: true`): the interviewer's answer that is still being
 * streamed, replayed from its start and followed to its end; 204 when nothing is streaming.
 */
export const GET = handle(async (req, ctx: RouteCtx<{ id: string }>) => {
  const user = await requireUser(req);
  const interview = await getOwnedInterview(user, requireUuid((await ctx.params).id));
  return (await runningAnswerResponse(interview.id)) ?? new Response(null, { status: 204 });
});
