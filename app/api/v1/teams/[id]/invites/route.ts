import { handle, json, readJson, requireUuid, type RouteCtx } from "@/lib/api/http";
import { TeamInviteRequestSchema } from "@/lib/api/schemas";
import { inviteToTeam, requireTeamRole } from "@/lib/recruiting/teams";

/** An owner invites an email address; the token in the answer is shown only this once. */
export const POST = handle(async (req, ctx: RouteCtx<{ id: string }>) => {
  const { user, team } = await requireTeamRole(req, requireUuid((await ctx.params).id, "Team"), "owner");
  const body = await readJson(req, TeamInviteRequestSchema);
  return json(await inviteToTeam(user, team, body), 201);
});
