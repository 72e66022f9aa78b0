import { handle, json, notFound, requireUuid, type RouteCtx } from "@/lib/api/http";
import { requireUser } from "@/lib/auth/session";
import { getExecution } from "@/lib/execution/service";
import { getOwnedInterview } from "@/lib/interviews/service";

export const GET = handle(async (req, ctx: RouteCtx<{ id: string; executionId: string }>) => {
  const user = await requireUser(req);
  const params = await ctx.params;
  const interview = await getOwnedInterview(user, requireUuid(params.id));
  const result = await getExecution(interview.id, requireUuid(params.executionId, "Execution"));
  if (!result) throw notFound("Execution not found");
  return json(result);
});
