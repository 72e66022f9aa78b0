import { handle, json, notFound, type RouteCtx } from "@/lib/api/http";
import { acceptInvite, requireAccount, teamDTO } from "@/lib/recruiting/teams";

/** The invited account joins the team with the invitation's role. */
export const POST = handle(async (req, ctx: RouteCtx<{ token: string }>) => {
  const user = await requireAccount(req);
  const { token } = await ctx.params;
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw notFound("Invitation not found");
  const { team, role } = await acceptInvite(user, token);
  return json({ team: teamDTO(team), role });
});
