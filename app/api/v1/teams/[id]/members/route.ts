import { handle, json, requireUuid, type RouteCtx } from "@/lib/api/http";
import { listMembers, requireTeamRole } from "@/lib/recruiting/teams";

export const GET = handle(async (req, ctx: RouteCtx<{ id: string }>) => {
  const { team } = await requireTeamRole(req, requireUuid((await ctx.params).id, "Team"), "any");
  return json({ members: await listMembers(team.id) });
});
