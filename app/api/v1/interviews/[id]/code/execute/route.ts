import { handle, json, readJson, requireUuid, type RouteCtx } from "@/lib/api/http";
import { CodeExecutionRequestSchema } from "@/lib/api/schemas";
import { requireUser } from "@/lib/auth/session";
import { startExecution } from "@/lib/execution/service";
import { getOwnedInterview } from "@/lib/interviews/service";

export const POST = handle(async (req, ctx: RouteCtx<{ id: string }>) => {
  const user = await requireUser(req);
  const interview = await getOwnedInterview(user, requireUuid((await ctx.params).id));
  const body = await readJson(req, CodeExecutionRequestSchema);
  const row = await startExecution(interview, { ...body, kind: "run" });
  return json({ execution_id: row.id, status: "queued" as const, estimated_time: 3 }, 202);
});
