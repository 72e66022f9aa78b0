import { describe, expect, it } from "vitest";
import { BuiltinInterviewerModel, getInterviewerModel, reactToRun } from "@/lib/interviewer";
import type { InterviewContextInput } from "@/lib/interviewer/context";
import { baseContext, HIDDEN_VALUES, pairSum, REFERENCE_SOLUTION } from "./fixtures";
import { converse } from "./helpers";

type Run = NonNullable<InterviewContextInput["lastRun"]>;

const failingRun: Run = {
  kind: "run",
  status: "success",
  passed: 1,
  total: 3,
  error: null,
  failing: [
    { input: "nums = [3, 8, 1, 6], target = 9", expected: "[0, 3]", actual: "[1, 2]" },
    { input: "nums = [-4, 7, 2, 11], target = 7", expected: "[0, 3]", actual: "[]" },
  ],
};

const CANDIDATE_CODE = [
  "class Solution:",
  "    def pairSum(self, nums, target):",
  "        for i in range(len(nums)):",
  "            for j in range(len(nums)):",
  "                if nums[i] + nums[j] == target:",
  "                    return [i, j]",
].join("\n");

/** A context carrying what the app must never send, to prove none of it comes back out. */
function leakyContext(lastRun: Run): InterviewContextInput {
  const ctx = {
    ...baseContext({ stage: "test", code: CANDIDATE_CODE, lastRun }),
    problem: { ...pairSum, referenceSolution: REFERENCE_SOLUTION },
    hiddenTests: pairSum.tests.hidden,
  };
  return ctx;
}

function expectNoLeaks(text: string) {
  for (const line of REFERENCE_SOLUTION.split("\n")) expect(text).not.toContain(line.trim());
  for (const value of HIDDEN_VALUES) expect(text).not.toContain(value);
  for (const hint of pairSum.hints) expect(text).not.toContain(hint.text);
}

describe("reactToRun", () => {
  it("uses the built-in interviewer when no hosted model is configured", () => {
    expect(getInterviewerModel()).toBeInstanceOf(BuiltinInterviewerModel);
  });

  it("names the first failing input with expected and actual, and asks rather than fixes", async () => {
    const text = await reactToRun(leakyContext(failingRun));
    expect(text).toContain("1 of 3");
    expect(text).toContain("nums = [3, 8, 1, 6], target = 9");
    expect(text).toContain("expected `[0, 3]`");
    expect(text).toContain("returned `[1, 2]`");
    expect(text).toContain("2 visible tests fail");
    expect(text).toContain("?");
    expectNoLeaks(text);
  });

  it("names the error a test raised", async () => {
    const text = await reactToRun(
      leakyContext({
        ...failingRun,
        passed: 2,
        failing: [
          {
            input: "nums = [5, 5], target = 10",
            expected: "[0, 1]",
            actual: "",
            error: 'Traceback (most recent call last):\n  File "solution.py", line 6, in pairSum\nKeyError: 5',
          },
        ],
      }),
    );
    expect(text).toContain("KeyError: 5");
    expect(text).toContain("nums = [5, 5], target = 10");
    expectNoLeaks(text);
  });

  it("quotes a compile error with its line", async () => {
    const text = await reactToRun(
      leakyContext({
        kind: "run",
        status: "compile_error",
        passed: 0,
        total: 3,
        error: '  File "solution.py", line 3\n    for i in range(n)\n                     ^\nSyntaxError: expected \':\'',
        failing: [],
      }),
    );
    expect(text).toContain("didn't compile");
    expect(text).toContain("SyntaxError: expected ':'");
    expect(text).toContain("line 3");
  });

  it("asks about complexity and edge cases when every visible test passes", async () => {
    const text = await reactToRun(
      leakyContext({ kind: "run", status: "success", passed: 3, total: 3, error: null, failing: [] }),
    );
    expect(text).toMatch(/complexity/);
    expect(text).toMatch(/edge case|inputs would you still worry/);
    expectNoLeaks(text);
  });

  it("reports hidden failures by count only", async () => {
    const text = await reactToRun(
      leakyContext({ kind: "submit", status: "success", passed: 3, total: 5, error: null, failing: [], hiddenFailed: 2 }),
    );
    expect(text).toContain("2 hidden tests failed");
    expectNoLeaks(text);
  });

  it("points at a time-out without handing over the fix", async () => {
    const text = await reactToRun(
      leakyContext({ kind: "run", status: "timeout", passed: 0, total: 3, error: "Time limit exceeded", failing: [] }),
    );
    expect(text).toMatch(/time limit/i);
    expect(text).toMatch(/complexity/);
    expectNoLeaks(text);
  });

  it("says so when there is no run yet", async () => {
    expect(await reactToRun(baseContext())).toMatch(/don't see a run/);
  });
});

describe("asking about a run in the chat", () => {
  it("gets the same concrete pointer to the failing test", async () => {
    const { replies } = await converse(["Why are my tests failing?"], { stage: "test", lastRun: failingRun });
    expect(replies[0]).toContain("nums = [3, 8, 1, 6], target = 9");
    expect(replies[0]).toContain("[1, 2]");
  });
});
