import { env } from "@/lib/env";
import { roomName, ServerEventSchema, type ServerEvent } from "./events";
import { ROOM_SECRET_HEADER, signRoomToken, type RoomClaims } from "./token";

/**
 * Server-side helpers for talking to an interview's PartyKit room. The database is the
 * source of truth and the room only the live channel, so nothing here throws: a room
 * server that is down costs live updates, never a request.
 */

export const ROOM_PARTY = "main";
/** The app waits at most this long for the room; a slow room must not slow the API. */
export const ROOM_POST_TIMEOUT_MS = 2_000;

/** HTTP URL of an interview's room as the server reaches it. */
export function roomHttpUrl(interviewId: string, base = env().PARTYKIT_URL): string {
  return `${new URL(base).origin}/parties/${ROOM_PARTY}/${roomName(interviewId)}`;
}

/** Broadcasts an event to everyone in the interview's room; false (and one log line) when it could not. */
export async function postToRoom(interviewId: string, event: ServerEvent): Promise<boolean> {
  const room = roomName(interviewId);
  const parsed = ServerEventSchema.safeParse(event);
  if (!parsed.success) {
    console.warn(`[room] not posting invalid ${String((event as { type?: unknown })?.type)} to ${room}: ${parsed.error.issues[0]?.message}`);
    return false;
  }
  try {
    const { PARTYKIT_URL, ROOM_SECRET } = env();
    const res = await fetch(roomHttpUrl(interviewId, PARTYKIT_URL), {
      method: "POST",
      headers: { "content-type": "application/json", [ROOM_SECRET_HEADER]: ROOM_SECRET },
      body: JSON.stringify(parsed.data),
      signal: AbortSignal.timeout(ROOM_POST_TIMEOUT_MS),
    });
    if (!res.ok) {
      const detail = (await res.text().catch(() => "")).replace(/\s+/g, " ").slice(0, 200);
      console.warn(`[room] ${event.type} to ${room} refused: HTTP ${res.status} ${detail}`);
      return false;
    }
    await res.body?.cancel().catch(() => undefined);
    return true;
  } catch (err) {
    const cause = (err as { cause?: { code?: string } })?.cause?.code;
    const reason = err instanceof Error ? (err.name === "TimeoutError" ? `no answer in ${ROOM_POST_TIMEOUT_MS} ms` : err.message) : String(err);
    console.warn(`[room] ${event.type} to ${room} not delivered (${cause ?? reason}); live viewers will catch up on reload`);
    return false;
  }
}

export interface RoomConnectionInfo {
  /** Full WebSocket URL without the token, e.g. ws://localhost:1999/parties/main/interview-<id>. */
  url: string;
  /** host[:port] for PartySocket's `host` option. */
  host: string;
  /** PartySocket guesses ws/wss from the host; pass this explicitly so non-local http hosts work. */
  protocol: "ws" | "wss";
  party: typeof ROOM_PARTY;
  room: string;
  /** Short-lived room token; send it as the `token` query parameter. */
  token: string;
}

/** What a browser needs to join an interview's room as the given user. */
export async function roomConnectionInfo(
  interviewId: string,
  user: { id: string; name: string },
  role: RoomClaims["role"],
): Promise<RoomConnectionInfo> {
  const { NEXT_PUBLIC_PARTYKIT_URL, PARTYKIT_URL, ROOM_SECRET } = env();
  const base = new URL(NEXT_PUBLIC_PARTYKIT_URL ?? PARTYKIT_URL);
  const protocol = base.protocol === "https:" ? "wss" : "ws";
  const room = roomName(interviewId);
  const token = await signRoomToken({ sub: user.id, room, role, name: user.name }, ROOM_SECRET);
  return {
    url: `${protocol}://${base.host}/parties/${ROOM_PARTY}/${room}`,
    host: base.host,
    protocol,
    party: ROOM_PARTY,
    room,
    token,
  };
}
