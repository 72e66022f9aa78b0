import { handle, json, requireUuid, type RouteCtx } from "@/lib/api/http";
import { requireUser } from "@/lib/auth/session";
import { getOwnedInterview } from "@/lib/interviews/service";
import { roomConnectionInfo } from "@/lib/room/client";

/**
 * Joining the interview's room: its candidate joins as the candidate; a member of the team whose
 * link started it joins as a read-only observer (audited as `interview.observe`). Anyone else,
 * and anyone but the owner of a practice interview, gets a 404.
 */
export const GET = handle(async (req, ctx: RouteCtx<{ id: string }>) => {
  const user = await requireUser(req);
  const interview = await getOwnedInterview(user, requireUuid((await ctx.params).id), "interview.observe");
  const role = interview.userId === user.id ? "candidate" : "observer";
  return json(await roomConnectionInfo(interview.id, { id: user.id, name: user.name }, role));
});
