import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateCode } from "@/lib/judge/evaluate";
import { BwrapLauncher } from "@/lib/launcher/bwrap";
import { getProblemBySlug } from "@/lib/problems";
import type { Problem } from "@/lib/problems/types";
import type { TestResult } from "@/lib/room/events";
import { eventually, processesMatching } from "./helpers";

const launcher = new BwrapLauncher();
const twoSum = () => getProblemBySlug("two-sum") as Problem;

function solution(problem: Problem): string {
  return fs.readFileSync(path.join(process.cwd(), "problems", problem.slug, "solutions", "solution.py"), "utf8");
}

describe("verdicts", () => {
  it("run uses the visible tests only; submit adds the hidden ones", async () => {
    const p = twoSum();
    const run = await evaluateCode({ problem: p, language: "python", code: solution(p), kind: "run", launcher });
    expect(run.total).toBe(p.tests.visible.length);
    expect(run.results.every((r) => !r.hidden)).toBe(true);
    expect(run.results[0]).toMatchObject({
      id: "visible-1",
      testNumber: 1,
      passed: true,
      verdict: "accepted",
      input: "nums = [4,9,1,6]\ntarget = 7",
      expectedOutput: "[2,3]",
      actualOutput: "[2,3]",
    });
  });

  it("two-sum accepts the indices in either order", async () => {
    const code = `
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {v: i for i, v in enumerate(nums)}
        for i, v in enumerate(nums):
            j = seen.get(target - v)
            if j is not None and j != i:
                return [j, i]
`;
    const result = await evaluateCode({ problem: twoSum(), language: "python", code, kind: "run", launcher });
    expect(result.results[0].actualOutput).toBe("[3,2]");
    expect(result.passed).toBe(result.total);
  });

  it("a wrong solution gets wrong_answer with expected and actual shown", async () => {
    const code = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n";
    const result = await evaluateCode({ problem: twoSum(), language: "python", code, kind: "run", launcher });
    expect(result.status).toBe("success"); // it ran; it is just wrong
    expect(result.results.map((r) => r.verdict)).toEqual(["wrong_answer", "wrong_answer", "wrong_answer"]);
    expect(result.results[0].message).toBe("Expected [2,3] but got [0,1].");
    expect(result.passed).toBe(0);
    expect(result.score).toBe(0);
  });

  it("a partly right solution scores passed / total", async () => {
    // Parity alone: right for "[{()}]" and "(()", wrong for "{(})".
    const p = getProblemBySlug("valid-parentheses") as Problem;
    const code = "class Solution:\n    def isValid(self, s):\n        return len(s) % 2 == 0\n";
    const result = await evaluateCode({ problem: p, language: "python", code, kind: "run", launcher });
    expect(result.results.map((r) => r.passed)).toEqual([true, false, true]);
    expect(result.score).toBeCloseTo((2 / 3) * 100, 10);
  });

  it("a runtime error names the exception and the line in the candidate's code", async () => {
    const code = `class Solution:
    def twoSum(self, nums, target):
        lookup = {}
        for i, v in enumerate(nums):
            lookup[v] = i
        return [lookup[target], 0]
`;
    const result = await evaluateCode({ problem: twoSum(), language: "python", code, kind: "run", launcher });
    expect(result.status).toBe("error");
    expect(result.results[0]).toMatchObject({ verdict: "runtime_error", message: "KeyError: 7 (line 6)", error: "KeyError: 7" });
    expect(result.error).toBe("Test 1: KeyError: 7 (line 6)");
  });

  it("a syntax error is a compile error on the candidate's line", async () => {
    const code = `class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, v in enumerate(nums)
            seen[v] = i
`;
    const result = await evaluateCode({ problem: twoSum(), language: "python", code, kind: "submit", launcher });
    expect(result.status).toBe("compile_error");
    expect(result.error).toBe("Line 4: SyntaxError: expected ':'");
    expect(new Set(result.results.map((r) => r.verdict))).toEqual(new Set(["compile_error"]));
    expect(result.passed).toBe(0);
  });

  it("Python recursion may go 100,000 calls deep; an endless one is a RecursionError on its line", async () => {
    const deep = `class Solution:
    def twoSum(self, nums, target):
        def depth(n):
            return 0 if n == 0 else 1 + depth(n - 1)
        assert depth(100000) == 100000
        seen = {}
        for i, v in enumerate(nums):
            if target - v in seen:
                return [seen[target - v], i]
            seen[v] = i
`;
    const endless = "class Solution:\n    def twoSum(self, nums, target):\n        def down(n):\n            return down(n + 1) + 1\n        return down(0)\n";
    const [ok, runaway] = await Promise.all([
      evaluateCode({ problem: twoSum(), language: "python", code: deep, kind: "run", launcher }),
      evaluateCode({ problem: twoSum(), language: "python", code: endless, kind: "run", launcher }),
    ]);
    expect(ok.results.map((r) => r.verdict)).toEqual(["accepted", "accepted", "accepted"]);
    expect(runaway.results[0]).toMatchObject({ verdict: "runtime_error" });
    expect(runaway.results[0].message).toMatch(/^RecursionError: maximum recursion depth exceeded.* \(line 4\)$/);
  });

  it("an infinite loop is a time limit within the wall clock, and nothing it started survives", async () => {
    const marker = `ic-eval-loop-${process.pid}-${Date.now()}`;
    const code = `
import subprocess
class Solution:
    def twoSum(self, nums, target):
        subprocess.Popen(["sleep", "300", "${marker}"])
        while True:
            pass
`;
    const started = Date.now();
    const result = await evaluateCode({ problem: twoSum(), language: "python", code, kind: "run", launcher, limits: { wallMs: 1500 } });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(result.status).toBe("timeout");
    expect(result.results.map((r) => r.verdict)).toEqual(["time_limit", "not_run", "not_run"]);
    expect(result.results[0].message).toMatch(/Time limit exceeded/);
    expect(result.error).toMatch(/^Test 1: Time limit exceeded/);
    expect(await eventually(() => processesMatching(marker).length === 0)).toBe(true);
  });

  it("a quadratic two-sum runs out of time on the large hidden test", async () => {
    const code = `
class Solution:
    def twoSum(self, nums, target):
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums[i] + nums[j] == target:
                    return [i, j]
`;
    const result = await evaluateCode({ problem: twoSum(), language: "python", code, kind: "submit", launcher, limits: { wallMs: 2000 } });
    expect(result.status).toBe("timeout");
    const last = result.results.at(-1) as TestResult;
    expect(last.hidden).toBe(true);
    expect(last.verdict).toBe("time_limit");
    expect(result.results.filter((r) => !r.hidden).every((r) => r.passed)).toBe(true);
  });

  it("a memory bomb is a memory limit", async () => {
    const code = "class Solution:\n    def twoSum(self, nums, target):\n        return [0] * (10 ** 10)\n";
    const result = await evaluateCode({ problem: twoSum(), language: "python", code, kind: "run", launcher });
    expect(result.status).toBe("memory_exceeded");
    expect(result.results[0]).toMatchObject({ verdict: "memory_limit" });
    expect(result.results[0].message).toMatch(/more than 512 MB/);
  });

  it("an output flood is an output limit", async () => {
    const code = "class Solution:\n    def twoSum(self, nums, target):\n        while True:\n            print(nums)\n";
    const result = await evaluateCode({ problem: twoSum(), language: "python", code, kind: "run", launcher });
    expect(result.status).toBe("error");
    expect(result.results[0].verdict).toBe("output_limit");
    expect(result.results[0].message).toMatch(/printed more than 64 KB/);
    expect(result.output.length).toBeLessThanOrEqual(64 * 1024 + 100);
  });

  it("prints are shown per visible test and in the combined output", async () => {
    const code = `
class Solution:
    def twoSum(self, nums, target):
        print("target is", target)
        seen = {}
        for i, v in enumerate(nums):
            if target - v in seen:
                return [seen[target - v], i]
            seen[v] = i
`;
    const result = await evaluateCode({ problem: twoSum(), language: "python", code, kind: "run", launcher });
    expect(result.results.map((r) => r.stdout)).toEqual(["target is 7\n", "target is 12\n", "target is 10\n"]);
    expect(result.output).toBe("Test 1:\ntarget is 7\nTest 2:\ntarget is 12\nTest 3:\ntarget is 10\n");
  });
});

