import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { queueIdle } from "@/lib/queue";
import type { ServerEvent } from "@/lib/room/events";
import { verifyRoomToken } from "@/lib/room/token";
import { guest, textFromUiStream } from "../helpers/api";
import { useFreshDb } from "../helpers/db";
import { startApiServer, type ApiServer } from "../helpers/http-server";
import { startPartykit, type RunningPartykit } from "../helpers/partykit";
import { referenceSolution } from "../helpers/solutions";
import { RoomClient, refusal } from "../room/support";
import { urlShortenerScene } from "../whiteboard/scenes";
import { api, inDays, memberOf, ownerWithTeam, register } from "./helpers";

/**
 * Live observation through the real room: a real `partykit dev` that asks this suite's app (real
 * route handlers on a real HTTP server, PGlite) who may join, real WebSocket clients for the
 * candidate and the recruiter. The recruiter's room token comes from GET /interviews/{id}/room.
 */

const SECRET = crypto.randomBytes(32).toString("hex");
const saved = { PARTYKIT_URL: process.env.PARTYKIT_URL, ROOM_SECRET: process.env.ROOM_SECRET };
const chat = (text: string) => ({ id: "chat", trigger: "submit-message", messages: [{ id: `m-${Math.random()}`, role: "user", parts: [{ type: "text", text }] }] });
const isPresence = (e: ServerEvent): e is Extract<ServerEvent, { type: "presence" }> => e.type === "presence";

let app: ApiServer;
let pk: RunningPartykit;
let closeDb: () => Promise<void>;
const open: RoomClient[] = [];

let owner: Awaited<ReturnType<typeof ownerWithTeam>>;
let member: Awaited<ReturnType<typeof memberOf>>;
let rival: Awaited<ReturnType<typeof ownerWithTeam>>;

beforeAll(async () => {
  closeDb = await useFreshDb("pglite");
  app = await startApiServer();
  process.env.ROOM_SECRET = SECRET;
  pk = await startPartykit({ secret: SECRET, vars: { APP_URL: new URL(app.url).origin } });
  process.env.PARTYKIT_URL = pk.url;
  resetEnvCache();
  owner = await ownerWithTeam("Olivia", "Acme Hiring");
  member = await memberOf(owner, "Mia");
  rival = await ownerWithTeam("Rex");
}, 120_000);
afterAll(async () => {
  await Promise.all(open.map((c) => c.close()));
  await queueIdle();
  await pk?.stop();
  await app?.close();
  await closeDb?.();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvCache();
});

async function linkInterview(body: Record<string, unknown>): Promise<{ id: string; token: string }> {
  const link = await api("POST", "/links", { token: member.token, body: { expires_at: inDays(2), ...body } });
  expect(link.status).toBe(201);
  const start = await api("POST", `/links/${link.body.token}/start`, { body: {} });
  expect(start.status).toBe(201);
  return { id: start.body.interview_id, token: start.body.access_token };
}

/** Joins the way the browser does: GET /interviews/{id}/room, then the room with its token. */
async function join(id: string, token: string): Promise<{ client: RoomClient; role: string }> {
  const info = await api("GET", `/interviews/${id}/room`, { token });
  expect(info.status).toBe(200);
  const claims = await verifyRoomToken(info.body.token, SECRET, info.body.room);
  const client = await RoomClient.join(`${info.body.url}?token=${encodeURIComponent(info.body.token)}`);
  open.push(client);
  return { client, role: claims.role };
}

