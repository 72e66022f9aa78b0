import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { queueIdle } from "@/lib/queue";
import { api, guest, textFromUiStream } from "../helpers/api";
import { useFreshDb } from "../helpers/db";
import { referenceSolution } from "../helpers/solutions";
import { startPartykit, type RunningPartykit } from "../helpers/partykit";
import { RoomClient } from "../room/support";

/** The app's side of the live channel: results and messages reach the room through the real PartyKit server. */
describe("live updates through the interview room", () => {
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

  it("delivers run results, the interviewer's reaction and chat answers to everyone in the room", async () => {
    const { token } = await guest();
    const created = await api("POST", "/interviews", { token, body: { problem_id: 2, difficulty: "easy", language: "python" } });
    expect(created.status).toBe(201);
    const id = created.body.interview_id;
    const info = await api("GET", `/interviews/${id}/room`, { token });
    expect(info.body.url).toContain(new URL(room.url).port);
    const client = await RoomClient.join(`${info.body.url}?token=${encodeURIComponent(info.body.token)}`);

    const code = referenceSolution("valid-parentheses");
    const run = await api("POST", `/interviews/${id}/code/execute`, { token, body: { code, language: "python" } });
    expect(run.status).toBe(202);
    const started = await client.next("execution_started", 20_000);
    expect(started.execution_id).toBe(run.body.execution_id);
    const result = await client.next("code_result", 30_000);
    expect(result.execution_id).toBe(run.body.execution_id);
    expect(result.tests_total).toBeGreaterThan(0);
    expect(result.tests_passed).toBe(result.tests_total);
    expect(result.results.every((r) => r.passed)).toBe(true);
    const reaction = await client.next((e) => e.type === "ai_message_complete" && e.role === "ai", 30_000);
    expect(reaction.type === "ai_message_complete" && reaction.full_content.length).toBeGreaterThan(10);

    const chat = await api("POST", `/interviews/${id}/chat`, {
      token,
      body: { id: "c", messages: [{ id: "u1", role: "user", parts: [{ type: "text", text: "What is the time complexity of my solution?" }] }] },
    });
    const streamed = textFromUiStream(chat.text);
    const userEcho = await client.next((e) => e.type === "ai_message_complete" && e.role === "user", 10_000);
    expect(userEcho.type === "ai_message_complete" && userEcho.full_content).toContain("time complexity");
    const answer = await client.next((e) => e.type === "ai_message_complete" && e.role === "ai", 10_000);
    expect(answer.type === "ai_message_complete" && answer.full_content).toBe(streamed);

    // A reconnecting client gets the latest result back from the room's state.
    await queueIdle();
    const late = await RoomClient.join(`${info.body.url}?token=${encodeURIComponent(info.body.token)}`);
    const replay = await late.next("code_result", 5_000);
    expect(replay.execution_id).toBe(run.body.execution_id);
    await late.close();
    await client.close();
  });
});
