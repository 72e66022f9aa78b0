import type * as Party from "partykit/server";
import { z } from "zod";
import {
  AppToRoomEventSchema,
  ClientEventSchema,
  connectionQuality,
  DEFAULT_IDLE_CHECKIN_SECONDS,
  OBSERVER_APP_TYPES,
  observerRefusal,
  ROOM_EVENTS_PATH,
  RoomBridgeResponseSchema,
  TIME_WARNING_SECONDS,
  type AppBoundClientEvent,
  type RoomBridgeRequest,
  type ServerEvent,
} from "../lib/room/events";
import { ROOM_SECRET_HEADER, secretsMatch, verifyRoomToken } from "../lib/room/token";

/**
 * The live channel of one interview (room `interview-<id>`). Postgres is the source of
 * truth; the room relays the brief's events between the app and every open browser and
 * keeps just enough state (latest result, stage, status, code) for a reconnecting client.
 *
 * The room cannot reach the database, so what needs it goes to the app's internal route
 * (APP_URL + ROOM_EVENTS_PATH, with the room secret): the browser's pause, resume, hint,
 * run and sync, and the room's own questions. `join`: may this user join, and what is the
 * interview's status and deadline. `idle`: the candidate has not typed, written, edited or
 * run anything for IDLE_CHECKIN_SECONDS (a room var, default 3 minutes), so the interviewer
 * checks in, once per quiet stretch. `time_warning`: TIME_WARNING_SECONDS before the deadline
 * the interviewer says so, once. Both ride on the room's single alarm, and neither happens
 * while the interview is paused. Without APP_URL the room only relays.
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
/** Set by onBeforeConnect from the app's answer to `join` (the interview's status), and likewise never taken from the client. */
const JOIN_STATUS_HEADER = "x-interview-room-status";

/** The app answers a forwarded event within this, or the sender hears that it is unavailable. */
const APP_TIMEOUT_MS = 10_000;
/** A join waits at most this for the app; past it, the verified token alone lets the user in. */
const JOIN_TIMEOUT_MS = 3_000;
const UNAVAILABLE = "the interview service is unavailable, try again";
/** After a time warning that failed or came too early, ask again no sooner than this. */
const WARNING_RETRY_MS = 30_000;
/** The latency reported is the median of this many recent round trips, so one spike does not flip it. */
const RTT_SAMPLES = 3;

/** Bookkeeping kept in storage apart from the replayed state. */
const INTERVIEW_ID_KEY = "interview_id";
const TIME_WARNED_KEY = "time_warned";
const IDLE_CHECKED_IN_KEY = "idle_checked_in";

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

/** Where the app's internal route is, or null when the room runs without the app (relay only). */
function appEventsUrl(env: Record<string, unknown>): string | null {
  const base = env.APP_URL;
  if (typeof base !== "string" || base.trim() === "") return null;
  try {
    return new URL(ROOM_EVENTS_PATH, base).toString();
  } catch {
    return null;
  }
}

function idleCheckInMs(env: Record<string, unknown>): number {
  const raw = env.IDLE_CHECKIN_SECONDS;
  const seconds = typeof raw === "string" || typeof raw === "number" ? Number(raw) : Number.NaN;
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_IDLE_CHECKIN_SECONDS) * 1000;
}

type AppAnswer = { ok: true; events: ServerEvent[]; done: boolean } | { ok: false; status: number; message: string };

/**
 * Posts one event to the app's internal route. A refusal (4xx) carries the app's message for
 * the sender; anything else (no APP_URL, no answer, 5xx, a bad answer) reads as unavailable.
 */
