import { handle, HttpError, json, readJson } from "@/lib/api/http";
import { env } from "@/lib/env";
import { handleRoomEvent } from "@/lib/room/bridge";
import { RoomBridgeRequestSchema } from "@/lib/room/events";
import { ROOM_SECRET_HEADER, secretsMatch } from "@/lib/room/token";

/**
 * The interview room's way in (not part of the public API): browser events the room forwards
 * and the room's own questions (join, idle, time_warning). Only the room knows the shared
 * secret; the user in the body comes from a room token the room has verified.
 */
export const POST = handle(async (req) => {
  const given = req.headers.get(ROOM_SECRET_HEADER);
  if (!given || !(await secretsMatch(given, env().ROOM_SECRET))) {
    throw new HttpError(401, `missing or wrong ${ROOM_SECRET_HEADER} header`);
  }
  // Room messages are at most 128 KB; the body wraps one.
  const body = await readJson(req, RoomBridgeRequestSchema, { maxBytes: 256 * 1024 });
  return json(await handleRoomEvent(body));
});
