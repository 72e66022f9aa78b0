import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { whiteboardSnapshots } from "@/db/schema";
import { resetEnvCache } from "@/lib/env";
import { getSystemDesignProblem } from "@/lib/problems";
import { queueIdle } from "@/lib/queue";
import { api, guest, textFromUiStream } from "../helpers/api";
import { availableDbKinds, useFreshDb } from "../helpers/db";
import { startPartykit, type RunningPartykit } from "../helpers/partykit";
import { RoomClient } from "../room/support";
import { arrow, box, elementsOf, urlShortenerScene } from "../whiteboard/scenes";

const URLS = getSystemDesignProblem(46);
if (!URLS || URLS.slug !== "url-shortener") throw new Error("problem 46 is not the URL shortener");
const URL_SHORTENER = URLS;

/** The load balancer and the app servers only: half of the required components. */
function firstSketch() {
  const lb = box("lb", "LB", 0, 0);
  const app = box("app", "App servers", 300, 0);
  return { elements: elementsOf(lb, app, arrow("a", lb, app)), appState: { viewBackgroundColor: "#ffffff", zoom: { value: 1 } }, files: {} };
}

function answerKey() {
  return [
    ...URL_SHORTENER.components.map((c) => c.role),
    ...URL_SHORTENER.connections.map((c) => c.why),
    ...URL_SHORTENER.followUps,
    ...URL_SHORTENER.hints.map((h) => h.text),
    ...URL_SHORTENER.pitfalls,
    ...URL_SHORTENER.deepDives,
  ];
}

/** The interviewer's comments on the diagram: feedback messages (a fresh design interview has no other). */
async function diagramComments(id: string, token: string): Promise<string[]> {
  const detail = await api("GET", `/interviews/${id}`, { token });
  return detail.body.messages
    .filter((m: { role: string; content_type: string }) => m.role === "ai" && m.content_type === "feedback")
    .map((m: { content: string }) => m.content);
}

