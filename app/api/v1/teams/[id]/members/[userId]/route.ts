import { handle, json, readJson, requireUuid, type RouteCtx } from "@/lib/api/http";
import { TeamMemberUpdateRequestSchema } from "@/lib/api/schemas";
import { changeRole, listMembers, removeMember, requireTeamRole } from "@/lib/recruiting/teams";

/** An owner changes a member's role (owner or member). */
export const PATCH = handle(async (req, ctx: RouteCtx<{ id: string; userId: string }>) => {
  const params = await ctx.params;
  const { user, team } = await requireTeamRole(req, requireUuid(params.id, "Team"), "owner");
  const { role } = await readJson(req, TeamMemberUpdateRequestSchema);
  await changeRole(user, team.id, params.userId, role);
  return json({ members: await listMembers(team.id) });
});

/** An owner removes a member, or a member leaves (their own id). The last owner cannot go. */
export const DELETE = handle(async (req, ctx: RouteCtx<{ id: string; userId: string }>) => {
  const params = await ctx.params;
  const { user, team, role } = await requireTeamRole(req, requireUuid(params.id, "Team"), "any");
  await removeMember({ ...user, role }, team.id, params.userId);
  return json({ members: await listMembers(team.id) });
});
