import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseCustomInput } from "@/lib/judge/custom-input";
import { evaluateCode } from "@/lib/judge/evaluate";
import { BwrapLauncher } from "@/lib/launcher/bwrap";
import { getProblemBySlug } from "@/lib/problems";
import type { Problem } from "@/lib/problems/types";
import { referenceSolution } from "../helpers/solutions";

/** Custom inputs: the candidate's code on their own input, the reference solution for the expected output. */
const launcher = new BwrapLauncher();
const bank = (slug: string) => getProblemBySlug(slug) as Problem;

async function runCustom(problem: Problem, code: string, stdin: string) {
  const parsed = parseCustomInput(problem.signature, stdin);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return evaluateCode({ problem, language: "python", code, kind: "run", launcher, customInput: parsed.input });
}

const REFERENCE_NOTE = /the expected output comes from our reference solution/;

describe("custom input", () => {
  it("runs the code on that input alone and takes the expected output from the reference solution", async () => {
    const result = await runCustom(bank("two-sum"), referenceSolution("two-sum"), "nums = [3, 2, 4]\ntarget = 6");
    expect(result).toMatchObject({ status: "success", passed: 1, total: 1, score: 100, error: null });
    expect(result.results).toHaveLength(1);
    expect(result.results[0]).toMatchObject({
      id: "custom",
      testNumber: 1,
      hidden: false,
      passed: true,
      verdict: "accepted",
      input: "nums = [3,2,4]\ntarget = 6",
      expectedOutput: "[1,2]",
      actualOutput: "[1,2]",
    });
    expect(result.results[0].message).toMatch(REFERENCE_NOTE);
  });

  it("a wrong answer shows both outputs, and the candidate's prints", async () => {
    const code = "class Solution:\n    def twoSum(self, nums, target):\n        print('looking', target)\n        return [0, 1]\n";
    const result = await runCustom(bank("two-sum"), code, "[3, 2, 4]\n6");
    expect(result.results[0]).toMatchObject({ verdict: "wrong_answer", passed: false, expectedOutput: "[1,2]", actualOutput: "[0,1]", stdout: "looking 6\n" });
    expect(result.results[0].message).toMatch(/^Expected \[1,2\] but got \[0,1\]\. Custom input: /);
    expect(result.output).toBe("Test 1:\nlooking 6\n");
  });

  it("the judge's mode applies: a checker accepts any correct answer for the custom input", async () => {
    // 1 and 3 both occur twice; the reference returns one of them, the candidate the other.
    const code = "class Solution:\n    def topKFrequent(self, nums, k):\n        return [1]\n";
    const result = await runCustom(bank("top-k-frequent-elements"), code, "nums = [3, 1, 3, 2, 1, 5]\nk = 1");
    expect(result.results[0]).toMatchObject({ verdict: "accepted", passed: true, actualOutput: "[1]" });
    const wrong = await runCustom(bank("top-k-frequent-elements"), "class Solution:\n    def topKFrequent(self, nums, k):\n        return [2]\n", "[3, 1, 3, 2, 1, 5]\n1");
    expect(wrong.results[0].message).toMatch(/^3 occurs 2 times, more often than 2 \(once\), which you returned\./);
  });

  it("design problems take the operations and arguments lines", async () => {
    const stdin = 'operations = ["MinStack", "push", "push", "getMin", "pop", "getMin"]\narguments = [[], [4], [1], [], [], []]';
    const result = await runCustom(bank("min-stack"), referenceSolution("min-stack"), stdin);
    expect(result.results[0]).toMatchObject({ verdict: "accepted", expectedOutput: "[null,null,null,1,null,4]" });
  });

  it("an input the reference solution cannot answer is reported as invalid for the problem", async () => {
    // pop on an empty stack breaks the problem's constraints.
    const stdin = '["MinStack", "pop"]\n[[], []]';
    const result = await runCustom(bank("min-stack"), referenceSolution("min-stack"), stdin);
    expect(result.results[0]).toMatchObject({ id: "custom", verdict: "invalid_input", passed: false });
    expect(result.results[0].message).toMatch(/^This input is not valid for the problem: our reference solution raised IndexError on it/);
    expect(result.results[0].message).toMatch(/constraints/);
    expect(result.results[0].expectedOutput).toBeUndefined();
    expect(result.error).toBe(result.results[0].message);
  });

  it("the candidate's own errors on a custom input are runtime errors and compile errors as usual", async () => {
    const raising = await runCustom(bank("two-sum"), "class Solution:\n    def twoSum(self, nums, target):\n        return nums[10]\n", "[1, 2]\n3");
    expect(raising).toMatchObject({ status: "error", passed: 0, total: 1 });
    expect(raising.results[0]).toMatchObject({ verdict: "runtime_error", message: "IndexError: list index out of range (line 3)" });
    const broken = await runCustom(bank("two-sum"), "class Solution:\n    def twoSum(self, nums, target)\n        return []\n", "[1, 2]\n3");
    expect(broken.status).toBe("compile_error");
    expect(broken.results[0].verdict).toBe("compile_error");
    expect(broken.error).toMatch(/^Line 2: SyntaxError/);
  });

  describe("with a long beyond 2^53", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ic-custom-"));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("keeps every digit through the candidate's run and the reference's", async () => {
      fs.mkdirSync(path.join(dir, "solutions"));
      fs.writeFileSync(path.join(dir, "solutions", "solution.py"), "class Solution:\n    def addOne(self, n: int) -> int:\n        return n + 1\n");
      const problem = { ...bank("two-sum"), dir, judge: { mode: "exact" as const }, signature: { method: "addOne", params: [{ name: "n", type: "long" as const }], returns: "long" as const } };
      const result = await runCustom(problem, "class Solution:\n    def addOne(self, n):\n        return n + 1\n", "n = 9223372036854775806");
      expect(result.results[0]).toMatchObject({
        verdict: "accepted",
        input: "n = 9223372036854775806",
        expectedOutput: "9223372036854775807",
        actualOutput: "9223372036854775807",
      });
      const off = await runCustom(problem, "class Solution:\n    def addOne(self, n):\n        return n + 2\n", "9223372036854775805");
      expect(off.results[0].message).toMatch(/^Expected 9223372036854775806 but got 9223372036854775807\./);
    });
  });
});