async function firstDiagramComment(id: string, token: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const [comment] = await diagramComments(id, token);
    if (comment) return comment;
    if (Date.now() > deadline) throw new Error("no comment on the diagram within 20 s");
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function startDesignInterview(token: string) {
  const created = await api("POST", "/interviews", { token, body: { problem_id: URL_SHORTENER.id, difficulty: URL_SHORTENER.difficulty } });
  expect(created.status).toBe(201);
  return created;
}

const kinds = await availableDbKinds();

describe.each(kinds)("system-design interviews and the whiteboard on %s", (kind) => {
  let close: () => Promise<void>;
  beforeAll(async () => {
    close = await useFreshDb(kind);
  });
  afterAll(async () => {
    await queueIdle();
    await close();
  });

  it("starts without a language, at the requirements stage, with the brief and not the answer key", async () => {
    const { token } = await guest();
    const created = await startDesignInterview(token);
    expect(created.body).toMatchObject({ kind: "system_design", stage: "requirements", status: "in_progress", starter_code: "" });
    expect(created.body.problem.brief).toBe(URL_SHORTENER.brief);

    const id = created.body.interview_id;
    const detail = await api("GET", `/interviews/${id}`, { token });
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      kind: "system_design",
      problem_id: 46,
      problem_title: "Design a URL Shortener",
      language: null,
      stage: "requirements",
      whiteboard: null,
    });
    expect(detail.body.problem.scale).toHaveLength(URL_SHORTENER.scale.length);
    const [greeting] = detail.body.messages;
    expect(greeting.role).toBe("ai");
    expect(greeting.content).toContain("Design a URL Shortener");
    expect(greeting.content).toMatch(/requirements/i);
    const text = created.text + detail.text;
    expect(answerKey().filter((secret) => text.includes(secret))).toEqual([]);

    const coding = await api("POST", "/interviews", { token, body: { problem_id: 1, difficulty: "easy", language: "python" } });
    const list = await api("GET", "/interviews", { token });
    expect(list.body.interviews.map((i: Record<string, unknown>) => [i.kind, i.problem_title, i.language])).toEqual([
      ["coding", "Two Sum", "python"],
      ["system_design", "Design a URL Shortener", null],
    ]);
    const codingDetail = await api("GET", `/interviews/${coding.body.interview_id}`, { token });
    expect(codingDetail.body).toMatchObject({ kind: "coding", problem_title: "Two Sum", stage: "discuss", language: "python" });
  });

  it("still needs a language and the right difficulty where they apply", async () => {
    const { token } = await guest();
    const noLanguage = await api("POST", "/interviews", { token, body: { problem_id: 1, difficulty: "easy" } });
    expect(noLanguage.status).toBe(400);
    expect(noLanguage.body.error).toMatch(/^language: required for a coding problem/);
    const wrongDifficulty = await api("POST", "/interviews", { token, body: { problem_id: 46, difficulty: "hard" } });
    expect(wrongDifficulty.status).toBe(400);
    expect(wrongDifficulty.body.error).toContain('problem 46 ("Design a URL Shortener") is medium, not hard');
  });

  it("keeps every save, loads the newest, and lets the diagram move the interview on", async () => {
    const { token } = await guest();
    const id = (await startDesignInterview(token)).body.interview_id;

    const empty = await api("GET", `/interviews/${id}/whiteboard`, { token });
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({
      snapshot_id: null,
      saved_at: null,
      snapshot_count: 0,
      scene: { elements: [], appState: {}, files: {} },
      graph: { components: [], connections: [], unlabelled_shapes: 0, dangling_connections: 0 },
    });

    const first = await api("PUT", `/interviews/${id}/whiteboard`, { token, body: firstSketch() });
    expect(first.status).toBe(200);
    expect(first.body.graph.components.map((c: { label: string }) => c.label)).toEqual(["LB", "App servers"]);
    expect(first.body.graph.connections).toEqual([{ id: "a", from: "lb", to: "app", label: null, directed: true }]);
    expect(first.body.stage).toBe("high_level_design");

    const full = { elements: urlShortenerScene({ replica: true }), appState: { viewBackgroundColor: "#fafafa" }, files: {} };
    const second = await api("PUT", `/interviews/${id}/whiteboard`, { token, body: full });
    expect(second.status).toBe(200);
    expect(second.body.snapshot_id).not.toBe(first.body.snapshot_id);
    expect(second.body.stage).toBe("deep_dive");
    expect(answerKey().filter((secret) => first.text.includes(secret) || second.text.includes(secret))).toEqual([]);

    const loaded = await api("GET", `/interviews/${id}/whiteboard`, { token });
    expect(loaded.body.snapshot_id).toBe(second.body.snapshot_id);
    expect(loaded.body.snapshot_count).toBe(2);
    // The scene comes back as saved, Excalidraw's own fields included.
    expect(loaded.body.scene).toEqual(full);
    expect(loaded.body.graph.components).toHaveLength(6);

    const db = await getDb();
    const rows = await db.select().from(whiteboardSnapshots).where(eq(whiteboardSnapshots.interviewId, id));
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => (r.graph as { components: unknown[] }).components.length).sort()).toEqual([2, 6]);

    const detail = await api("GET", `/interviews/${id}`, { token });
    expect(detail.body.stage).toBe("deep_dive");
    expect(detail.body.whiteboard).toMatchObject({ snapshot_id: second.body.snapshot_id, snapshot_count: 2 });
  });

  it("refuses a malformed or oversized scene with a message that says what to fix", async () => {
    const { token } = await guest();
    const id = (await startDesignInterview(token)).body.interview_id;
    const put = (body: unknown, rawBody?: string) => api("PUT", `/interviews/${id}/whiteboard`, { token, body, rawBody });

    const noElements = await put({ appState: {} });
    expect(noElements.status).toBe(400);
    expect(noElements.body.error).toMatch(/^elements: must be an array of Excalidraw elements/);
    const noId = await put({ elements: [{ type: "rectangle", x: 0, y: 0 }] });
    expect(noId.status).toBe(400);
    expect(noId.body.error).toMatch(/^elements\.0\.id: /);
    const badPoint = await put({ elements: [{ id: "a", type: "arrow", x: 0, y: 0, points: [[0, "far"]] }] });
    expect(badPoint.status).toBe(400);
    expect(badPoint.body.error).toMatch(/^elements\.0\.points\.0\.1: /);
    expect((await put(undefined, "{not json")).status).toBe(400);

    const tooMany = await put({ elements: Array.from({ length: 5_001 }, (_, i) => ({ id: `e${i}`, type: "rectangle" })) });
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.error).toBe("elements: the scene has 5,001 elements; a whiteboard holds at most 5,000");

    const picture = `data:image/png;base64,${"A".repeat(2 * 1024 * 1024)}`;
    const tooBig = await put({ elements: [], files: { f1: { id: "f1", mimeType: "image/png", dataURL: picture, created: 1 } } });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error).toBe("Request body is larger than 2 MB");

    // Nothing was stored by the refused saves.
    expect((await api("GET", `/interviews/${id}/whiteboard`, { token })).body.snapshot_count).toBe(0);
  });

  it("belongs to the interview's owner alone", async () => {
    const owner = await guest();
    const other = await guest();
    const id = (await startDesignInterview(owner.token)).body.interview_id;
    const path = `/interviews/${id}/whiteboard`;
    expect((await api("GET", path)).status).toBe(401);
    expect((await api("PUT", path, { body: firstSketch() })).status).toBe(401);
    expect((await api("GET", path, { token: other.token })).status).toBe(404);
    const stranger = await api("PUT", path, { token: other.token, body: firstSketch() });
    expect(stranger.status).toBe(404);
    expect(stranger.body.error).toBe("Interview not found");
    expect((await api("GET", `/interviews/${crypto.randomUUID()}/whiteboard`, { token: owner.token })).status).toBe(404);
    expect((await api("GET", "/interviews/not-an-id/whiteboard", { token: owner.token })).status).toBe(404);
    expect((await api("GET", path, { token: owner.token })).body.snapshot_count).toBe(0);
  });

  it("has no code to run, submit or save, and a coding interview has no whiteboard", async () => {
    const { token } = await guest();
    const id = (await startDesignInterview(token)).body.interview_id;
    const code = { code: "print(1)", language: "python" };
    const run = await api("POST", `/interviews/${id}/code/execute`, { token, body: code });
    expect(run.status).toBe(409);
    expect(run.body.error).toMatch(/system-design interview: there is no code to run or submit/);
    const submit = await api("POST", `/interviews/${id}/code/submit`, { token, body: code });
    expect(submit.status).toBe(409);
    expect(submit.body.error).toMatch(/system-design interview/);
    const save = await api("PUT", `/interviews/${id}`, { token, body: { code } });
    expect(save.status).toBe(409);
    expect(save.body.error).toMatch(/no code or language; draw the design on the whiteboard/);

    const coding = await api("POST", "/interviews", { token, body: { problem_id: 1, difficulty: "easy", language: "python" } });
    const board = await api("PUT", `/interviews/${coding.body.interview_id}/whiteboard`, { token, body: firstSketch() });
    expect(board.status).toBe(409);
    expect(board.body.error).toMatch(/coding interview; only system-design interviews have a whiteboard/);
    expect((await api("GET", `/interviews/${coding.body.interview_id}/whiteboard`, { token })).status).toBe(409);
  });

  it("the interviewer comments on a saved diagram in the chat, at most once in a while", async () => {
    const { token } = await guest();
    const id = (await startDesignInterview(token)).body.interview_id;
    const saved = Date.now();
    await api("PUT", `/interviews/${id}/whiteboard`, { token, body: firstSketch() });
    const comment = await firstDiagramComment(id, token);
    const commentTook = Date.now() - saved;
    expect(comment).toContain('"LB"');
    expect(answerKey().filter((secret) => comment.includes(secret))).toEqual([]);
    // Another save right away (the editor autosaves while drawing) does not start another comment:
    // wait well past the time the first one took, so a second would have arrived by now.
    await api("PUT", `/interviews/${id}/whiteboard`, { token, body: { elements: urlShortenerScene() } });
    await new Promise((r) => setTimeout(r, Math.max(1500, 3 * commentTook)));
    expect(await diagramComments(id, token)).toHaveLength(1);
  });

  it("talks about the diagram in the chat, and ends with a report scored from it", async () => {
    const { token } = await guest();
    const id = (await startDesignInterview(token)).body.interview_id;
    await api("PUT", `/interviews/${id}/whiteboard`, { token, body: firstSketch() });
    const comment = await firstDiagramComment(id, token);
    const chat = await api("POST", `/interviews/${id}/chat`, {
      token,
      body: { id: "c", messages: [{ id: "u1", role: "user", parts: [{ type: "text", text: "What do you think of my diagram so far?" }] }] },
    });
    expect(chat.status).toBe(200);
    // The comment after the save and the answer in the chat (which does not repeat it) between them
    // raise two gaps (a cache and the database), as questions without naming either.
    const reply = `${comment}\n${textFromUiStream(chat.text)}`;
    expect(reply).toContain('"LB"');
    expect(reply).toMatch(/reads/);
    expect(reply).toMatch(/survives a restart|live durably/);
    expect(reply).not.toMatch(/\bcache\b/i);

    const ended = await api("PUT", `/interviews/${id}`, { token, body: { status: "completed" } });
    expect(ended.status).toBe(200);
    expect(ended.body.kind).toBe("system_design");
    expect(ended.body.stage).toBe("wrap_up");
    expect(ended.body.report.summary).toContain("Design a URL Shortener");
    expect(ended.body.report.improvements.join(" ")).toContain("Cache, URL Database");
    expect(ended.body.report.score).toBeGreaterThan(0);
    expect(ended.body.report.score).toBeLessThan(60);
    const wrap = ended.body.messages.findLast((m: { content: string }) => m.content.includes("Your full report is ready"));
    expect(wrap.content_type).toBe("feedback");

    const late = await api("PUT", `/interviews/${id}/whiteboard`, { token, body: firstSketch() });
    expect(late.status).toBe(409);
    expect(late.body.error).toMatch(/has ended/);
    expect((await api("GET", `/interviews/${id}/whiteboard`, { token })).body.snapshot_count).toBe(1);
  });
});

