import type * as Party from "partykit/server";
import { z } from "zod";
import { AppToRoomEventSchema, ClientEventSchema, type ServerEvent } from "../lib/room/events";
import { ROOM_SECRET_HEADER, verifyRoomToken } from "../lib/room/token";

/**
 * The live channel of one interview (room `interview-<id>`). Postgres is the source of
 * truth; the room relays the brief's events between the app and every open browser and
 * keeps just enough state (latest result, stage, status, code) for a reconnecting client.
 */

const ROOM_PREFIX = "interview-";
/** Largest client message we parse (bytes of UTF-8); the platform's own cap is 1 MiB. */
const MAX_MESSAGE_BYTES = 128 * 1024;
/** Largest app → room POST body; a code_result carries per-test output. */
const MAX_REQUEST_BYTES = 1024 * 1024;
/** Beyond this an oversize body is not even drained: the connection is dropped. */
const DRAIN_BYTES = 8 * MAX_REQUEST_BYTES;
/** Set by onBeforeConnect from the verified token; overwritten on every join so it cannot be forged. */
const CLAIMS_HEADER = "x-interview-room-claims";

const UserSchema = z.object({
  user_id: z.string().min(1),
  name: z.string(),
  role: z.enum(["candidate", "observer"]),
});
type RoomUser = z.infer<typeof UserSchema>;

/** What the room keeps in storage, one key each, so a reconnecting client can rebuild (replayed in this order). */
const STATE_KEYS = ["status", "stage", "code_result", "code"] as const;
type StateKey = (typeof STATE_KEYS)[number];
type StoredState = Partial<Record<StateKey, ServerEvent>>;

/** Which stored slot an app event updates, if any. */
const SLOT_FOR: Partial<Record<ServerEvent["type"], StateKey>> = {
  code_result: "code_result",
  stage_changed: "stage",
  interview_status: "status",
};

const CLIENT_TYPES = ClientEventSchema.options.map((o) => o.shape.type.value);

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
}

/** Explains why a client message failed validation in words a developer can act on. */
function describeClientError(raw: unknown, error: z.ZodError): string {
  const type = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== "string") return `message must be a JSON object with a string "type" (one of ${CLIENT_TYPES.join(", ")})`;
  if (!(CLIENT_TYPES as string[]).includes(type)) return `unknown message type "${type}" (expected one of ${CLIENT_TYPES.join(", ")})`;
  return `invalid ${type} message: ${describeIssues(error)}`;
}

function utf8Length(text: string): number {
  // Each UTF-16 unit is at most 3 UTF-8 bytes: skip encoding when it cannot be too large.
  return text.length * 3 <= MAX_MESSAGE_BYTES ? text.length : new TextEncoder().encode(text).byteLength;
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}
const fail = (status: number, message: string, headers?: Record<string, string>) => json({ error: message }, status, headers);

function roomSecret(env: Record<string, unknown>): string | null {
  const s = env.ROOM_SECRET;
  return typeof s === "string" && s.length > 0 ? s : null;
}

/**
 * The body as text, or null when it is over `limit` bytes (a chunked body has no length
 * to check up front). An oversize body is still read and dropped up to DRAIN_BYTES so the
 * caller gets a clean 413 instead of a reset while it is still sending.
 */
async function readBounded(req: Party.Request, limit: number): Promise<string | null> {
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > DRAIN_BYTES) {
      await reader.cancel();
      break;
    }
    if (size <= limit) chunks.push(value);
  }
  if (size > limit) return null;
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

