import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { startPartykit, type RunningPartykit } from "../helpers/partykit";
import {
  RoomClient, codeResult, newInterviewId, postEvent, refusal, snapshot, tokenFor, wsUrl,
} from "./support";

/** The interview room on a real `partykit dev` (workerd), driven by real WebSocket clients. */

const SECRET = randomBytes(32).toString("hex");
let pk: RunningPartykit;
const open: RoomClient[] = [];

beforeAll(async () => {
  pk = await startPartykit({ secret: SECRET });
});
afterAll(async () => {
  await Promise.all(open.map((c) => c.close()));
  await pk?.stop();
});

async function join(interviewId: string, user: { id: string; name?: string; role?: "candidate" | "observer" }) {
  const c = await RoomClient.join(wsUrl(pk.url, `interview-${interviewId}`, await tokenFor(SECRET, interviewId, user)));
  open.push(c);
  return c;
}

describe("joining", () => {
  it("refuses a join without a token", async () => {
    const r = await refusal(wsUrl(pk.url, `interview-${newInterviewId()}`));
    expect(r.status).toBe(401);
    expect(r.message).toMatch(/missing room token/);
  });

  it("refuses a token issued for another interview's room", async () => {
    const token = await tokenFor(SECRET, newInterviewId(), { id: "u1" });
    const r = await refusal(wsUrl(pk.url, `interview-${newInterviewId()}`, token));
    expect(r.status).toBe(401);
    expect(r.message).toMatch(/another room/);
  });

  it("refuses an expired token", async () => {
    const id = newInterviewId();
    const token = await tokenFor(SECRET, id, { id: "u1" }, -5);
    const r = await refusal(wsUrl(pk.url, `interview-${id}`, token));
    expect(r.status).toBe(401);
    expect(r.message).toMatch(/exp/);
  });

  it("refuses a token signed with another secret", async () => {
    const id = newInterviewId();
    const token = await tokenFor(randomBytes(32).toString("hex"), id, { id: "u1" });
    const r = await refusal(wsUrl(pk.url, `interview-${id}`, token));
    expect(r.status).toBe(401);
    expect(r.message).toMatch(/signature/);
  });

  it("refuses garbage in place of a token, and rooms that are not interviews", async () => {
    const id = newInterviewId();
    expect((await refusal(wsUrl(pk.url, `interview-${id}`, "not-a-jwt"))).status).toBe(401);
    const token = await tokenFor(SECRET, id, { id: "u1" });
    expect((await refusal(wsUrl(pk.url, "lobby", token))).status).toBe(404);
  });

  it("greets a joining client with `connected`", async () => {
    const id = newInterviewId();
    const before = Date.now();
    const c = await RoomClient.open(wsUrl(pk.url, `interview-${id}`, await tokenFor(SECRET, id, { id: "cand-1" })));
    open.push(c);
    const hello = await c.next("connected");
    expect(hello).toMatchObject({ interview_id: id, user_id: "cand-1" });
    expect(Date.parse(hello.timestamp)).toBeGreaterThanOrEqual(before - 1000);
    // It is the first thing the room says.
    expect(c.received[0].type).toBe("connected");
  });

  it("tells everyone who is present, with roles, on join and on leave", async () => {
    const id = newInterviewId();
    const cand = await join(id, { id: "cand", name: "Ada", role: "candidate" });
    expect((await cand.next("presence")).users).toEqual([{ user_id: "cand", name: "Ada", role: "candidate" }]);

    const obs = await join(id, { id: "rec", name: "Grace Hopper", role: "observer" });
    const both = [
      { user_id: "cand", name: "Ada", role: "candidate" },
      { user_id: "rec", name: "Grace Hopper", role: "observer" },
    ];
    expect((await cand.next("presence")).users).toEqual(both);
    expect((await obs.next("presence")).users).toEqual(both);

    await obs.close();
    expect((await cand.next("presence")).users).toEqual([{ user_id: "cand", name: "Ada", role: "candidate" }]);
    const snap = await snapshot(pk.url, id, SECRET);
    expect(snap.body.connections).toBe(1);
  });

  it("answers a client's close at once (no 30 s hang in CLOSING)", async () => {
    const id = newInterviewId();
    const closeWith = async (code?: number, reason?: string) => {
      const c = await join(id, { id: "cand" });
      const started = Date.now();
      const closed = new Promise<{ code: number; ms: number }>((resolve) =>
        c.ws.once("close", (code) => resolve({ code, ms: Date.now() - started })),
      );
      if (code === undefined) c.ws.close();
      else c.ws.close(code, reason);
      return closed;
    };
    const withCode = await closeWith(1000, "bye");
    expect(withCode.code).toBe(1000);
    expect(withCode.ms).toBeLessThan(2_000);
    // A bare close() (status 1005, what browsers send by default) is answered too.
    const bare = await closeWith();
    expect(bare.code).toBe(1005);
    expect(bare.ms).toBeLessThan(2_000);
  });

  it("keeps a reconnected socket live when the stale one with the same _pk closes", async () => {
    // PartySocket sends the same _pk on every reconnect; the old socket may close after the new one joined.
    const id = newInterviewId();
    const token = await tokenFor(SECRET, id, { id: "cand", name: "Ada" });
    const url = `${wsUrl(pk.url, `interview-${id}`, token)}&_pk=same-client-id`;
    const stale = await RoomClient.join(url);
    const fresh = await RoomClient.join(url);
    open.push(fresh);
    await fresh.sync();
    await stale.close();
    expect((await postEvent(pk.url, id, { type: "stage_changed", stage: "code" }, SECRET)).body).toEqual({ ok: true, delivered: 1 });
    expect(await fresh.next("stage_changed")).toEqual({ type: "stage_changed", stage: "code" });
    const snap = (await snapshot(pk.url, id, SECRET)).body;
    expect(snap.connections).toBe(1);
    expect(snap.presence).toEqual([{ user_id: "cand", name: "Ada", role: "candidate" }]);
  });

  it("lists a user with two tabs once, until both are gone", async () => {
    const id = newInterviewId();
    const watcher = await join(id, { id: "rec", role: "observer" });
    const tab1 = await join(id, { id: "cand", name: "Zoë 🚀", role: "candidate" });
    const tab2 = await join(id, { id: "cand", name: "Zoë 🚀", role: "candidate" });
    await watcher.sync();
    const users = (p: { users: { user_id: string }[] }) => p.users.map((u) => u.user_id);
    const last = (await snapshot(pk.url, id, SECRET)).body;
    expect(last.connections).toBe(3);
    expect(last.presence).toEqual([
      { user_id: "rec", name: "rec", role: "observer" },
      { user_id: "cand", name: "Zoë 🚀", role: "candidate" },
    ]);
    await tab1.close();
    expect(users(await watcher.next("presence"))).toEqual(["rec", "cand"]);
    await tab2.close();
    expect(users(await watcher.next("presence"))).toEqual(["rec"]);
  });
});

