import { handle, json, requireUuid, type RouteCtx } from "@/lib/api/http";
import { getTeamLink, linkInterviews } from "@/lib/recruiting/links";
import { requireRecruiter } from "@/lib/recruiting/teams";

/** The interviews started from one of the team's links, with status, score, start and end. */
export const GET = handle(async (req, ctx: RouteCtx<{ id: string }>) => {
  const { team } = await requireRecruiter(req);
  const link = await getTeamLink(team.id, requireUuid((await ctx.params).id, "Link"));
  return json({ interviews: await linkInterviews(link) });
});
