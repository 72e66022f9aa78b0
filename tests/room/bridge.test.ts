import { afterAll, beforeAll, describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviews } from "@/db/schema";
import { resetEnvCache } from "@/lib/env";
import { queueIdle } from "@/lib/queue";
import type { ServerEvent } from "@/lib/room/events";
import { api, guest } from "../helpers/api";
import { useFreshDb } from "../helpers/db";
import { startApiServer, type ApiServer } from "../helpers/http-server";
import { startPartykit, type RunningPartykit } from "../helpers/partykit";
import { referenceSolution } from "../helpers/solutions";
import { RoomClient, refusal, tokenFor, wsUrl } from "./support";

/**
 * The room's two-way contract with the app: a real `partykit dev` forwards browser events to
 * the app's internal route on a real HTTP server in this process (real route handlers, PGlite),
 * and the app answers through the room. Real WebSocket clients on both ends.
 */

const SECRET = crypto.randomBytes(32).toString("hex");
const IDLE_SECONDS = 2;
const saved = { PARTYKIT_URL: process.env.PARTYKIT_URL, ROOM_SECRET: process.env.ROOM_SECRET };
let app: ApiServer;
let closeDb: () => Promise<void>;
const open: RoomClient[] = [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const isAiMessage = (e: ServerEvent) => e.type === "ai_message_complete" && e.role === "ai";

beforeAll(async () => {
  closeDb = await useFreshDb("pglite");
  app = await startApiServer();
  process.env.ROOM_SECRET = SECRET;
  resetEnvCache();
});
afterAll(async () => {
  await Promise.all(open.map((c) => c.close()));
  await queueIdle();
  await app?.close();
  await closeDb?.();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvCache();
});

/** A room server forwarding to this suite's app, which posts back to it. */
async function startRoomServer(vars: Record<string, string> = {}): Promise<RunningPartykit> {
  const pk = await startPartykit({ secret: SECRET, vars: { APP_URL: new URL(app.url).origin, ...vars } });
  process.env.PARTYKIT_URL = pk.url;
  resetEnvCache();
  return pk;
}

async function newInterview(): Promise<{ id: string; token: string }> {
  const { token } = await guest();
  const res = await api("POST", "/interviews", { token, body: { problem_id: 2, difficulty: "easy", language: "python" } });
  expect(res.status).toBe(201);
  return { id: res.body.interview_id, token };
}

/** Joins the way the browser does: a room token from GET /interviews/{id}/room. */
async function joinAsCandidate(id: string, token: string): Promise<RoomClient> {
  const info = await api("GET", `/interviews/${id}/room`, { token });
  expect(info.status).toBe(200);
  const c = await RoomClient.join(`${info.body.url}?token=${encodeURIComponent(info.body.token)}`);
  open.push(c);
  return c;
}

async function joinAsObserver(pk: RunningPartykit, id: string): Promise<RoomClient> {
  const token = await tokenFor(SECRET, id, { id: "recruiter", name: "Grace", role: "observer" });
  const c = await RoomClient.join(wsUrl(pk.url, `interview-${id}`, token));
  open.push(c);
  return c;
}

async function detail(id: string, token: string) {
  const res = await api("GET", `/interviews/${id}`, { token });
  expect(res.status).toBe(200);
  return res.body;
}

/** Moves the interview's start back so that `remainingSeconds` of its budget are left. */
async function leaveRemaining(id: string, remainingSeconds: number) {
  const db = await getDb();
  const [row] = await db.select().from(interviews).where(eq(interviews.id, id));
  const startedAt = new Date(Date.now() - (row.durationMinutes * 60 - remainingSeconds) * 1000);
  await db.update(interviews).set({ startedAt }).where(eq(interviews.id, id));
}

describe("the interviewer checks in on a quiet candidate", () => {
  let pk: RunningPartykit;
  beforeAll(async () => {
    pk = await startRoomServer({ IDLE_CHECKIN_SECONDS: String(IDLE_SECONDS) });
  });
  afterAll(async () => {
    await pk?.stop();
  });

  it("after the idle window, once per quiet stretch", async () => {
    const { id, token } = await newInterview();
    const c = await joinAsCandidate(id, token);
    const joinedAt = Date.now();
    const checkIn = await c.next(isAiMessage, 10_000);
    expect(Date.now() - joinedAt).toBeGreaterThanOrEqual(IDLE_SECONDS * 1000 - 200);
    expect(checkIn.type === "ai_message_complete" && checkIn.full_content).toMatch(/checking in|Still with me|How's it going/);
    // Kept like any interviewer message.
    const last = (await detail(id, token)).messages.at(-1);
    expect(checkIn).toMatchObject({ message_id: last.id, full_content: last.content });
    expect(last.role).toBe("ai");

    // Still quiet: no second check-in.
    await c.sync();
    await sleep(IDLE_SECONDS * 2_000 + 500);
    expect((await c.sync()).filter(isAiMessage)).toEqual([]);

    // Typing starts a new stretch, which may get its own.
    c.send({ type: "typing", isTyping: true });
    const typedAt = Date.now();
    await c.next(isAiMessage, 10_000);
    expect(Date.now() - typedAt).toBeGreaterThanOrEqual(IDLE_SECONDS * 1000 - 200);
  });

  it("waits while the candidate keeps editing code", async () => {
    const { id, token } = await newInterview();
    const c = await joinAsCandidate(id, token);
    for (let i = 0; i < 4; i++) {
      c.send({ type: "code_update", code: `def f():\n    return ${i}`, language: "python" });
      await sleep(IDLE_SECONDS * 500);
    }
    expect((await c.sync()).filter(isAiMessage)).toEqual([]);
    const lastEdit = Date.now() - IDLE_SECONDS * 500;
    await c.next(isAiMessage, 10_000);
    expect(Date.now() - lastEdit).toBeGreaterThanOrEqual(IDLE_SECONDS * 1000 - 200);
  });

  it("does not check in while the interview is paused", async () => {
    const { id, token } = await newInterview();
    const c = await joinAsCandidate(id, token);
    c.send({ type: "pause_interview" });
    await c.next((e) => e.type === "interview_status" && e.status === "paused");
    await sleep(IDLE_SECONDS * 2_000 + 500);
    expect((await c.sync()).filter(isAiMessage)).toEqual([]);
    expect((await detail(id, token)).messages).toHaveLength(1);
  });
});

describe("browser events through the room to the app", () => {
  let pk: RunningPartykit;
  beforeAll(async () => {
    pk = await startRoomServer();
  });
  afterAll(async () => {
    await pk?.stop();
  });

  it("request_hint gives the hints in order to everyone, counts them, and pushes the metrics", async () => {
    const { id, token } = await newInterview();
    const cand = await joinAsCandidate(id, token);
    const obs = await joinAsObserver(pk, id);
    const problem = (await api("GET", "/problems/2")).body;
    expect(problem.hints_available).toBe(3);

    cand.send({ type: "request_hint" });
    for (const c of [cand, obs]) {
      const hint = await c.next("interview_hint");
      expect(hint.difficulty_level).toBe("soft");
      expect(hint.hint.length).toBeGreaterThan(10);
    }
    cand.send({ type: "request_hint" });
    const second = await obs.next("interview_hint");
    expect(second.difficulty_level).toBe("medium");
    expect((await cand.next("interview_hint")).difficulty_level).toBe("medium");

    const body = await detail(id, token);
    expect(body.hints_used).toBe(2);
    // The hints stay in the chat, where the interviewer (and a reload) can see them.
    const hintMessages = body.messages.filter((m: { content_type: string }) => m.content_type === "hint");
    expect(hintMessages.map((m: { content: string }) => m.content)).toEqual([
      (cand.received.find((e) => e.type === "interview_hint") as { hint: string }).hint,
      second.hint,
    ]);
    const metrics = await obs.next((e) => e.type === "metrics_update" && e.ai_interaction_count === 3);
    expect(metrics).toMatchObject({ type: "metrics_update", code_attempts: 0 });
    expect((await api("GET", `/interviews/${id}/metrics`, { token })).body.ai_interaction_count).toBe(3);
  });

  it("pause_interview stops the clock and resume_interview restarts it, for everyone in the room", async () => {
    const { id, token } = await newInterview();
    const tab1 = await joinAsCandidate(id, token);
    const tab2 = await joinAsCandidate(id, token);
    // The join told the room the interview's clock.
    const joined = await tab1.next("interview_status");
    expect(joined.status).toBe("in_progress");
    expect(Date.parse(joined.deadline!)).toBeGreaterThan(Date.now() + 40 * 60_000);

    tab1.send({ type: "pause_interview", reason: "doorbell" });
    for (const c of [tab1, tab2]) {
      const paused = await c.next((e) => e.type === "interview_status" && e.status === "paused");
      expect(paused).toMatchObject({ deadline: null, paused_at: expect.any(String) });
      await c.next("metrics_update");
    }
    const atPause = (await detail(id, token)).elapsed_seconds;
    await sleep(2_100);
    expect((await detail(id, token)).elapsed_seconds).toBe(atPause);

    tab2.send({ type: "resume_interview" });
    for (const c of [tab1, tab2]) {
      const resumed = await c.next((e) => e.type === "interview_status" && e.status === "in_progress");
      expect(resumed).toMatchObject({ paused_at: null, elapsed_seconds: atPause });
      await c.next("metrics_update");
    }
    await sleep(1_200);
    const after = await detail(id, token);
    expect(after.status).toBe("in_progress");
    expect(after.elapsed_seconds).toBeGreaterThan(atPause);
    // The two seconds spent paused are not on the clock.
    expect(after.elapsed_seconds).toBeLessThan(atPause + 3);
  });

  it("code_execution runs the code and shows both clients the run, its result and the new metrics", async () => {
    const { id, token } = await newInterview();
    const cand = await joinAsCandidate(id, token);
    const obs = await joinAsObserver(pk, id);
    cand.send({ type: "code_execution", code: referenceSolution("valid-parentheses"), language: "python" });
    for (const c of [cand, obs]) {
      const started = await c.next("execution_started", 20_000);
      expect(started.kind).toBe("run");
      const result = await c.next("code_result", 30_000);
      expect(result.execution_id).toBe(started.execution_id);
      expect(result.tests_total).toBeGreaterThan(0);
      expect(result.tests_passed).toBe(result.tests_total);
      const metrics = await c.next("metrics_update", 10_000);
      expect(metrics).toMatchObject({ code_attempts: 1, test_passes: result.tests_total });
      // The first run moves the interview on to testing.
      expect(await c.next("stage_changed")).toEqual({ type: "stage_changed", stage: "test" });
    }
    await queueIdle();
    expect((await detail(id, token)).latest_run.tests_passed).toBeGreaterThan(0);
  });

  it("sync after a reconnect returns exactly the messages after the one named, with the status and latest run", async () => {
    const { id, token } = await newInterview();
    const first = await joinAsCandidate(id, token);
    const greeting = (await detail(id, token)).messages[0];
    await first.close();

    // While that client is away, two hints arrive in the chat.
    const other = await joinAsCandidate(id, token);
    other.send({ type: "request_hint" });
    await other.next("interview_hint");
    other.send({ type: "request_hint" });
    await other.next("interview_hint");
    const stored = (await detail(id, token)).messages;
    expect(stored).toHaveLength(3);

    const back = await joinAsCandidate(id, token);
    back.send({ type: "sync", last_message_id: greeting.id });
    const sync = await back.next("sync");
    expect(sync.messages).toEqual(stored.slice(1));
    expect(sync).toMatchObject({ status: "in_progress", stage: "discuss", latest_run: null });

    back.send({ type: "sync", last_message_id: stored[2].id });
    expect((await back.next("sync")).messages).toEqual([]);
    for (const last of [null, "not-a-message-of-this-interview"]) {
      back.send({ type: "sync", last_message_id: last });
      expect((await back.next("sync")).messages.map((m) => m.id)).toEqual(stored.map((m: { id: string }) => m.id));
    }
    // Only the one who asked gets the answer.
    expect((await other.sync()).filter((e) => e.type === "sync")).toEqual([]);
  });

  it("answers a malformed payload with an error that says what is wrong, and the socket stays open", async () => {
    const { id, token } = await newInterview();
    const c = await joinAsCandidate(id, token);
    c.send({ type: "code_execution", code: 42, language: "python" });
    expect((await c.next("error")).message).toMatch(/invalid code_execution message: code/);
    c.send({ type: "sync", last_message_id: 7 });
    expect((await c.next("error")).message).toMatch(/invalid sync message: last_message_id/);
    c.send({ type: "pause_interview", reason: "x".repeat(600) });
    expect((await c.next("error")).message).toMatch(/invalid pause_interview message: reason/);
    // The room passes on a refusal from the app the same way.
    c.send({ type: "code_execution", code: "print(1)", language: "cobol" });
    expect((await c.next("error")).message).toMatch(/invalid code_execution message: language/);
    c.send({ type: "ping", t: 99 });
    expect(await c.next("pong")).toEqual({ type: "pong", t: 99 });
    expect((await detail(id, token)).status).toBe("in_progress");
  });

  it("lets an observer sync but not pause, ask for hints or run code", async () => {
    const { id, token } = await newInterview();
    const cand = await joinAsCandidate(id, token);
    const obs = await joinAsObserver(pk, id);
    await cand.sync();
    obs.send({ type: "pause_interview", reason: "curious" });
    expect((await obs.next("error")).message).toMatch(/observers cannot pause the interview/);
    obs.send({ type: "request_hint" });
    expect((await obs.next("error")).message).toMatch(/observers cannot ask for hints/);
    obs.send({ type: "code_execution", code: "print(1)", language: "python" });
    expect((await obs.next("error")).message).toMatch(/observers cannot run code/);
    obs.send({ type: "sync", last_message_id: null });
    expect((await obs.next("sync")).messages).toHaveLength(1);

    const body = await detail(id, token);
    expect(body).toMatchObject({ status: "in_progress", hints_used: 0 });
    expect((await cand.sync()).filter((e) => e.type === "interview_status" || e.type === "interview_hint")).toEqual([]);
  });

  it("refuses another user's room token", async () => {
    const a = await newInterview();
    const b = await newInterview();
    // B cannot get a token for A's interview...
    expect((await api("GET", `/interviews/${a.id}/room`, { token: b.token })).status).toBe(404);
    // ...B's own token is for another room...
    const bInfo = (await api("GET", `/interviews/${b.id}/room`, { token: b.token })).body;
    const otherRoom = await refusal(wsUrl(pk.url, `interview-${a.id}`, bInfo.token));
    expect(otherRoom).toMatchObject({ status: 401, message: expect.stringMatching(/another room/) });
    // ...and a token for A's room that names B as the candidate is refused by the app.
    const bUserId = (await api("GET", "/auth/me", { token: b.token })).body.id;
    const forged = await tokenFor(SECRET, a.id, { id: bUserId, role: "candidate" });
    const refused = await refusal(wsUrl(pk.url, `interview-${a.id}`, forged));
    expect(refused.status).toBe(403);
    expect(refused.message).toMatch(/belongs to another user/);
  });

  it("warns once when five minutes are left, not while paused", async () => {
    const { id, token } = await newInterview();
    await leaveRemaining(id, 5 * 60 + 3);
    const c = await joinAsCandidate(id, token);
    const warning = await c.next(isAiMessage, 10_000);
    expect(warning.type === "ai_message_complete" && warning.full_content).toMatch(/Quick time check: we have about 5 minutes left\./);

    // A later join (which tells the room the deadline again) brings no second warning.
    await c.close();
    const again = await joinAsCandidate(id, token);
    await sleep(2_000);
    expect((await again.sync()).filter(isAiMessage)).toEqual([]);
    const warnings = (await detail(id, token)).messages.filter((m: { content: string }) => m.content.startsWith("Quick time check"));
    expect(warnings).toHaveLength(1);

    // Paused inside the last five minutes: no warning until the clock runs again.
    const paused = await newInterview();
    await leaveRemaining(paused.id, 5 * 60 - 10);
    expect((await api("PUT", `/interviews/${paused.id}`, { token: paused.token, body: { status: "paused" } })).status).toBe(200);
    const p = await joinAsCandidate(paused.id, paused.token);
    await sleep(2_000);
    expect((await p.sync()).filter(isAiMessage)).toEqual([]);
    p.send({ type: "resume_interview" });
    const late = await p.next(isAiMessage, 10_000);
    expect(late.type === "ai_message_complete" && late.full_content).toMatch(/about 5 minutes left/);
  });

  it("reports the connection's quality from the round trips the client measures", async () => {
    const { id, token } = await newInterview();
    const c = await joinAsCandidate(id, token);
    c.send({ type: "ping", t: 1, rtt_ms: 40 });
    expect(await c.next("connection_quality")).toEqual({ type: "connection_quality", latency_ms: 40, status: "good" });
    c.send({ type: "ping", t: 2, rtt_ms: 900 });
    // One slow round trip is not enough: the median of the last three is reported.
    expect(await c.next("connection_quality")).toEqual({ type: "connection_quality", latency_ms: 40, status: "good" });
    c.send({ type: "ping", t: 3, rtt_ms: 250 });
    expect(await c.next("connection_quality")).toEqual({ type: "connection_quality", latency_ms: 250, status: "fair" });
    c.send({ type: "ping", t: 4, rtt_ms: 800 });
    expect(await c.next("connection_quality")).toEqual({ type: "connection_quality", latency_ms: 800, status: "poor" });
    // A ping without a measurement (the first one) gets only its pong.
    await c.sync();
    c.send({ type: "ping", t: 5 });
    expect((await c.sync()).filter((e) => e.type === "connection_quality")).toEqual([]);
  });

  it("tells the sender the interview service is unavailable when the app is down, and keeps going", async () => {
    const { id, token } = await newInterview();
    const info = (await api("GET", `/interviews/${id}/room`, { token })).body;
    await app.close();
    // The verified token is enough to join while the app is away.
    const c = await RoomClient.join(`${info.url}?token=${encodeURIComponent(info.token)}`);
    open.push(c);
    c.send({ type: "request_hint" });
    expect((await c.next("error", 15_000)).message).toBe("the interview service is unavailable, try again");
    c.send({ type: "ping", t: 7 });
    expect(await c.next("pong")).toEqual({ type: "pong", t: 7 });
  });
});

describe("the app's internal room route", () => {
  const post = (body: unknown, secret: string | null = SECRET) =>
    api("POST", "/internal/room-events", { body, headers: secret === null ? {} : { "x-room-secret": secret } });

  it("answers only the room: 401 without the shared secret or with another one", async () => {
    const { id } = await newInterview();
    const join = { interview_id: id, user: { user_id: "someone", role: "observer" }, event: { type: "join" } };
    expect((await post(join, null)).status).toBe(401);
    const wrong = await post(join, crypto.randomBytes(32).toString("hex"));
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toMatch(/x-room-secret/);
    expect((await post(join)).status).toBe(200);
  });

  it("says what is wrong with a bad body, and checks the user again", async () => {
    const { id, token } = await newInterview();
    const bad = await post({ interview_id: id, user: null, event: { type: "launch" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/event/);
    const anonymous = await post({ interview_id: id, user: null, event: { type: "request_hint" } });
    expect(anonymous).toMatchObject({ status: 400, body: { error: "user: required for a request_hint event" } });
    const observer = await post({ interview_id: id, user: { user_id: "rec", role: "observer" }, event: { type: "pause_interview" } });
    expect(observer).toMatchObject({ status: 403, body: { error: "read-only: observers cannot pause the interview" } });
    const unknown = await post({ interview_id: crypto.randomUUID(), user: null, event: { type: "idle", idle_seconds: 5 } });
    expect(unknown.status).toBe(404);
    expect((await detail(id, token)).status).toBe("in_progress");
  });

  it("is not part of the public API document", async () => {
    const paths = Object.keys((await api("GET", "/openapi.json")).body.paths);
    expect(paths.some((p) => p.includes("internal"))).toBe(false);
  });
});
