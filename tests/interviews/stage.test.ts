import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpError } from "@/lib/api/http";
import { nextStage, type StageEvent } from "@/lib/interviews/stage";
import { queueIdle } from "@/lib/queue";
import { api, guest, waitForRun } from "../helpers/api";
import { useFreshDb } from "../helpers/db";
import { referenceSolution } from "../helpers/solutions";

const say = (intent: Extract<StageEvent, { type: "candidate_message" }>["intent"]): StageEvent => ({ type: "candidate_message", intent });

describe("the stage machine", () => {
  it("coding: discuss → code → test → submit → wrap-up, from what happens", () => {
    expect(nextStage("coding", "discuss", say("clarifying_question"))).toBeNull();
    expect(nextStage("coding", "discuss", say("approach"))).toBe("code");
    expect(nextStage("coding", "discuss", say("ready_to_code"))).toBe("code");
    expect(nextStage("coding", "code", { type: "run" })).toBe("test");
    expect(nextStage("coding", "discuss", { type: "run" })).toBe("test");
    expect(nextStage("coding", "test", { type: "run" })).toBeNull();
    expect(nextStage("coding", "test", { type: "submit" })).toBe("submit");
    expect(nextStage("coding", "submit", { type: "submit" })).toBeNull();
    expect(nextStage("coding", "test", { type: "time_running_out" })).toBe("wrap_up");
    expect(nextStage("coding", "submit", { type: "ended" })).toBe("wrap_up");
    expect(nextStage("coding", "wrap_up", { type: "ended" })).toBeNull();
  });

  it("never moves back on its own: a late run result after a submit changes nothing", () => {
    expect(nextStage("coding", "submit", { type: "run" })).toBeNull();
    expect(nextStage("coding", "wrap_up", { type: "submit" })).toBeNull();
    expect(nextStage("coding", "code", say("approach"))).toBeNull();
  });

  it("system design: requirements → high-level design → deep dive → wrap-up", () => {
    expect(nextStage("system_design", "requirements", say("approach"))).toBe("high_level_design");
    expect(nextStage("system_design", "requirements", { type: "diagram_saved", components: 0, requiredCoverage: 0 })).toBeNull();
    expect(nextStage("system_design", "requirements", { type: "diagram_saved", components: 3, requiredCoverage: 0.25 })).toBe("high_level_design");
    expect(nextStage("system_design", "high_level_design", { type: "diagram_saved", components: 5, requiredCoverage: 0.4 })).toBeNull();
    expect(nextStage("system_design", "high_level_design", { type: "diagram_saved", components: 8, requiredCoverage: 0.75 })).toBe("deep_dive");
    expect(nextStage("system_design", "deep_dive", { type: "time_running_out" })).toBe("wrap_up");
    // Coding events mean nothing here.
    expect(nextStage("system_design", "requirements", { type: "run" })).toBeNull();
  });

  it("a nudge moves forward to a stage of this kind of interview, and says why not otherwise", () => {
    expect(nextStage("coding", "discuss", { type: "nudge", to: "code" })).toBe("code");
    expect(nextStage("coding", "code", { type: "nudge", to: "code" })).toBeNull();
    expect(() => nextStage("coding", "test", { type: "nudge", to: "discuss" })).toThrow(/already past "discuss" \(now "test"\)/);
    expect(() => nextStage("coding", "discuss", { type: "nudge", to: "deep_dive" })).toThrow(HttpError);
    expect(() => nextStage("coding", "discuss", { type: "nudge", to: "deep_dive" })).toThrow(/not a stage of this interview \(discuss, code, test, submit, wrap_up\)/);
  });
});

describe("stages through the API", () => {
  let close: () => Promise<void>;
  beforeAll(async () => {
    close = await useFreshDb("pglite");
  });
  afterAll(async () => {
    await queueIdle();
    await close();
  });

  it("explaining an approach in the chat moves the interview from discussing to coding", async () => {
    const { token } = await guest();
    const created = await api("POST", "/interviews", { token, body: { problem_id: 1, difficulty: "easy", language: "python" } });
    const id = created.body.interview_id;
    const say = (text: string, msgId: string) =>
      api("POST", `/interviews/${id}/chat`, { token, body: { id: "chat", messages: [{ id: msgId, role: "user", parts: [{ type: "text", text }] }] } });
    await say("Can the array contain negative numbers?", "q1");
    expect((await api("GET", `/interviews/${id}`, { token })).body.stage).toBe("discuss");
    await say("I would walk the array once and keep a hash map from value to index, checking target minus the value first. That is O(n) time and O(n) space.", "q2");
    expect((await api("GET", `/interviews/${id}`, { token })).body.stage).toBe("code");
  });

  it("a nudge, a run, a submit and the end move an interview along, and it never goes back", async () => {
    const { token } = await guest();
    const created = await api("POST", "/interviews", { token, body: { problem_id: 1, difficulty: "easy", language: "python" } });
    const id = created.body.interview_id;
    const stage = async () => (await api("GET", `/interviews/${id}`, { token })).body.stage;
    expect(await stage()).toBe("discuss");

    const nudged = await api("PUT", `/interviews/${id}`, { token, body: { stage: "code" } });
    expect(nudged.status).toBe(200);
    expect(nudged.body.stage).toBe("code");
    const unknown = await api("PUT", `/interviews/${id}`, { token, body: { stage: "lunch" } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatch(/"lunch" is not a stage of this interview/);

    const run = await api("POST", `/interviews/${id}/code/execute`, { token, body: { code: referenceSolution("two-sum"), language: "python" } });
    await waitForRun(id, run.body.execution_id, token);
    await queueIdle();
    expect(await stage()).toBe("test");

    const back = await api("PUT", `/interviews/${id}`, { token, body: { stage: "discuss" } });
    expect(back.status).toBe(409);
    expect(back.body.error).toMatch(/already past "discuss"/);

    await api("POST", `/interviews/${id}/code/submit`, { token, body: { code: referenceSolution("two-sum"), language: "python" } });
    await queueIdle();
    expect(await stage()).toBe("submit");
    const ended = await api("PUT", `/interviews/${id}`, { token, body: { status: "completed" } });
    expect(ended.body.stage).toBe("wrap_up");
    // The interviewer wraps up in writing: strengths, improvements and what to practise next.
    const last = ended.body.messages.at(-1);
    expect(last).toMatchObject({ role: "ai", content_type: "feedback" });
    expect(last.content).toContain("**What went well**");
    expect(last.content).toContain("**What to practise next**");
    expect(ended.body.report.suggestions.length).toBeGreaterThan(0);
    expect(last.content).toContain(ended.body.report.suggestions[0]);
  });
});
