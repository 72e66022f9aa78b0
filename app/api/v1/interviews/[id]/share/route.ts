import { handle, json, readJson, requireUuid, type RouteCtx } from "@/lib/api/http";
import { ShareRequestSchema } from "@/lib/api/schemas";
import { requireUser } from "@/lib/auth/session";
import { getOwnedInterview } from "@/lib/interviews/service";
import { setSharing, shareState } from "@/lib/interviews/sharing";

type Ctx = RouteCtx<{ id: string }>;

/** Whether the report is shared, and its link: the owner's alone. */
export const GET = handle(async (req, ctx: Ctx) => {
  const user = await requireUser(req);
  return json(shareState(await getOwnedInterview(user, requireUuid((await ctx.params).id))));
});

/** {enabled: true} shares the finished report by a link that needs no sign-in; false withdraws it. */
export const PUT = handle(async (req, ctx: Ctx) => {
  const user = await requireUser(req);
  const row = await getOwnedInterview(user, requireUuid((await ctx.params).id));
  const { enabled } = await readJson(req, ShareRequestSchema);
  return json(await setSharing(row, enabled));
});
