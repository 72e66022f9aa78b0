import { handle, json, requireUuid, type RouteCtx } from "@/lib/api/http";
import { compareLinkInterviews } from "@/lib/recruiting/compare";
import { getTeamLink } from "@/lib/recruiting/links";
import { requireRecruiter } from "@/lib/recruiting/teams";

/** The candidates who took one of the team's links, side by side (score, recommendation, rubric). */
export const GET = handle(async (req, ctx: RouteCtx<{ id: string }>) => {
  const { user, team } = await requireRecruiter(req);
  const link = await getTeamLink(team.id, requireUuid((await ctx.params).id, "Link"));
  return json(await compareLinkInterviews(link, user));
});
