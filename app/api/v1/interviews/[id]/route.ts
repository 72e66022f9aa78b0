import { handle, json, readJson, requireUuid, type RouteCtx } from "@/lib/api/http";
import { InterviewUpdateRequestSchema } from "@/lib/api/schemas";
import { requireUser } from "@/lib/auth/session";
import type { Interview } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { deleteInterview, getOwnedInterview, interviewDetail, updateInterview } from "@/lib/interviews/service";
import { shareState } from "@/lib/interviews/sharing";

type Ctx = RouteCtx<{ id: string }>;

/** The detail, with the report's sharing state for its owner (a recruiter reading it does not see the link). */
async function detailFor(user: CurrentUser, row: Interview) {
  const detail = await interviewDetail(row);
  if (row.userId !== user.id) return detail;
  const share = shareState(row);
  return { ...detail, shared: share.shared, share_url: share.url };
}

export const GET = handle(async (req, ctx: Ctx) => {
  const user = await requireUser(req);
  // Read-only: a recruiter of the link's team may read it too (audited).
  const row = await getOwnedInterview(user, requireUuid((await ctx.params).id), "interview.view");
  return json(await detailFor(user, row));
});

export const PUT = handle(async (req, ctx: Ctx) => {
  const user = await requireUser(req);
  const row = await getOwnedInterview(user, requireUuid((await ctx.params).id));
  const change = await readJson(req, InterviewUpdateRequestSchema);
  const updated = await updateInterview(row, change);
  return json(await detailFor(user, updated));
});

export const DELETE = handle(async (req, ctx: Ctx) => {
  const user = await requireUser(req);
  const row = await getOwnedInterview(user, requireUuid((await ctx.params).id));
  await deleteInterview(row);
  return json({ success: true });
});