describe("client messages", () => {
  it("relays typing to the others, not back to the sender", async () => {
    const id = newInterviewId();
    const a = await join(id, { id: "a" });
    const b = await join(id, { id: "b", role: "observer" });
    await a.sync();
    a.send({ type: "typing", isTyping: true });
    expect(await b.next("user_typing")).toEqual({ type: "user_typing", isTyping: true, user_id: "a" });
    expect((await a.sync()).filter((e) => e.type === "user_typing")).toEqual([]);
  });

  it("answers ping with pong carrying the same t", async () => {
    const c = await join(newInterviewId(), { id: "a" });
    c.send({ type: "ping", t: 12345.678 });
    expect(await c.next("pong")).toEqual({ type: "pong", t: 12345.678 });
  });

  it("syncs a candidate's code to the others and keeps it for late joiners", async () => {
    const id = newInterviewId();
    const cand = await join(id, { id: "cand" });
    const obs = await join(id, { id: "rec", role: "observer" });
    cand.send({ type: "code_update", code: "print(1)", language: "python" });
    cand.send({ type: "code_update", code: "print(2)", language: "python" });
    expect(await obs.next("code_sync")).toEqual({ type: "code_sync", code: "print(1)", language: "python", user_id: "cand" });
    expect((await obs.next("code_sync")).code).toBe("print(2)");
    expect((await cand.sync()).filter((e) => e.type === "code_sync")).toEqual([]);

    const late = await join(id, { id: "rec2", role: "observer" });
    const replay = (await late.sync()).filter((e) => e.type === "code_sync");
    expect(replay).toEqual([{ type: "code_sync", code: "print(2)", language: "python", user_id: "cand" }]);
    expect((await snapshot(pk.url, id, SECRET)).body.state.code).toMatchObject({ code: "print(2)" });
  });

  it("refuses code_update from an observer (read-only) and relays nothing", async () => {
    const id = newInterviewId();
    const cand = await join(id, { id: "cand" });
    const obs = await join(id, { id: "rec", role: "observer" });
    await cand.sync();
    obs.send({ type: "code_update", code: "evil()", language: "python" });
    expect((await obs.next("error")).message).toMatch(/read-only/);
    expect((await cand.sync()).filter((e) => e.type === "code_sync")).toEqual([]);
    expect((await snapshot(pk.url, id, SECRET)).body.state.code).toBeUndefined();
  });

  it("answers malformed JSON with an error and keeps the connection usable", async () => {
    const c = await join(newInterviewId(), { id: "a" });
    c.send("{not json");
    expect((await c.next("error")).message).toMatch(/invalid JSON/);
    c.send({ type: "ping", t: 1 });
    expect(await c.next("pong")).toEqual({ type: "pong", t: 1 });
  });

  it("names an unknown type and a bad field", async () => {
    const c = await join(newInterviewId(), { id: "a" });
    c.send({ type: "launch_missiles" });
    expect((await c.next("error")).message).toMatch(/unknown message type "launch_missiles"/);
    c.send({ type: "typing", isTyping: "yes" });
    expect((await c.next("error")).message).toMatch(/invalid typing message: isTyping/);
    c.send([1, 2, 3]);
    expect((await c.next("error")).message).toMatch(/JSON object with a string "type"/);
    c.send({ type: "code_update", code: "x", language: "a-language-name-that-is-far-too-long" });
    expect((await c.next("error")).message).toMatch(/language/);
  });

  it("refuses an oversize message with an error and stays usable", async () => {
    const id = newInterviewId();
    const cand = await join(id, { id: "cand" });
    const obs = await join(id, { id: "rec", role: "observer" });
    await obs.sync();
    cand.send({ type: "code_update", code: "x".repeat(200 * 1024), language: "python" });
    expect((await cand.next("error")).message).toMatch(/too large: \d+ bytes \(max 131072\)/);
    // Multi-byte text counts in bytes: 50k × 3-byte chars is over 128 KB.
    cand.send(JSON.stringify({ type: "typing", isTyping: true, pad: "€".repeat(50_000) }));
    expect((await cand.next("error")).message).toMatch(/too large/);
    expect((await obs.sync()).filter((e) => e.type === "code_sync" || e.type === "user_typing")).toEqual([]);
    cand.send({ type: "ping", t: 2 });
    expect(await cand.next("pong")).toEqual({ type: "pong", t: 2 });
  });

  it("refuses binary frames with an error", async () => {
    const c = await join(newInterviewId(), { id: "a" });
    c.ws.send(Buffer.from([1, 2, 3]));
    expect((await c.next("error")).message).toMatch(/binary/);
  });
});

