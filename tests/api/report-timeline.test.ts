import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TimelineSchema } from "@/lib/api/schemas";
import { queueIdle } from "@/lib/queue";
import { api, guest, waitForRun } from "../helpers/api";
import { useFreshDb } from "../helpers/db";
import { referenceSolution } from "../helpers/solutions";

/** GET /interviews/{id}/timeline: the replay, through the real routes on PGlite and the real sandbox. */
const TWO_SUM_OK = referenceSolution("two-sum");
const chat = (text: string) => ({ id: "chat", trigger: "submit-message", messages: [{ id: `m-${Math.random()}`, role: "user", parts: [{ type: "text", text }] }] });

describe("the replay timeline", () => {
  let close: () => Promise<void>;
  let token: string;
  let id: string;
  beforeAll(async () => {
    close = await useFreshDb("pglite");
    token = (await guest()).token;
    const created = await api("POST", "/interviews", { token, body: { problem_id: 1, difficulty: "easy", language: "python" } });
    id = created.body.interview_id;
  });
  afterAll(async () => {
    await queueIdle();
    await close();
  });

  it("merges messages, snapshots, runs, hints, stage changes, pauses and the end in order", async () => {
    await api("POST", `/interviews/${id}/chat`, { token, body: chat("Could the array contain duplicates?") });
    await api("POST", `/interviews/${id}/chat`, { token, body: chat("I'll use a hash map from value to index in one pass, O(n) time and O(n) space.") });
    const draft = "class Solution:\n    def twoSum(self, nums, target):\n        pass\n";
    await api("PUT", `/interviews/${id}`, { token, body: { code: { language: "python", code: draft } } });
    await api("PUT", `/interviews/${id}`, { token, body: { code: { language: "python", code: draft } } }); // unchanged: no snapshot
    await api("PUT", `/interviews/${id}`, { token, body: { code: { language: "python", code: TWO_SUM_OK } } });
    await api("POST", `/interviews/${id}/chat`, { token, body: chat("I'm stuck, can I get a hint?") });
    await api("PUT", `/interviews/${id}`, { token, body: { status: "paused" } });
    await api("PUT", `/interviews/${id}`, { token, body: { status: "resumed" } });
    const run = await api("POST", `/interviews/${id}/code/execute`, { token, body: { code: TWO_SUM_OK, language: "python", stdin: "nums = [1, 5, 5]\ntarget = 10" } });
    await waitForRun(id, run.body.execution_id, token);
    const submit = await api("POST", `/interviews/${id}/code/submit`, { token, body: { code: TWO_SUM_OK, language: "python" } });
    expect(submit.status).toBe(200);
    await queueIdle();
    await api("PUT", `/interviews/${id}`, { token, body: { status: "completed" } });

    const res = await api("GET", `/interviews/${id}/timeline`, { token });
    expect(res.status).toBe(200);
    const { events } = TimelineSchema.parse(res.body);
    const times = events.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(events.map((e) => e.offset_seconds)).toEqual([...events.map((e) => e.offset_seconds)].sort((a, b) => a - b));
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);

    const ofType = (t: string) => events.filter((e) => e.type === t);
    const snapshots = ofType("code_snapshot");
    expect(snapshots.map((e) => e.data.code)).toEqual([draft, TWO_SUM_OK]);
    expect(snapshots[0].data.language).toBe("python");
    expect(snapshots[0].summary).toMatch(/Code saved \(python, 4 lines\)/);

    const [hint] = ofType("hint");
    expect(hint.summary).toBe("Hint 1 (soft)");
    expect(Object.keys(hint.data).sort()).toEqual(["level", "number", "remaining"]);

    expect(ofType("pause")).toHaveLength(1);
    expect(ofType("resume")[0].summary).toMatch(/^Resumed after \d+ seconds?$/);
    const [customRun] = ofType("run");
    expect(customRun.data).toMatchObject({ custom_input: "nums = [1, 5, 5]\ntarget = 10", tests_passed: 1, tests_total: 1, status: "success" });
    expect(customRun.summary).toBe("Ran a custom input: matches the reference");
    const [sub] = ofType("submit");
    expect(sub.summary).toMatch(/^Submitted: (\d+)\/\1 tests passed$/);
    for (const r of sub.data.results as Record<string, unknown>[]) expect(Object.keys(r).sort()).toEqual(["hidden", "id", "passed", "verdict"]);

    const stages = ofType("stage_change").map((e) => `${e.data.from}>${e.data.to}`);
    expect(stages[0]).toBe("discuss>code");
    expect(stages).toContain("test>submit");
    expect(stages.at(-1)).toBe("submit>wrap_up");
    expect(ofType("stage_change")[0].summary).toBe("Stage: Discuss → Code");

    const userMessages = ofType("message").filter((e) => e.data.role === "user");
    expect(userMessages.map((e) => e.summary)[0]).toBe("You: Could the array contain duplicates?");
    expect(events.at(-1)?.type === "end" || ofType("end").length === 1).toBe(true);
    expect(ofType("end")[0].summary).toMatch(/^Interview ended: [\d.]+\/100$/);
    // The order of what the candidate did.
    const order = ["code_snapshot", "hint", "pause", "resume", "run", "submit", "end"].map((t) => events.findIndex((e) => e.type === t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("records a language switch, and is the owner's alone", async () => {
    const created = await api("POST", "/interviews", { token, body: { problem_id: 1, difficulty: "easy", language: "python" } });
    const other = created.body.interview_id;
    await api("PUT", `/interviews/${other}`, { token, body: { language: "java" } });
    const res = await api("GET", `/interviews/${other}/timeline`, { token });
    expect(res.body.events.find((e: { type: string }) => e.type === "language_change")).toMatchObject({
      summary: "Switched language from python to java",
      data: { from: "python", to: "java" },
    });
    const stranger = (await guest()).token;
    expect((await api("GET", `/interviews/${other}/timeline`, { token: stranger })).status).toBe(404);
    expect((await api("GET", `/interviews/${other}/timeline`)).status).toBe(401);
    expect((await api("GET", `/interviews/not-a-uuid/timeline`, { token })).status).toBe(404);
  });
});
