import { handle, json, requireUuid, type RouteCtx } from "@/lib/api/http";
import { linkStatus, revokeLink } from "@/lib/recruiting/links";
import { requireRecruiter } from "@/lib/recruiting/teams";

/** Revokes one of the team's links (any member); starting from it is a 410 from then on. */
export const DELETE = handle(async (req, ctx: RouteCtx<{ id: string }>) => {
  const { user, team } = await requireRecruiter(req);
  const link = await revokeLink(user, team.id, requireUuid((await ctx.params).id, "Link"));
  return json({ id: link.id, status: linkStatus(link), revoked_at: link.revokedAt?.toISOString() ?? null });
});