async function askApp(env: Record<string, unknown>, body: RoomBridgeRequest, timeoutMs: number): Promise<AppAnswer> {
  const url = appEventsUrl(env);
  const secret = roomSecret(env);
  if (!url || !secret) return { ok: false, status: 503, message: "room server is not configured: APP_URL is missing" };
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", [ROOM_SECRET_HEADER]: secret },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    console.warn(`[room] ${body.event.type} for interview ${body.interview_id}: app not reachable (${err instanceof Error ? err.message : String(err)})`);
    return { ok: false, status: 503, message: UNAVAILABLE };
  }
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(await res.text());
  } catch {
    // Not JSON: judged by the status below.
  }
  if (res.ok) {
    const answer = RoomBridgeResponseSchema.safeParse(parsed);
    if (answer.success) return { ok: true, ...answer.data };
    console.error(`[room] ${body.event.type}: the app's answer breaks the contract: ${describeIssues(answer.error)}`);
    return { ok: false, status: 502, message: UNAVAILABLE };
  }
  const error = parsed && typeof parsed === "object" ? (parsed as { error?: unknown }).error : undefined;
  // 401 means the app and the room disagree on the secret: a deployment problem, not the user's.
  if (res.status >= 500 || res.status === 401 || typeof error !== "string") {
    console.warn(`[room] ${body.event.type} for interview ${body.interview_id}: app answered HTTP ${res.status}`);
    return { ok: false, status: res.status, message: UNAVAILABLE };
  }
  return { ok: false, status: res.status, message: error };
}

