import { handle, json, type RouteCtx } from "@/lib/api/http";
import { inviteView } from "@/lib/recruiting/links";

/**
 * What the candidate sees on opening the link (no sign-in). The segment is the link's token:
 * Next.js needs one name for sibling dynamic segments, so /links/{id} and /links/{token} share [id].
 */
export const GET = handle(async (_req, ctx: RouteCtx<{ id: string }>) => {
  return json(await inviteView((await ctx.params).id));
});
