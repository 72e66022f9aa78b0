import { describe, expect, it } from "vitest";
import { evaluateCode } from "@/lib/judge/evaluate";
import { BwrapLauncher } from "@/lib/launcher/bwrap";
import { DEFAULT_LIMITS, type SandboxJob } from "@/lib/launcher/types";
import { getProblemBySlug } from "@/lib/problems";
import type { Problem, Signature } from "@/lib/problems/types";

// The JavaScript driver (sandbox-images/runner/drivers/javascript) through the real bubblewrap sandbox.

const launcher = new BwrapLauncher();
const twoSum = () => getProblemBySlug("two-sum") as Problem;
const evaluate = (problem: Problem, code: string, kind: "run" | "submit" = "run", limits = {}) =>
  evaluateCode({ problem, language: "javascript", code, kind, launcher, limits });

function jsJob(code: string, signature: Signature, tests: unknown[][]): SandboxJob {
  return {
    language: "javascript",
    code,
    signature,
    tests: tests.map((input, i) => ({ id: `t${i + 1}`, input })),
    limits: { ...DEFAULT_LIMITS, memoryMb: 768 },
  };
}

describe("JavaScript verdicts", () => {
  it("every LeetCode spelling of the function is found: var, function, const/let arrows, class Solution", async () => {
    const bodies = [
      "var twoSum = function(nums, target) {\n  return [nums.indexOf(target - nums[nums.length - 1]), nums.length - 1];\n};",
      "function twoSum(nums, target) {\n  return [nums.indexOf(target - nums[nums.length - 1]), nums.length - 1];\n}",
      "const twoSum = (nums, target) => [nums.indexOf(target - nums[nums.length - 1]), nums.length - 1];",
      "let twoSum = (nums, target) => {\n  return [nums.indexOf(target - nums[nums.length - 1]), nums.length - 1];\n};",
      "class Solution {\n  twoSum(nums, target) {\n    return [nums.indexOf(target - nums[nums.length - 1]), nums.length - 1];\n  }\n}",
    ];
    const results = await Promise.all(bodies.map((code) => evaluate(twoSum(), code)));
    for (const [i, result] of results.entries()) {
      expect(result.results.map((r) => r.verdict), bodies[i]).toEqual(["accepted", "accepted", "accepted"]);
    }
  });

  it("a wrong answer shows expected and actual; a missing return says undefined", async () => {
    const [wrong, nothing] = await Promise.all([
      evaluate(twoSum(), "var twoSum = function(nums, target) {\n  return [0, 1];\n};\n"),
      evaluate(twoSum(), "var twoSum = function(nums, target) {\n  nums.sort();\n};\n"),
    ]);
    expect(wrong.status).toBe("success");
    expect(wrong.results.map((r) => r.verdict)).toEqual(["wrong_answer", "wrong_answer", "wrong_answer"]);
    expect(wrong.results[0].message).toBe("Expected [2,3] but got [0,1].");
    expect(nothing.results[0].message).toMatch(/^Your method returned undefined/);
  });

  it("a runtime error names the error and the candidate's line; a syntax error is a compile error on its line", async () => {
    const runtime = `/**
 * @param {number[]} nums
 */
var twoSum = function(nums, target) {
    const seen = {};
    return [seen[target].index, 0];
};
`;
    const syntax = `var twoSum = function(nums, target) {
    const seen = new Map();
    for (let i = 0; i < nums.length; i++ {
        seen.set(nums[i], i);
    }
};
`;
    const [r, s] = await Promise.all([evaluate(twoSum(), runtime), evaluate(twoSum(), syntax, "submit")]);
    expect(r.status).toBe("error");
    expect(r.results[0]).toMatchObject({
      verdict: "runtime_error",
      message: "TypeError: Cannot read properties of undefined (reading 'index') (line 6)",
    });
    expect(r.error).toBe("Test 1: TypeError: Cannot read properties of undefined (reading 'index') (line 6)");
    expect(s.status).toBe("compile_error");
    expect(s.error).toBe("Line 3: SyntaxError: Unexpected token '{'");
    expect(new Set(s.results.map((x) => x.verdict))).toEqual(new Set(["compile_error"]));
  });

  it("an error while loading and a missing function apply to every test", async () => {
    const [load, missing] = await Promise.all([
      evaluate(twoSum(), "const limit = 10;\nundefinedHelper(limit);\nvar twoSum = () => [0, 1];\n"),
      evaluate(twoSum(), "var twoSums = function(nums, target) {};\n"),
    ]);
    expect(load.results.map((r) => r.message)).toEqual(Array(3).fill("ReferenceError: undefinedHelper is not defined (line 2)"));
    expect(missing.results[0].message).toBe("Define function twoSum(nums, target). It was not found in your code.");
  });

  it("an infinite loop is a time limit within the wall clock", async () => {
    const started = Date.now();
    const result = await evaluate(twoSum(), "var twoSum = function(nums, target) {\n  while (true) {}\n};\n", "run", { wallMs: 1500 });
    expect(Date.now() - started).toBeLessThan(3500);
    expect(result.status).toBe("timeout");
    expect(result.results.map((r) => r.verdict)).toEqual(["time_limit", "not_run", "not_run"]);
  });

  it("heap and Buffer memory bombs are memory limits", async () => {
    const heap = "var twoSum = function(nums) {\n  const keep = [];\n  for (;;) keep.push(new Array(1e5).fill(nums.length + 0.5));\n};\n";
    const buffers = "var twoSum = function(nums) {\n  const keep = [];\n  for (;;) keep.push(Buffer.alloc(64 * 1024 * 1024, 1));\n};\n";
    const results = await Promise.all([evaluate(twoSum(), heap, "run", { memoryMb: 256 }), evaluate(twoSum(), buffers, "run", { memoryMb: 256 })]);
    for (const result of results) {
      expect(result.status).toBe("memory_exceeded");
      expect(result.results[0].verdict).toBe("memory_limit");
      expect(result.results[0].message).toMatch(/more than 256 MB/);
    }
  });

  it("an output flood is an output limit, even when the code catches the error", async () => {
    const plain = "var twoSum = function(nums) {\n  for (;;) console.log(nums);\n};\n";
    const caught = "var twoSum = function(nums) {\n  for (;;) { try { process.stdout.write(String(nums)); } catch {} }\n};\n";
    const results = await Promise.all([evaluate(twoSum(), plain), evaluate(twoSum(), caught)]);
    for (const result of results) {
      expect(result.status).toBe("error");
      expect(result.results[0].verdict).toBe("output_limit");
      expect(result.output.length).toBeLessThanOrEqual(64 * 1024 + 100);
    }
  });

  it("prints are captured per test; prints while loading go to the console output", async () => {
    const code = `console.log("loading");
var twoSum = function(nums, target) {
    console.log("target is", target, nums);
    console.error("to stderr");
    const seen = new Map();
    for (let i = 0; i < nums.length; i++) {
        if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
        seen.set(nums[i], i);
    }
};
`;
    const result = await evaluate(twoSum(), code);
    expect(result.results.map((r) => r.stdout)).toEqual([
      "target is 7 [ 4, 9, 1, 6 ]\nto stderr\n",
      "target is 12 [ 6, 2, 10 ]\nto stderr\n",
      "target is 10 [ 5, 8, 5 ]\nto stderr\n",
    ]);
    expect(result.output.startsWith("loading\nTest 1:\ntarget is 7")).toBe(true);
    expect(result.passed).toBe(3);
  });
});

