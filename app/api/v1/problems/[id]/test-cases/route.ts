import { handle, json, type RouteCtx } from "@/lib/api/http";
import { problemDetail } from "@/lib/api/dto";
import { problemFromParam } from "@/lib/api/params";

/** Visible tests only: hidden tests never leave the server. */
export const GET = handle(async (_req, ctx: RouteCtx<{ id: string }>) => {
  const problem = problemFromParam((await ctx.params).id);
  return json({ test_cases: problemDetail(problem).test_cases });
});
