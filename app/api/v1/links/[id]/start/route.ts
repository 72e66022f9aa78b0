import { handle, readJson, type RouteCtx } from "@/lib/api/http";
import { LinkStartRequestSchema } from "@/lib/api/schemas";
import { startFromLink } from "@/lib/recruiting/links";

/**
 * The candidate presses start (no sign-in; the segment is the link's token): a new guest and
 * their interview, with {access_token, interview_id}. Expired, used up or revoked: 410.
 */
export const POST = handle(async (req, ctx: RouteCtx<{ id: string }>) => {
  const token = (await ctx.params).id;
  const body = await readJson(req, LinkStartRequestSchema);
  return startFromLink(req, token, body);
});
