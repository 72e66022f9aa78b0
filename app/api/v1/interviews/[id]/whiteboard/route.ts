import { z } from "zod";
import { handle, json, readJson, requireUuid, type RouteCtx } from "@/lib/api/http";
import { requireUser } from "@/lib/auth/session";
import { getOwnedInterview } from "@/lib/interviews/service";
import { MAX_SCENE_BYTES } from "@/lib/whiteboard/scene";
import { loadWhiteboard, parseScene, requireWhiteboard, saveWhiteboard } from "@/lib/whiteboard/service";

type Ctx = RouteCtx<{ id: string }>;

/** The newest saved scene, or an empty one before the first save. */
export const GET = handle(async (req, ctx: Ctx) => {
  const user = await requireUser(req);
  const row = await getOwnedInterview(user, requireUuid((await ctx.params).id), "interview.whiteboard_view");
  return json(await loadWhiteboard(row));
});

/** Saves the scene as a new snapshot; earlier ones are kept for replay. */
export const PUT = handle(async (req, ctx: Ctx) => {
  const user = await requireUser(req);
  const row = await getOwnedInterview(user, requireUuid((await ctx.params).id));
  requireWhiteboard(row);
  const scene = parseScene(await readJson(req, z.unknown(), { maxBytes: MAX_SCENE_BYTES }));
  return json(await saveWhiteboard(row, scene));
});
