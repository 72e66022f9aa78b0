import { handle, json, requireUuid, type RouteCtx } from "@/lib/api/http";
import { TimelineSchema } from "@/lib/api/schemas";
import { requireUser } from "@/lib/auth/session";
import { buildTimeline, loadRecord } from "@/lib/interviews/events";
import { getOwnedInterview } from "@/lib/interviews/service";

/** The replay (for the candidate, and read-only for the team whose link started it, audited): chat turns, code snapshots, runs, hints, stage changes and whiteboard saves, oldest first. */
export const GET = handle(async (req, ctx: RouteCtx<{ id: string }>) => {
  const user = await requireUser(req);
  const interview = await getOwnedInterview(user, requireUuid((await ctx.params).id), "interview.timeline_view");
  return json(TimelineSchema.parse({ events: buildTimeline(await loadRecord(interview)) }));
});