describe("app → room over HTTP", () => {
  it("broadcasts a posted code_result to every connection and replays the latest to later joiners", async () => {
    const id = newInterviewId();
    const cand = await join(id, { id: "cand" });
    const obs = await join(id, { id: "rec", role: "observer" });

    const first = await postEvent(pk.url, id, codeResult("exec-1", 1), SECRET);
    expect(first).toEqual({ status: 200, body: { ok: true, delivered: 2 } });
    expect(await cand.next("code_result")).toEqual(codeResult("exec-1", 1));
    expect(await obs.next("code_result")).toEqual(codeResult("exec-1", 1));
    expect((await postEvent(pk.url, id, codeResult("exec-2", 3), SECRET)).status).toBe(200);
    expect((await cand.next("code_result")).execution_id).toBe("exec-2");

    const late = await join(id, { id: "cand" });
    const replay = await late.sync();
    expect(replay.filter((e) => e.type === "code_result")).toEqual([codeResult("exec-2", 3)]);
  });

  it("keeps the stage and status for reconnecting clients, and relays other events without keeping them", async () => {
    const id = newInterviewId();
    for (const event of [
      { type: "stage_changed", stage: "discuss" },
      { type: "stage_changed", stage: "code" },
      { type: "interview_status", status: "paused", paused_at: "2025-01-01T00:00:00.000Z" },
      { type: "interview_hint", hint: "Think about a hash map.", difficulty_level: "soft" },
    ]) {
      expect((await postEvent(pk.url, id, event, SECRET)).status).toBe(200);
    }
    const c = await join(id, { id: "cand" });
    const replay = (await c.sync()).filter((e) => e.type !== "presence" && e.type !== "connected");
    expect(replay).toEqual([
      { type: "interview_status", status: "paused", paused_at: "2025-01-01T00:00:00.000Z" },
      { type: "stage_changed", stage: "code" },
    ]);
    const snap = await snapshot(pk.url, id, SECRET);
    expect(snap.body.state).toMatchObject({ stage: { stage: "code" }, status: { status: "paused" } });

    await postEvent(pk.url, id, { type: "ai_message_complete", message_id: "m1", full_content: "Hello" }, SECRET);
    // The schema's default fills in the role.
    expect(await c.next("ai_message_complete")).toEqual({ type: "ai_message_complete", message_id: "m1", full_content: "Hello", role: "ai" });
  });

  it("refuses a POST with a wrong or missing secret and broadcasts nothing", async () => {
    const id = newInterviewId();
    const c = await join(id, { id: "cand" });
    await c.sync();
    const wrong = await postEvent(pk.url, id, codeResult("exec-x", 3), SECRET.slice(0, -1) + (SECRET.endsWith("0") ? "1" : "0"));
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toMatch(/x-room-secret/);
    expect((await postEvent(pk.url, id, codeResult("exec-y", 3), null)).status).toBe(401);
    expect((await postEvent(pk.url, id, codeResult("exec-z", 3), "short")).status).toBe(401);
    expect((await c.sync()).filter((e) => e.type === "code_result")).toEqual([]);
    expect((await snapshot(pk.url, id, SECRET)).body.state.code_result).toBeUndefined();
  });

  it("answers an invalid body with 400 and a message saying what is wrong", async () => {
    const id = newInterviewId();
    const c = await join(id, { id: "cand" });
    await c.sync();
    const missing = await postEvent(pk.url, id, { type: "code_result", execution_id: "e" }, SECRET);
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatch(/invalid event: .*tests_passed/);
    const unknown = await postEvent(pk.url, id, { type: "self_destruct" }, SECRET);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatch(/invalid event/);
    const notJson = await postEvent(pk.url, id, "{oops", SECRET);
    expect(notJson.status).toBe(400);
    expect(notJson.body.error).toMatch(/invalid JSON/);
    expect((await c.sync()).filter((e) => e.type !== "pong")).toEqual([]);
  });

  it("keeps the caller's keep-alive connection usable after refusing a POST", async () => {
    // A refusal that left the body unread made workerd drop the pooled connection, so the
    // next request on it could fail with ECONNRESET (a race: hence many rounds).
    const id = newInterviewId();
    for (let i = 0; i < 100; i++) {
      expect((await postEvent(pk.url, id, codeResult(`e${i}`, 1), null)).status).toBe(401);
      expect((await snapshot(pk.url, id, SECRET)).status).toBe(200);
    }
  });

  it("refuses a body over 1 MB with 413, declared or streamed, and stays up", async () => {
    const id = newInterviewId();
    const huge = JSON.stringify({ ...codeResult("big", 1), output: "x".repeat(1_100_000) });
    const declared = await postEvent(pk.url, id, huge, SECRET);
    expect(declared.status).toBe(413);
    expect(declared.body.error).toMatch(/too large/);
    // Chunked, so there is no content-length to check up front.
    const enc = new TextEncoder().encode(huge);
    const stream = new ReadableStream<Uint8Array>({
      start(ctl) {
        for (let i = 0; i < enc.length; i += 64 * 1024) ctl.enqueue(enc.subarray(i, i + 64 * 1024));
        ctl.close();
      },
    });
    const streamed = await fetch(`${pk.url}/parties/main/interview-${id}`, {
      method: "POST",
      headers: { "x-room-secret": SECRET, "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await postEvent(pk.url, id, codeResult("small", 1), SECRET)).status).toBe(200);
  });

  it("serves a snapshot on GET with the secret, 401 without, 405 for other methods", async () => {
    const id = newInterviewId();
    await join(id, { id: "cand", name: "Ada" });
    const snap = await snapshot(pk.url, id, SECRET);
    expect(snap).toEqual({
      status: 200,
      body: { connections: 1, presence: [{ user_id: "cand", name: "Ada", role: "candidate" }], state: {} },
    });
    const url = `${pk.url}/parties/main/interview-${id}`;
    const anon = await fetch(url);
    expect(anon.status).toBe(401);
    const put = await fetch(url, { method: "PUT", headers: { "x-room-secret": SECRET }, body: "{}" });
    expect(put.status).toBe(405);
    expect(((await put.json()) as { error: string }).error).toMatch(/PUT not allowed/);
  });
});
