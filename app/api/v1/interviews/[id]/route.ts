import { handle, json, readJson, requireUuid, type RouteCtx } from "@/lib/api/http";
import { InterviewUpdateRequestSchema } from "@/lib/api/schemas";
import { requireUser } from "@/lib/auth/session";
import { deleteInterview, getOwnedInterview, interviewDetail, updateInterview } from "@/lib/interviews/service";

type Ctx = RouteCtx<{ id: string }>;

export const GET = handle(async (req, ctx: Ctx) => {
  const user = await requireUser(req);
  // Read-only: a recruiter of the link's team may read it too (audited).
  const row = await getOwnedInterview(user, requireUuid((await ctx.params).id), "interview.view");
  return json(await interviewDetail(row));
});

export const PUT = handle(async (req, ctx: Ctx) => {
  const user = await requireUser(req);
  const row = await getOwnedInterview(user, requireUuid((await ctx.params).id));
  const change = await readJson(req, InterviewUpdateRequestSchema);
  const updated = await updateInterview(row, change);
  return json(await interviewDetail(updated));
});

export const DELETE = handle(async (req, ctx: Ctx) => {
  const user = await requireUser(req);
  const row = await getOwnedInterview(user, requireUuid((await ctx.params).id));
  await deleteInterview(row);
  return json({ success: true });
});