/** The middle value; of two, the lower, so a single slow round trip never decides the reading. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
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

type StatusEvent = Extract<ServerEvent, { type: "interview_status" }>;

export default class InterviewRoom implements Party.Server {
  readonly options: Party.ServerOptions = { hibernate: false };
  private state: StoredState = {};
  /**
   * The interview's id, read once in onStart and kept in storage: room.id cannot be read in an
   * alarm that wakes the room, nor by anything (a request, a message) handled while an alarm runs.
   */
  private interviewId: string | null = null;
  private roomName = "";
  /** Last time the candidate typed, wrote, edited code or ran something (not persisted: a restart starts a new stretch). */
  private lastActivity = Date.now();
  private idleCheckedIn = false;
  private timeWarned = false;
  private warningRetryAt = 0;
  /** A time warning request is on its way: no second one meanwhile. */
  private warningAsked = false;
  /** When the room's one alarm is set for, as far as this instance knows. */
  private alarmAt: number | null = null;
  /** Recent round trips each connection reported, for connection_quality. */
  private rtts = new Map<string, number[]>();

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
    forwarded.headers.delete(JOIN_STATUS_HEADER);

    // The app has the last word on who may join (the token's user must be the interview's
    // candidate) and tells the room the interview's status and deadline on the way.
    if (appEventsUrl(lobby.env)) {
      const answer = await askApp(
        lobby.env,
        { interview_id: lobby.id.slice(ROOM_PREFIX.length), user: { user_id: user.user_id, role: user.role }, event: { type: "join" } },
        JOIN_TIMEOUT_MS,
      );
      if (!answer.ok && (answer.status === 403 || answer.status === 404)) return fail(answer.status, answer.message);
      // Unreachable: the verified token is enough to join; the live features report the outage.
      const status = answer.ok ? answer.events.find((e) => e.type === "interview_status") : undefined;
      if (status) forwarded.headers.set(JOIN_STATUS_HEADER, encodeURIComponent(JSON.stringify(status)));
    }
    return forwarded as unknown as Party.Request;
  }

  async onStart(): Promise<void> {
    const stored = await this.room.storage.get<unknown>([...STATE_KEYS, INTERVIEW_ID_KEY, TIME_WARNED_KEY, IDLE_CHECKED_IN_KEY]);
    for (const key of STATE_KEYS) {
      const parsed = AppToRoomEventSchema.safeParse(stored.get(key));
      // An unreadable entry (e.g. an older shape) is skipped rather than breaking every join.
      if (parsed.success) this.state[key] = parsed.data;
    }
    this.timeWarned = stored.get(TIME_WARNED_KEY) === true;
    this.idleCheckedIn = stored.get(IDLE_CHECKED_IN_KEY) === true;
    this.alarmAt = await this.room.storage.getAlarm();
    const storedId = stored.get(INTERVIEW_ID_KEY);
    let roomId: string | null = null;
    try {
      roomId = this.room.id;
    } catch {
      // Woken by the alarm: room.id cannot be read then; storage has it.
    }
    this.roomName = roomId ?? "";
    if (roomId?.startsWith(ROOM_PREFIX)) {
      this.interviewId = roomId.slice(ROOM_PREFIX.length);
      if (storedId !== this.interviewId) await this.room.storage.put(INTERVIEW_ID_KEY, this.interviewId);
    } else if (typeof storedId === "string") {
      this.interviewId = storedId;
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
    const joinStatus = this.joinStatusFrom(ctx.request);
    if (joinStatus) await this.save("status", joinStatus);
    this.send(conn, {
      type: "connected",
      interview_id: this.interviewId ?? "",
      user_id: user.user_id,
      timestamp: new Date().toISOString(),
    });
    for (const key of STATE_KEYS) {
      const event = this.state[key];
      if (event) this.send(conn, event);
    }
    this.broadcastPresence();
    // A candidate arriving starts a new quiet stretch.
    if (user.role === "candidate") await this.noteActivity();
    else await this.schedule();
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
        if (event.rtt_ms !== undefined) this.send(sender, this.qualityOf(sender.id, event.rtt_ms));
        return;
      case "typing":
        this.broadcast({ type: "user_typing", isTyping: event.isTyping, user_id: user.user_id }, [sender.id]);
        if (user.role === "candidate") await this.noteActivity();
        return;
      case "code_update": {
        if (user.role !== "candidate") return this.sendError(sender, "read-only: observers cannot edit the code");
        const sync: ServerEvent = { type: "code_sync", code: event.code, language: event.language, user_id: user.user_id };
        await this.save("code", sync);
        this.broadcast(sync, [sender.id]);
        await this.noteActivity();
        return;
      }
      default:
        return this.forward(sender, user, event);
    }
  }

  onClose(conn: Party.Connection): void {
    this.rtts.delete(conn.id);
    this.broadcastPresence(conn.id);
  }

  onError(conn: Party.Connection): void {
    this.rtts.delete(conn.id);
    this.broadcastPresence(conn.id);
  }

  /** The room's one alarm: the idle check-in and the time warning, whichever is due. */
  async onAlarm(): Promise<void> {
    this.alarmAt = null;
    if (!this.interviewId) return;
    const now = Date.now();
    const idleDue = this.idleDue();
    if (idleDue !== null && idleDue <= now) {
      // Once per quiet stretch, whatever the app answers.
      this.idleCheckedIn = true;
      await this.room.storage.put(IDLE_CHECKED_IN_KEY, true);
      const idleSeconds = Math.round((now - this.lastActivity) / 1000);
      const answer = await askApp(this.room.env, { interview_id: this.interviewId, user: null, event: { type: "idle", idle_seconds: idleSeconds } }, APP_TIMEOUT_MS);
      if (answer.ok) await this.absorb(answer.events);
    }
    const warningDue = this.warningDue();
    if (warningDue !== null && warningDue <= now) {
      this.warningAsked = true;
      try {
        const answer = await askApp(this.room.env, { interview_id: this.interviewId, user: null, event: { type: "time_warning" } }, APP_TIMEOUT_MS);
        if (answer.ok) await this.absorb(answer.events);
        if (answer.ok && answer.done) {
          this.timeWarned = true;
          await this.room.storage.put(TIME_WARNED_KEY, true);
        } else {
          this.warningRetryAt = Date.now() + WARNING_RETRY_MS;
        }
      } finally {
        this.warningAsked = false;
      }
    }
    await this.schedule();
  }

  /** The app's side door: POST an event to broadcast (and keep), GET a snapshot. Both need the secret. */
  async onRequest(req: Party.Request): Promise<Response> {
    if (!this.interviewId) return fail(404, `unknown room "${this.roomName}"`);
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
    // A chat message, a run or a diagram save is the candidate at work, as is a resume.
    const candidateActed =
      (event.type === "ai_message_complete" && event.role === "user") ||
      event.type === "execution_started" ||
      event.type === "whiteboard_saved" ||
      (event.type === "interview_status" && event.status === "in_progress");
    if (candidateActed) await this.noteActivity();
    else if (event.type === "interview_status") await this.schedule();
    return json({ ok: true, delivered: [...this.room.getConnections()].length });
  }

  /** Sends a browser's pause, resume, hint, run or sync to the app; its answer (sync, or an error) goes back to the sender. */
  private async forward(sender: Party.Connection, user: RoomUser, event: AppBoundClientEvent): Promise<void> {
    if (user.role !== "candidate" && !OBSERVER_APP_TYPES.includes(event.type)) {
      return this.sendError(sender, observerRefusal(event.type));
    }
    if (!this.interviewId) return this.sendError(sender, UNAVAILABLE);
    if (event.type !== "sync") await this.noteActivity();
    const answer = await askApp(
      this.room.env,
      { interview_id: this.interviewId, user: { user_id: user.user_id, role: user.role }, event },
      APP_TIMEOUT_MS,
    );
    if (!answer.ok) return this.sendError(sender, answer.message);
    await this.absorb(answer.events);
    for (const e of answer.events) this.send(sender, e);
  }

  /** Keeps what the app's answers say about the interview's status (and so its deadline). */
  private async absorb(events: ServerEvent[]): Promise<void> {
    for (const e of events) {
      if (e.type === "interview_status") await this.save("status", e);
    }
  }

  /** The median of the connection's recent round trips, as the brief's connection_quality. */
  private qualityOf(connId: string, rttMs: number): ServerEvent {
    const samples = [...(this.rtts.get(connId) ?? []), rttMs].slice(-RTT_SAMPLES);
    this.rtts.set(connId, samples);
    const latency = Math.round(median(samples));
    return { type: "connection_quality", latency_ms: latency, status: connectionQuality(latency) };
  }

  // ---- the interviewer's own timing ------------------------------------------------------

  private status(): StatusEvent | undefined {
    const s = this.state.status;
    return s?.type === "interview_status" ? s : undefined;
  }

  private candidateConnected(): boolean {
    for (const conn of this.room.getConnections()) {
      if (this.userOf(conn)?.role === "candidate") return true;
    }
    return false;
  }

  /** When the idle check-in is due, or null when none should come (checked in already, paused, nobody there). */
  private idleDue(): number | null {
    if (!appEventsUrl(this.room.env) || this.idleCheckedIn) return null;
    const status = this.status()?.status;
    if (status !== undefined && status !== "in_progress") return null;
    if (!this.candidateConnected()) return null;
    return this.lastActivity + idleCheckInMs(this.room.env);
  }

  /** When the time warning is due, or null when none should come (given already, clock not running, deadline unknown). */
  private warningDue(): number | null {
    if (!appEventsUrl(this.room.env) || this.timeWarned || this.warningAsked) return null;
    const status = this.status();
    if (status?.status !== "in_progress" || !status.deadline) return null;
    const deadline = Date.parse(status.deadline);
    if (Number.isNaN(deadline)) return null;
    return Math.max(deadline - TIME_WARNING_SECONDS * 1000, this.warningRetryAt);
  }

  private async noteActivity(): Promise<void> {
    this.lastActivity = Date.now();
    if (this.idleCheckedIn) {
      this.idleCheckedIn = false;
      await this.room.storage.delete(IDLE_CHECKED_IN_KEY);
    }
    await this.schedule();
  }

  /**
   * Sets the alarm for whichever is due first. An alarm already set earlier is left alone: when
   * it rings, onAlarm checks what is really due and plans again (activity only moves the idle
   * check-in later, so typing never has to touch the alarm).
   */
  private async schedule(): Promise<void> {
    const due = [this.idleDue(), this.warningDue()].filter((t): t is number => t !== null);
    if (due.length === 0) {
      if (this.alarmAt !== null) {
        this.alarmAt = null;
        await this.room.storage.deleteAlarm();
      }
      return;
    }
    const next = Math.min(...due);
    if (this.alarmAt !== null && this.alarmAt <= next) return;
    this.alarmAt = next;
    await this.room.storage.setAlarm(Math.max(next, Date.now()));
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

  private joinStatusFrom(req: Party.Request): StatusEvent | null {
    const header = req.headers.get(JOIN_STATUS_HEADER);
    if (!header) return null;
    try {
      const parsed = AppToRoomEventSchema.safeParse(JSON.parse(decodeURIComponent(header)));
      return parsed.success && parsed.data.type === "interview_status" ? parsed.data : null;
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
