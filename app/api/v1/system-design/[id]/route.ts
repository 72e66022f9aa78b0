import { handle, json, type RouteCtx } from "@/lib/api/http";
import { systemDesignDetail } from "@/lib/api/dto";
import { systemDesignFromParam } from "@/lib/api/params";

export const GET = handle(async (_req, ctx: RouteCtx<{ id: string }>) => {
  return json(systemDesignDetail(systemDesignFromParam((await ctx.params).id)));
});
