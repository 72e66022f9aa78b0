import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getProblem } from "@/lib/problems";
import { queueIdle } from "@/lib/queue";
import { api, guest, waitForRun } from "../helpers/api";
import { availableDbKinds, useFreshDb } from "../helpers/db";
import { referenceSolution } from "../helpers/solutions";

/** POST /interviews/{id}/code/execute with `stdin`: the candidate's own input, through the real route handlers. */
const kinds = await availableDbKinds();

describe.each(kinds)("custom input on %s", (kind) => {
  let close: () => Promise<void>;
  let token: string;
  beforeAll(async () => {
    close = await useFreshDb(kind);
    token = (await guest()).token;
  });
  afterAll(async () => {
    await queueIdle();
    await close();
  });

  async function interview(problemId: number) {
    const difficulty = getProblem(problemId)!.difficulty;
    const res = await api("POST", "/interviews", { token, body: { problem_id: problemId, difficulty, language: "python" } });
    expect(res.status).toBe(201);
    return res.body.interview_id as string;
  }
  const execute = (id: string, code: string, stdin?: string) =>
    api("POST", `/interviews/${id}/code/execute`, { token, body: { code, language: "python", ...(stdin === undefined ? {} : { stdin }) } });

  it("runs the code on the candidate's input and answers it with the reference solution", async () => {
    const id = await interview(1);
    const queued = await execute(id, referenceSolution("two-sum"), "nums = [3, 2, 4]\ntarget = 6");
    expect(queued.status).toBe(202);
    expect(queued.body).toMatchObject({ status: "queued" });
    const done = await waitForRun(id, queued.body.execution_id, token);
    expect(done).toMatchObject({ kind: "run", status: "success", tests_passed: 1, tests_total: 1, score: 100 });
    expect(done.results).toHaveLength(1);
    expect(done.results[0]).toMatchObject({
      id: "custom",
      testNumber: 1,
      passed: true,
      hidden: false,
      verdict: "accepted",
      input: "nums = [3,2,4]\ntarget = 6",
      expectedOutput: "[1,2]",
      actualOutput: "[1,2]",
    });
    expect(done.results[0].message).toMatch(/expected output comes from our reference solution/);
  });

  it("a blank stdin runs the visible tests as before", async () => {
    const id = await interview(1);
    const queued = await execute(id, referenceSolution("two-sum"), "  \n");
    const done = await waitForRun(id, queued.body.execution_id, token);
    expect(done.results.map((r: { id: string }) => r.id)).toEqual(["visible-1", "visible-2", "visible-3"]);
  });

  it("rejects a malformed input with a 400 that names the line and what is wrong, before queueing anything", async () => {
    const id = await interview(1);
    const bad = await execute(id, referenceSolution("two-sum"), 'nums = [3, 2, 4]\ntarget = "6"');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe('stdin: line 2: target should be an integer (32-bit), got "6"');
    expect(bad.body.details).toEqual({ errors: ['line 2: target should be an integer (32-bit), got "6"'] });

    const several = await execute(id, referenceSolution("two-sum"), "nums = [3, 2,\nsize = 3");
    expect(several.status).toBe(400);
    expect(several.body.error).toMatch(/^stdin: line 1: nums is not valid JSON: .*; line 2: "size" is not a parameter of twoSum \(its parameters: nums, target\); missing target/);

    const metrics = await api("GET", `/interviews/${id}/metrics`, { token });
    expect(metrics.body.code_attempts).toBe(0);
  });

  it("design problems take the two-line operations/arguments form", async () => {
    const id = await interview(4);
    const bad = await execute(id, referenceSolution("min-stack"), '["MinStack", "peek"]\n[[], []]');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe('stdin: line 1: operations[1]: "peek" is not a method of MinStack (push, pop, top, getMin)');

    const stdin = 'operations = ["MinStack", "push", "push", "getMin"]\narguments = [[], [5], [-3], []]';
    const queued = await execute(id, referenceSolution("min-stack"), stdin);
    expect(queued.status).toBe(202);
    const done = await waitForRun(id, queued.body.execution_id, token);
    expect(done.results[0]).toMatchObject({ id: "custom", verdict: "accepted", expectedOutput: "[null,null,null,-3]" });
  });

  it("an input the reference cannot answer is reported as invalid for the problem", async () => {
    const id = await interview(4);
    // Well-typed, so it is accepted and run; but top() on an empty stack breaks the constraints.
    const queued = await execute(id, referenceSolution("min-stack"), '["MinStack", "push", "pop", "top"]\n[[], [1], [], []]');
    expect(queued.status).toBe(202);
    const done = await waitForRun(id, queued.body.execution_id, token);
    expect(done.results[0]).toMatchObject({ id: "custom", verdict: "invalid_input", passed: false });
    expect(done.results[0].message).toMatch(/^This input is not valid for the problem: our reference solution raised IndexError on it/);
    expect(done.error).toBe(done.results[0].message);
  });
});
