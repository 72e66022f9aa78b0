import { handle, json, type RouteCtx } from "@/lib/api/http";
import { problemDetail } from "@/lib/api/dto";
import { problemFromParam } from "@/lib/api/params";

export const GET = handle(async (_req, ctx: RouteCtx<{ id: string }>) => {
  const problem = problemFromParam((await ctx.params).id);
  return json(problemDetail(problem));
});
