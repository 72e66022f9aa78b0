import WebSocket from "ws";
import { randomUUID } from "node:crypto";
import { signRoomToken, type RoomClaims } from "@/lib/room/token";
import { roomName, ServerEventSchema, type ServerEvent } from "@/lib/room/events";

/** Real WebSocket clients for the room suites: every message is parsed with the real schema. */

export const wsUrl = (httpUrl: string, room: string, token?: string) =>
  `${httpUrl.replace(/^http/, "ws")}/parties/main/${room}${token === undefined ? "" : `?token=${encodeURIComponent(token)}`}`;

export const newInterviewId = () => randomUUID();

export async function tokenFor(
  secret: string,
  interviewId: string,
  user: { id: string; name?: string; role?: RoomClaims["role"] },
  ttlSeconds?: number,
): Promise<string> {
  return signRoomToken(
    { sub: user.id, room: roomName(interviewId), role: user.role ?? "candidate", name: user.name ?? user.id },
    secret,
    ttlSeconds,
  );
}

type Pred = (e: ServerEvent) => boolean;

export class RoomClient {
  /** Every event received, in order. */
  readonly received: ServerEvent[] = [];
  private taken = new Set<number>();
  private listeners = new Set<() => void>();
  private closed = false;
  private syncCursor = 0;

  private constructor(readonly ws: WebSocket) {
    ws.on("message", (data, isBinary) => {
      if (isBinary) throw new Error("room sent a binary frame");
      // A message that does not match the contract fails the test loudly.
      this.received.push(ServerEventSchema.parse(JSON.parse(data.toString())));
      for (const l of this.listeners) l();
    });
    ws.on("close", () => {
      this.closed = true;
      for (const l of this.listeners) l();
    });
  }

  /** Opens a connection; rejects with the HTTP status and body when the room refuses it. */
  static open(url: string): Promise<RoomClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      // Attach the collector before "open" so nothing sent during onConnect is missed.
      const client = new RoomClient(ws);
      ws.once("open", () => resolve(client));
      ws.once("error", reject);
      ws.once("unexpected-response", (_req, res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => reject(new Refused(res.statusCode ?? 0, body)));
      });
    });
  }

  /** Opens and waits for the room's `connected` greeting. */
  static async join(url: string): Promise<RoomClient> {
    const c = await RoomClient.open(url);
    await c.next("connected");
    return c;
  }

  send(event: unknown): void {
    this.ws.send(typeof event === "string" ? event : JSON.stringify(event));
  }

  /** The first not-yet-taken event matching a type or predicate; waits for it up to timeoutMs. */
  next<T extends ServerEvent["type"]>(match: T, timeoutMs?: number): Promise<Extract<ServerEvent, { type: T }>>;
  next(match: Pred, timeoutMs?: number): Promise<ServerEvent>;
  next(match: ServerEvent["type"] | Pred, timeoutMs = 5_000): Promise<ServerEvent> {
    const pred: Pred = typeof match === "string" ? (e) => e.type === match : match;
    return new Promise((resolve, reject) => {
      const check = () => {
        for (let i = 0; i < this.received.length; i++) {
          if (!this.taken.has(i) && pred(this.received[i])) {
            this.taken.add(i);
            done();
            resolve(this.received[i]);
            return;
          }
        }
        if (this.closed) {
          done();
          reject(new Error(`socket closed while waiting for ${String(match)}; got ${JSON.stringify(this.received)}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out waiting for ${String(match)}; got ${JSON.stringify(this.received)}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }

  /**
   * Round-trips a ping and returns what arrived since the previous sync, before the pong.
   * The room handles one connection's messages in order, so anything it was going to send
   * this client because of earlier actions has arrived by then: this proves absences.
   * Everything up to the pong counts as taken, so next() waits for newer events only.
   */
  async sync(): Promise<ServerEvent[]> {
    const t = Math.random() * 1e9;
    this.send({ type: "ping", t });
    await this.next((e) => e.type === "pong" && e.t === t);
    const end = this.received.findIndex((e) => e.type === "pong" && e.t === t);
    const slice = this.received.slice(this.syncCursor, end);
    // What sync returned is handled: later next() calls only see newer events.
    for (let i = 0; i <= end; i++) this.taken.add(i);
    this.syncCursor = end + 1;
    return slice;
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.ws.once("close", () => resolve());
      this.ws.close();
    });
  }
}

export class Refused extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`refused with HTTP ${status}: ${body}`);
  }
}

/** Expects the room to refuse the connection; returns the status and the error message. */
export async function refusal(url: string): Promise<{ status: number; message: string }> {
  try {
    const c = await RoomClient.open(url);
    await c.close();
  } catch (err) {
    if (err instanceof Refused) {
      const body = JSON.parse(err.body) as { error?: unknown };
      return { status: err.status, message: String(body.error) };
    }
    throw err;
  }
  throw new Error("the room accepted a connection it should have refused");
}

export async function postEvent(httpUrl: string, interviewId: string, body: unknown, secret: string | null) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (secret !== null) headers["x-room-secret"] = secret;
  const res = await fetch(`${httpUrl}/parties/main/${roomName(interviewId)}`, {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export async function snapshot(httpUrl: string, interviewId: string, secret: string) {
  const res = await fetch(`${httpUrl}/parties/main/${roomName(interviewId)}`, { headers: { "x-room-secret": secret } });
  return { status: res.status, body: (await res.json()) as { connections: number; presence: unknown[]; state: Record<string, ServerEvent> } };
}

export const codeResult = (executionId: string, passed: number): ServerEvent => ({
  type: "code_result",
  execution_id: executionId,
  kind: "run",
  status: passed === 3 ? "accepted" : "wrong_answer",
  output: `${passed}/3 passed`,
  error: null,
  tests_passed: passed,
  tests_total: 3,
  execution_time_ms: 42,
  results: [],
});
