import { handle, json, type RouteCtx } from "@/lib/api/http";
import { sharedReport } from "@/lib/interviews/sharing";

/** A shared report, without sign-in: 404 once its owner turns sharing off. */
export const GET = handle(async (_req, ctx: RouteCtx<{ token: string }>) => {
  return json(await sharedReport((await ctx.params).token));
});