/** Compares SHA-256 digests so the time taken says nothing about the secret's length or bytes. */
async function secretsMatch(given: string, expected: string): Promise<boolean> {
  const enc = new TextEncoder();
  const [a, b] = await Promise.all([
    crypto.subtle.digest("SHA-256", enc.encode(given)),
    crypto.subtle.digest("SHA-256", enc.encode(expected)),
  ]);
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

/**
 * Completes the close handshake when the client sent a Close frame. 1005 means a frame
 * without a status code (what a bare `ws.close()` sends); 1006/1015 mean the peer is gone.
 */
function answerClose(conn: Party.Connection, event: { code: number; reason: string; wasClean: boolean }): void {
  if (event.code === 1006 || event.code === 1015 || !event.wasClean) return;
  try {
    if (event.code === 1000 || (event.code >= 3000 && event.code <= 4999)) conn.close(event.code, event.reason);
    else conn.close();
  } catch {
    // Already closed.
  }
}

export default class InterviewRoom implements Party.Server {
  readonly options: Party.ServerOptions = { hibernate: false };
  private state: StoredState = {};

  constructor(readonly room: Party.Room) {}

  /** Joins need a room token for this very room, signed with the shared secret. */
  static async onBeforeConnect(req: Party.Request, lobby: Party.Lobby): Promise<Party.Request | Response> {
    if (!lobby.id.startsWith(ROOM_PREFIX)) return fail(404, `unknown room "${lobby.id}"`);
    const secret = roomSecret(lobby.env);
    if (!secret) return fail(503, "room server is not configured: ROOM_SECRET is missing");
    const token = new URL(req.url).searchParams.get("token");
    if (!token) return fail(401, "missing room token (pass ?token=…)");
    let user: RoomUser;
    try {
      const claims = await verifyRoomToken(token, secret, lobby.id);
      user = { user_id: claims.sub, name: claims.name, role: claims.role };
    } catch (err) {
      return fail(401, `invalid room token: ${err instanceof Error ? err.message : String(err)}`);
    }
    // The connection id comes from the client's `_pk`, which PartySocket reuses on every
    // reconnect; partykit's connection map is keyed by it, so a stale socket closing later
    // would remove the live one. A fresh id per socket avoids that; the token stays out of
    // the room (connection.uri).
    const url = new URL(req.url);
    url.searchParams.set("_pk", crypto.randomUUID());
    url.searchParams.delete("token");
    const forwarded = new Request(url.toString(), req as unknown as RequestInit);
    // Header values must be ByteStrings: names can hold any Unicode, so encode.
    forwarded.headers.set(CLAIMS_HEADER, encodeURIComponent(JSON.stringify(user)));
    return forwarded as unknown as Party.Request;
  }

  async onStart(): Promise<void> {
    const stored = await this.room.storage.get<unknown>([...STATE_KEYS]);
    for (const key of STATE_KEYS) {
      const parsed = AppToRoomEventSchema.safeParse(stored.get(key));
      // An unreadable entry (e.g. an older shape) is skipped rather than breaking every join.
      if (parsed.success) this.state[key] = parsed.data;
    }
  }

  async onConnect(conn: Party.Connection, ctx: Party.ConnectionContext): Promise<void> {
    const user = this.claimsFrom(ctx.request);
    if (!user) {
      conn.close(4401, "unauthenticated");
      return;
    }
    conn.setState(user);
    // partykit 0.0.115 never answers a client's Close frame (and this compatibility date
    // predates workerd's auto-reply), which leaves clients hanging in CLOSING: answer it.
    conn.addEventListener("close", (e) => answerClose(conn, e));
    this.send(conn, {
      type: "connected",
      interview_id: this.room.id.slice(ROOM_PREFIX.length),
      user_id: user.user_id,
      timestamp: new Date().toISOString(),
    });
    for (const key of STATE_KEYS) {
      const event = this.state[key];
      if (event) this.send(conn, event);
    }
    this.broadcastPresence();
  }

  async onMessage(message: string | ArrayBuffer | ArrayBufferView, sender: Party.Connection): Promise<void> {
    if (typeof message !== "string") return this.sendError(sender, "binary messages are not supported; send JSON text");
    const size = utf8Length(message);
    if (size > MAX_MESSAGE_BYTES) {
      return this.sendError(sender, `message too large: ${size} bytes (max ${MAX_MESSAGE_BYTES})`);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(message);
    } catch (err) {
      return this.sendError(sender, `invalid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
    const parsed = ClientEventSchema.safeParse(raw);
    if (!parsed.success) return this.sendError(sender, describeClientError(raw, parsed.error));
    const user = this.userOf(sender);
    if (!user) return this.sendError(sender, "unauthenticated connection");
    const event = parsed.data;

    switch (event.type) {
      case "ping":
        this.send(sender, { type: "pong", t: event.t });
        return;
      case "typing":
        this.broadcast({ type: "user_typing", isTyping: event.isTyping, user_id: user.user_id }, [sender.id]);
        return;
      case "code_update": {
        if (user.role !== "candidate") return this.sendError(sender, "read-only: observers cannot edit the code");
        const sync: ServerEvent = { type: "code_sync", code: event.code, language: event.language, user_id: user.user_id };
        await this.save("code", sync);
        this.broadcast(sync, [sender.id]);
        return;
      }
    }
  }

  onClose(conn: Party.Connection): void {
    this.broadcastPresence(conn.id);
  }

  onError(conn: Party.Connection): void {
    this.broadcastPresence(conn.id);
  }

  /** The app's side door: POST an event to broadcast (and keep), GET a snapshot. Both need the secret. */
  async onRequest(req: Party.Request): Promise<Response> {
    if (!this.room.id.startsWith(ROOM_PREFIX)) return fail(404, `unknown room "${this.room.id}"`);
    if (req.method !== "POST" && req.method !== "GET") {
      return fail(405, `method ${req.method} not allowed (use POST or GET)`, { allow: "GET, POST" });
    }
    const declared = Number(req.headers.get("content-length") ?? "0");
    if (declared > DRAIN_BYTES) {
      return fail(413, `body too large (max ${MAX_REQUEST_BYTES} bytes)`, { connection: "close" });
    }
    // Read the body even when refusing: workerd drops a keep-alive connection whose body
    // was left unread, and the caller's next request on it would fail with ECONNRESET.
    const text = req.method === "POST" ? await readBounded(req, MAX_REQUEST_BYTES) : "";
    if (text === null) return fail(413, `body too large (max ${MAX_REQUEST_BYTES} bytes)`, { connection: "close" });

    const secret = roomSecret(this.room.env);
    if (!secret) return fail(503, "room server is not configured: ROOM_SECRET is missing");
    const given = req.headers.get(ROOM_SECRET_HEADER);
    if (!given || !(await secretsMatch(given, secret))) {
      return fail(401, `missing or wrong ${ROOM_SECRET_HEADER} header`);
    }

    if (req.method === "GET") {
      const connections = [...this.room.getConnections()].length;
      return json({ connections, presence: this.presence(), state: this.state });
    }

    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (err) {
      return fail(400, `invalid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
    const parsed = AppToRoomEventSchema.safeParse(raw);
    if (!parsed.success) return fail(400, `invalid event: ${describeIssues(parsed.error)}`);
    const event = parsed.data;
    const slot = SLOT_FOR[event.type];
    // Keep it before broadcasting, so a client joining right after still gets it.
    if (slot) await this.save(slot, event);
    this.broadcast(event);
    return json({ ok: true, delivered: [...this.room.getConnections()].length });
  }

  private claimsFrom(req: Party.Request): RoomUser | null {
    const header = req.headers.get(CLAIMS_HEADER);
    if (!header) return null;
    try {
      const parsed = UserSchema.safeParse(JSON.parse(decodeURIComponent(header)));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  private userOf(conn: Party.Connection): RoomUser | null {
    const parsed = UserSchema.safeParse(conn.state);
    return parsed.success ? parsed.data : null;
  }

  /** One entry per user (a user may have several tabs), in join order. */
  private presence(excludeId?: string): RoomUser[] {
    const users = new Map<string, RoomUser>();
    for (const conn of this.room.getConnections()) {
      if (conn.id === excludeId) continue;
      const user = this.userOf(conn);
      if (user && !users.has(user.user_id)) users.set(user.user_id, user);
    }
    return [...users.values()];
  }

  private broadcastPresence(excludeId?: string): void {
    this.broadcast({ type: "presence", users: this.presence(excludeId) }, excludeId ? [excludeId] : []);
  }

  private async save(key: StateKey, event: ServerEvent): Promise<void> {
    this.state[key] = event;
    await this.room.storage.put(key, event);
  }

  private send(conn: Party.Connection, event: ServerEvent): void {
    try {
      conn.send(JSON.stringify(event));
    } catch {
      // The socket closed under us; its onClose updates presence.
    }
  }

  private sendError(conn: Party.Connection, message: string): void {
    this.send(conn, { type: "error", message });
  }

  /** Like room.broadcast, but one closing socket cannot stop delivery to the others. */
  private broadcast(event: ServerEvent, without: string[] = []): void {
    const data = JSON.stringify(event);
    for (const conn of this.room.getConnections()) {
      if (without.includes(conn.id)) continue;
      try {
        conn.send(data);
      } catch {
        // Closing socket: skip it.
      }
    }
  }
}

InterviewRoom satisfies Party.Worker;