describe("whiteboard saves reach the interview room", () => {
  const secret = crypto.randomBytes(32).toString("hex");
  let room: RunningPartykit;
  let closeDb: () => Promise<void>;
  const saved = { PARTYKIT_URL: process.env.PARTYKIT_URL, ROOM_SECRET: process.env.ROOM_SECRET };

  beforeAll(async () => {
    room = await startPartykit({ secret });
    process.env.PARTYKIT_URL = room.url;
    process.env.ROOM_SECRET = secret;
    resetEnvCache();
    closeDb = await useFreshDb("pglite");
  });
  afterAll(async () => {
    await queueIdle();
    await closeDb?.();
    await room?.stop();
    Object.assign(process.env, saved);
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    resetEnvCache();
  });

  it("posts whiteboard_saved with the snapshot and its size, and the stage it moved to", async () => {
    const { token } = await guest();
    const id = (await startDesignInterview(token)).body.interview_id;
    const info = await api("GET", `/interviews/${id}/room`, { token });
    const client = await RoomClient.join(`${info.body.url}?token=${encodeURIComponent(info.body.token)}`);

    const save = await api("PUT", `/interviews/${id}/whiteboard`, { token, body: { elements: urlShortenerScene() } });
    expect(save.status).toBe(200);
    const event = await client.next("whiteboard_saved", 10_000);
    expect(event).toEqual({ type: "whiteboard_saved", snapshot_id: save.body.snapshot_id, components: 5, connections: 4 });
    const stage = await client.next("stage_changed", 10_000);
    expect(stage).toEqual({ type: "stage_changed", stage: "deep_dive" });
    await client.close();
  });
});