describe("JavaScript values", () => {
  it("ListNode and TreeNode round-trip (predefined or the candidate's own class)", async () => {
    const lists: Signature = { method: "reverseList", params: [{ name: "head", type: "ListNode" }], returns: "ListNode" };
    const trees: Signature = { method: "invertTree", params: [{ name: "root", type: "TreeNode" }], returns: "TreeNode" };
    const [list, tree, ownTree] = await Promise.all([
      launcher.run(
        jsJob(
          "var reverseList = function(head) {\n  let prev = null;\n  while (head) { const next = head.next; head.next = prev; prev = head; head = next; }\n  return prev;\n};\n",
          lists,
          [[[1, 2, 3]], [[]], [[7]]],
        ),
      ),
      launcher.run(
        jsJob(
          "var invertTree = function(root) {\n  if (!root) return null;\n  [root.left, root.right] = [invertTree(root.right), invertTree(root.left)];\n  return root;\n};\n",
          trees,
          [[[4, 2, 7, 1, 3, 6, 9]], [[]], [[1, null, 2, null, 3]]],
        ),
      ),
      launcher.run(
        jsJob(
          "class TreeNode { constructor(val = 0, left = null, right = null) { this.val = val; this.left = left; this.right = right; } }\nconst invertTree = (root) => root instanceof TreeNode ? new TreeNode(root.val, invertTree(root.right), invertTree(root.left)) : null;\n",
          trees,
          [[[1, 2]]],
        ),
      ),
    ]);
    expect(list.tests.map((t) => t.actual)).toEqual([[3, 2, 1], [], [7]]);
    expect(tree.tests.map((t) => t.actual)).toEqual([[4, 7, 2, 9, 6, 3, 1], [], [1, 2, null, 3]]);
    expect(ownTree.tests.map((t) => t.actual)).toEqual([[1, null, 2]]);
  });

  it("void returns the first argument; longs beyond 2^53 travel as strings both ways; NaN is reported", async () => {
    const rotate: Signature = { method: "rotate", params: [{ name: "m", type: "int[][]" }], returns: "void" };
    const longs: Signature = {
      method: "f",
      params: [
        { name: "a", type: "long" },
        { name: "b", type: "long[]" },
      ],
      returns: "long[]",
    };
    const doubles: Signature = { method: "g", params: [{ name: "c", type: "char" }], returns: "double[]" };
    const [v, l, d] = await Promise.all([
      launcher.run(jsJob("var rotate = function(m) { m.reverse(); };", rotate, [[[[1, 2], [3, 4]]]])),
      launcher.run(jsJob("var f = function(a, b) { return [a + 1n, typeof b[0], b[1] * 2, 2 ** 60]; };", longs, [["9223372036854775806", [1, 21]]])),
      launcher.run(jsJob("var g = function(c) { return [0 / 0, 1 / 0, c.charCodeAt(0) / 2]; };", doubles, [["a"]])),
    ]);
    expect(v.tests[0].actual).toEqual([[3, 4], [1, 2]]);
    expect(l.tests[0].actual).toEqual(["9223372036854775807", "number", 42, "1152921504606846976"]);
    expect(d.tests[0].actual).toEqual(["nan", "inf", 48.5]);
  });
});