describe("hidden tests stay hidden", () => {
  it("a submission that echoes and throws its inputs reveals no hidden data", async () => {
    const p = twoSum();
    // Prints its input, reads whatever job file it can find, and raises with the data in the message.
    const code = `
import os, glob
class Solution:
    def twoSum(self, nums, target):
        print("nums", nums, "target", target)
        for path in glob.glob("/tmp/**", recursive=True):
            try:
                print(open(path).read())
            except OSError:
                pass
        if len(nums) > 3:
            raise ValueError("leak %r %r" % (nums, target))
        return [0, 0]
`;
    const result = await evaluateCode({ problem: p, language: "python", code, kind: "submit", launcher, limits: { maxOutputBytes: 1024 * 1024 } });
    const hidden = result.results.filter((r) => r.hidden);
    expect(hidden).toHaveLength(p.tests.hidden.length);
    for (const r of hidden) {
      expect(Object.keys(r).sort()).toEqual(["executionTimeMs", "hidden", "id", "message", "passed", "testNumber", "verdict"]);
      expect(["wrong_answer", "runtime_error"]).toContain(r.verdict);
    }
    expect(hidden.find((r) => r.verdict === "runtime_error")?.message).toBe("ValueError on line 12 on a hidden test.");

    const everything = JSON.stringify(result);
    for (const t of p.tests.hidden) {
      const nums = t.input[0] as number[];
      // Any three consecutive hidden values, printed by Python or serialised as JSON.
      for (let i = 0; i + 2 < nums.length && i < 50; i++) {
        const run = nums.slice(i, i + 3);
        expect(everything).not.toContain(run.join(", "));
        expect(everything).not.toContain(run.join(","));
      }
      expect(everything).not.toContain(`target ${t.input[1]}\\n`);
    }
    // The visible tests' own data is still shown.
    expect(result.output).toContain("nums [4, 9, 1, 6] target 7");
  });
});