describe("a recruiter watching a link's interview live", () => {
  it("joins as a read-only observer, and the candidate is told a reviewer is watching", async () => {
    const cand = await linkInterview({ problem_id: 1, languages: ["python"], duration_minutes: 30 });
    const candidate = await join(cand.id, cand.token);
    expect(candidate.role).toBe("candidate");
    const recruiter = await join(cand.id, member.token);
    expect(recruiter.role).toBe("observer");

    const watched = await candidate.client.next((e) => isPresence(e) && e.users.some((u) => u.role === "observer"));
    expect(isPresence(watched) && watched.users).toEqual(
      expect.arrayContaining([expect.objectContaining({ role: "candidate" }), expect.objectContaining({ role: "observer", name: "Mia" })]),
    );
    // The observer starts from where the interview stands: its status, deadline and 30-minute budget.
    const status = await recruiter.client.next("interview_status");
    expect(status).toMatchObject({ status: "in_progress", duration_minutes: 30 });
    expect(Date.parse(status.deadline!)).toBeGreaterThan(Date.now());

    // The observer leaving is said too.
    await recruiter.client.close();
    const alone = await candidate.client.next((e) => isPresence(e) && e.users.every((u) => u.role !== "observer"));
    expect(isPresence(alone) && alone.users.map((u) => u.role)).toEqual(["candidate"]);

    const audit = await api("GET", "/audit", { token: owner.token });
    expect(audit.body.entries[0]).toMatchObject({ action: "interview.observe", actor: { name: "Mia" }, target: { type: "interview", id: cand.id } });
  });

  it("sees the code as it is typed, the chat, the runs and their results, and the stage", async () => {
    const cand = await linkInterview({ problem_id: 1, languages: ["python"] });
    const candidate = (await join(cand.id, cand.token)).client;
    const observer = (await join(cand.id, owner.token)).client;
    await candidate.next((e) => isPresence(e) && e.users.length === 2);

    candidate.send({ type: "code_update", code: "class Solution:\n    def twoSum(", language: "python" });
    expect(await observer.next("code_sync")).toMatchObject({ code: "class Solution:\n    def twoSum(", language: "python" });

    const said = "I'll keep a hash map from value to index, so one pass: O(n) time.";
    const answer = await api("POST", `/interviews/${cand.id}/chat`, { token: cand.token, body: chat(said) });
    expect(answer.status).toBe(200);
    const echo = await observer.next((e) => e.type === "ai_message_complete" && e.role === "user", 10_000);
    expect(echo).toMatchObject({ full_content: said });
    const reply = await observer.next((e) => e.type === "ai_message_complete" && e.role === "ai", 10_000);
    expect(reply).toMatchObject({ full_content: textFromUiStream(answer.text) });

    const code = referenceSolution("two-sum");
    const run = await api("POST", `/interviews/${cand.id}/code/execute`, { token: cand.token, body: { code, language: "python" } });
    expect(run.status).toBe(202);
    expect(await observer.next("execution_started", 20_000)).toMatchObject({ execution_id: run.body.execution_id, kind: "run" });
    const result = await observer.next("code_result", 60_000);
    expect(result).toMatchObject({ execution_id: run.body.execution_id, kind: "run" });
    expect(result.tests_total).toBeGreaterThan(0);
    expect(result.tests_passed).toBe(result.tests_total);

    const moved = await api("PUT", `/interviews/${cand.id}`, { token: cand.token, body: { stage: "test" } });
    expect(moved.status).toBe(200);
    expect(await observer.next((e) => e.type === "stage_changed" && e.stage === "test", 10_000)).toBeTruthy();

    // A recruiter joining late gets the latest code and result from the room, and the transcript through sync.
    const late = (await join(cand.id, member.token)).client;
    expect((await late.next("code_result")).execution_id).toBe(run.body.execution_id);
    expect((await late.next("code_sync")).code).toContain("twoSum(");
    late.send({ type: "sync", last_message_id: null });
    const synced = await late.next("sync", 10_000);
    expect(synced.messages.some((m) => m.role === "user" && m.content === said)).toBe(true);
    expect(synced).toMatchObject({ status: "in_progress", stage: "test" });
    expect(synced.latest_run?.execution_id).toBe(run.body.execution_id);
    await queueIdle();
  }, 120_000);

  it("is read-only: an observer cannot type, run, pause or ask for hints, and the candidate sees none of it", async () => {
    const cand = await linkInterview({ problem_id: 1, languages: ["python"] });
    const candidate = (await join(cand.id, cand.token)).client;
    const observer = (await join(cand.id, member.token)).client;
    await candidate.next((e) => isPresence(e) && e.users.length === 2);
    await candidate.sync();

    observer.send({ type: "code_update", code: "print('hijack')", language: "python" });
    expect((await observer.next("error")).message).toMatch(/observers cannot edit the code/);
    observer.send({ type: "code_execution", code: "print(1)", language: "python" });
    expect((await observer.next("error")).message).toMatch(/observers cannot run code/);
    observer.send({ type: "pause_interview" });
    expect((await observer.next("error")).message).toMatch(/observers cannot pause/);
    observer.send({ type: "request_hint" });
    expect((await observer.next("error")).message).toMatch(/observers cannot ask for hints/);

    const seen = await candidate.sync();
    expect(seen.filter((e) => e.type !== "connection_quality")).toEqual([]);
    const detail = await api("GET", `/interviews/${cand.id}`, { token: cand.token });
    expect(detail.body).toMatchObject({ status: "in_progress", hints_used: 0 });
    expect(detail.body.code_by_language.python ?? "").not.toContain("hijack");
  });

  it("shows the whiteboard saves of a system-design link", async () => {
    const cand = await linkInterview({ problem_id: 46, duration_minutes: 60 });
    const observer = (await join(cand.id, owner.token)).client;
    const saveRes = await api("PUT", `/interviews/${cand.id}/whiteboard`, { token: cand.token, body: { elements: urlShortenerScene() } });
    expect(saveRes.status).toBe(200);
    const saved = await observer.next("whiteboard_saved", 10_000);
    expect(saved.snapshot_id).toBe(saveRes.body.snapshot_id);
    expect(saved.components).toBeGreaterThan(0);
    // The scene itself is read through the read-only whiteboard route.
    const board = await api("GET", `/interviews/${cand.id}/whiteboard`, { token: owner.token });
    expect(board.status).toBe(200);
    expect(board.body.snapshot_id ?? board.body.id).toBeDefined();
  });

  it("gives no room to another team, another candidate, or anyone for a practice interview", async () => {
    const cand = await linkInterview({ problem_id: 1, languages: ["python"] });
    const other = await linkInterview({ problem_id: 1, languages: ["python"] });
    for (const outsider of [rival.token, other.token, (await guest()).token, (await register("Nobody")).token]) {
      expect((await api("GET", `/interviews/${cand.id}/room`, { token: outsider })).status).toBe(404);
    }
    expect((await api("GET", `/interviews/${cand.id}/room`)).status).toBe(401);
    // The link's own guest practising on their own: private, even from the link's team.
    const practice = await api("POST", "/interviews", { token: cand.token, body: { problem_id: 1, difficulty: "easy", language: "python" } });
    expect(practice.status).toBe(201);
    for (const recruiter of [owner, member]) {
      expect((await api("GET", `/interviews/${practice.body.interview_id}/room`, { token: recruiter.token })).status).toBe(404);
    }
    // A candidate's own token never lets them into another candidate's room.
    const mine = await api("GET", `/interviews/${other.id}/room`, { token: other.token });
    const wrongRoom = mine.body.url.replace(other.id, cand.id);
    expect((await refusal(`${wrongRoom}?token=${encodeURIComponent(mine.body.token)}`)).status).toBe(401);
  });
});
