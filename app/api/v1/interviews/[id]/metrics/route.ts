import { handle, json, requireUuid, type RouteCtx } from "@/lib/api/http";
import { requireUser } from "@/lib/auth/session";
import { metricsFor } from "@/lib/interviews/report";
import { getOwnedInterview } from "@/lib/interviews/service";

export const GET = handle(async (req, ctx: RouteCtx<{ id: string }>) => {
  const user = await requireUser(req);
  const interview = await getOwnedInterview(user, requireUuid((await ctx.params).id), "interview.metrics_view");
  return json(await metricsFor(interview));
});
