import { handle, json, requireUuid, type RouteCtx } from "@/lib/api/http";
import { requireUser } from "@/lib/auth/session";
import { getOwnedInterview } from "@/lib/interviews/service";
import { roomConnectionInfo } from "@/lib/room/client";

export const GET = handle(async (req, ctx: RouteCtx<{ id: string }>) => {
  const user = await requireUser(req);
  const interview = await getOwnedInterview(user, requireUuid((await ctx.params).id));
  return json(await roomConnectionInfo(interview.id, { id: user.id, name: user.name }, "candidate"));
});
