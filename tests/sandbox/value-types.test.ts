import { describe, expect, it } from "vitest";
import { evaluateCode } from "@/lib/judge/evaluate";
import { BwrapLauncher } from "@/lib/launcher/bwrap";
import type { JudgeMode, Problem, Signature } from "@/lib/problems/types";
import { canonicalExpected, canonicalInput, checkTest } from "@/lib/problems/values";

/**
 * Every signature value type through the Python driver and back: the job's JSON becomes the
 * Python value a LeetCode-style solution expects, and its result comes back typed.
 */
const launcher = new BwrapLauncher();

function problem(signature: Signature, tests: { input: unknown[]; expected: unknown }[], judge: { mode: JudgeMode; tolerance?: number } = { mode: "exact" }): Problem {
  for (const t of tests) expect(checkTest(signature, t.input, t.expected)).toEqual([]);
  return {
    id: 900,
    slug: "value-types",
    title: "Value types",
    difficulty: "easy",
    category: "Test",
    tags: ["test"],
    estimatedMinutes: 1,
    constraints: ["none"],
    examples: [{ input: "", output: "" }],
    signature,
    judge,
    hints: [{ level: "soft", text: "none" }],
    optimal: { time: "O(1)", space: "O(1)" },
    pitfalls: [],
    variants: [],
    followUps: [],
    statement: "Value types",
    tests: {
      visible: tests.map((t) => ({
        input: canonicalInput(signature, t.input),
        expected: canonicalExpected(signature, t.input, t.expected),
        tags: ["type"],
      })),
      hidden: [],
    },
    starterCode: {},
  };
}

const fn = (method: string, params: [string, string][], returns: string): Signature =>
  ({ method, params: params.map(([name, type]) => ({ name, type })), returns }) as Signature;

async function expectAllPass(p: Problem, code: string) {
  const result = await evaluateCode({ problem: p, language: "python", code, kind: "run", launcher });
  const failing = result.results.filter((r) => !r.passed).map((r) => `${r.id}: ${r.message}`);
  expect(failing).toEqual([]);
  expect(result.status).toBe("success");
  return result;
}

describe("value types end to end in Python", () => {
  it("int, bool, string and char", async () => {
    const p = problem(fn("f", [["n", "int"], ["b", "bool"], ["s", "string"], ["c", "char"]], "string"), [
      { input: [-2147483648, true, "héllo ✓", "a"], expected: "-2147483648|False|✓ olléh|b|int,bool,str,str" },
      { input: [2147483647, false, "", "y"], expected: "2147483647|True||z|int,bool,str,str" },
    ]);
    await expectAllPass(
      p,
      `class Solution:
    def f(self, n: int, b: bool, s: str, c: str) -> str:
        kinds = ",".join(type(x).__name__ for x in (n, b, s, c))
        return f"{n}|{not b}|{s[::-1]}|{chr(ord(c) + 1)}|{kinds}"
`,
    );
  });

  it("each of int, bool and char comes back as its own JSON type", async () => {
    const p = problem(fn("g", [["n", "int"]], "bool"), [{ input: [3], expected: true }, { input: [4], expected: false }]);
    await expectAllPass(p, "class Solution:\n    def g(self, n: int) -> bool:\n        return n % 2 == 1\n");
    const c = problem(fn("h", [["s", "string"]], "char"), [{ input: ["xyz"], expected: "z" }]);
    await expectAllPass(c, "class Solution:\n    def h(self, s: str) -> str:\n        return max(s)\n");
  });

  it("long: values beyond 2^53 keep every digit both ways; small ones stay numbers", async () => {
    const p = problem(fn("next", [["n", "long"], ["ns", "long[]"]], "long[]"), [
      { input: ["9223372036854775806", ["9007199254740993", 5]], expected: ["9223372036854775807", "9007199254740994", 6] },
      { input: [-5, [9007199254740990]], expected: [-4, 9007199254740991] },
    ]);
    const result = await expectAllPass(
      p,
      `class Solution:
    def next(self, n: int, ns: List[int]) -> List[int]:
        assert all(type(x) is int for x in [n, *ns])
        return [n + 1] + [x + 1 for x in ns]
`,
    );
    expect(result.results[0].input).toBe("n = 9223372036854775806\nns = [9007199254740993,5]");
    expect(result.results[0].actualOutput).toBe("[9223372036854775807,9007199254740994,6]");

    const wrong = await evaluateCode({ problem: p, language: "python", code: "class Solution:\n    def next(self, n, ns):\n        return [n] + ns\n", kind: "run", launcher });
    expect(wrong.results[0].message).toBe("Expected [9223372036854775807,9007199254740994,6] but got [9223372036854775806,9007199254740993,5].");
  });

  it("an int beyond 2^53 returned for an int is reported exactly, not rounded into a match", async () => {
    const p = problem(fn("big", [["n", "int"]], "int"), [{ input: [1], expected: 0 }]);
    const result = await evaluateCode({ problem: p, language: "python", code: "class Solution:\n    def big(self, n):\n        return 2**64\n", kind: "run", launcher });
    expect(result.results[0]).toMatchObject({ verdict: "wrong_answer", actualOutput: '"18446744073709551616"' });
  });

  it("double: compared with the problem's tolerance under judge mode float, exactly otherwise", async () => {
    const tests = [
      { input: [1, 3], expected: 0.333333 },
      { input: [0.1, 0.2], expected: 0.5 },
    ];
    const code = "class Solution:\n    def div(self, a: float, b: float) -> float:\n        assert type(a) is float and type(b) is float\n        return a / b\n";
    const sig = fn("div", [["a", "double"], ["b", "double"]], "double");
    await expectAllPass(problem(sig, tests, { mode: "float", tolerance: 1e-5 }), code);
    const exact = await evaluateCode({ problem: problem(sig, tests), language: "python", code, kind: "run", launcher });
    expect(exact.results.map((r) => r.verdict)).toEqual(["wrong_answer", "accepted"]);
    const nan = await evaluateCode({ problem: problem(sig, [{ input: [1, 3], expected: 0.333333 }], { mode: "float" }), language: "python", code: "class Solution:\n    def div(self, a, b):\n        return float('nan')\n", kind: "run", launcher });
    expect(nan.results[0]).toMatchObject({ verdict: "wrong_answer", actualOutput: '"nan"' });
  });

  it("1-D and 2-D lists of every element type", async () => {
    const p = problem(
      fn("lists", [["a", "int[]"], ["b", "double[]"], ["c", "bool[]"], ["d", "string[]"], ["e", "char[]"], ["g", "int[][]"], ["h", "string[][]"], ["k", "char[][]"]], "string[]"),
      [
        {
          input: [[1, 2], [0.5, 2], [true, false], ["x", ""], ["a", "b"], [[1], [2, 3], []], [["ab"], []], [["a", "b"], ["c"]]],
          expected: ["3", "2.5", "1", "x", "ab", "6", "ab", "abc"],
        },
        { input: [[], [], [], [], [], [], [], []], expected: ["0", "0", "0", "", "", "0", "", ""] },
      ],
    );
    await expectAllPass(
      p,
      `class Solution:
    def lists(self, a, b, c, d, e, g, h, k):
        assert all(type(x) is float for x in b)
        return [str(sum(a)), f"{sum(b):g}", str(sum(c)), "".join(d), "".join(e), str(sum(map(sum, g))), "".join(map("".join, h)), "".join(map("".join, k))]
`,
    );
    const grid = problem(fn("transpose", [["m", "int[][]"]], "int[][]"), [
      { input: [[[1, 2, 3], [4, 5, 6]]], expected: [[1, 4], [2, 5], [3, 6]] },
      { input: [[]], expected: [] },
    ]);
    await expectAllPass(grid, "class Solution:\n    def transpose(self, m):\n        return [list(r) for r in zip(*m)]\n");
  });

  it("ListNode in and out, including the empty list", async () => {
    const p = problem(fn("reverseList", [["head", "ListNode"]], "ListNode"), [
      { input: [[1, 2, 3]], expected: [3, 2, 1] },
      { input: [[]], expected: [] },
      { input: [[7]], expected: [7] },
    ]);
    await expectAllPass(
      p,
      `class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        while head:
            head.next, prev, head = prev, head, head.next
        return prev
`,
    );
  });

  it("TreeNode in and out, level order with null gaps", async () => {
    const p = problem(fn("invertTree", [["root", "TreeNode"]], "TreeNode"), [
      { input: [[4, 2, 7, 1, 3, 6, 9]], expected: [4, 7, 2, 9, 6, 3, 1] },
      { input: [[1, null, 2, 3]], expected: [1, 2, null, null, 3] },
      { input: [[]], expected: [] },
    ]);
    await expectAllPass(
      p,
      `class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        if root:
            root.left, root.right = self.invertTree(root.right), self.invertTree(root.left)
        return root
`,
    );
    const depth = problem(fn("maxDepth", [["root", "TreeNode"]], "int"), [
      { input: [[3, 9, 20, null, null, 15, 7]], expected: 3 },
      { input: [[]], expected: 0 },
    ]);
    await expectAllPass(depth, "class Solution:\n    def maxDepth(self, root):\n        return 1 + max(self.maxDepth(root.left), self.maxDepth(root.right)) if root else 0\n");
  });

  it("void: the first argument after the call is the result", async () => {
    const p = problem(fn("sortColors", [["nums", "int[]"]], "void"), [{ input: [[2, 0, 1]], expected: [0, 1, 2] }]);
    await expectAllPass(p, "class Solution:\n    def sortColors(self, nums: List[int]) -> None:\n        nums.sort()\n");
  });

  it("design methods return every type too", async () => {
    const sig: Signature = {
      kind: "design",
      className: "Box",
      constructor: { params: [{ name: "seed", type: "long" }] },
      methods: [
        { name: "big", params: [], returns: "long" },
        { name: "half", params: [{ name: "x", type: "double" }], returns: "double" },
        { name: "flag", params: [{ name: "b", type: "bool" }], returns: "bool" },
        { name: "head", params: [{ name: "xs", type: "int[]" }], returns: "ListNode" },
        { name: "tree", params: [], returns: "TreeNode" },
        { name: "grid", params: [], returns: "char[][]" },
      ],
    };
    const p = problem(sig, [
      {
        input: [["Box", "big", "half", "flag", "head", "tree", "grid"], [["9223372036854775800"], [], [3], [true], [[1, 2]], [], []]],
        expected: [null, "9223372036854775807", 1.5, false, [1, 2], [1, null, 2], [["a", "b"]]],
      },
    ]);
    await expectAllPass(
      p,
      `class Box:
    def __init__(self, seed: int):
        self.seed = seed
    def big(self) -> int:
        return self.seed + 7
    def half(self, x: float) -> float:
        return x / 2
    def flag(self, b: bool) -> bool:
        return not b
    def head(self, xs):
        node = None
        for v in reversed(xs):
            node = ListNode(v, node)
        return node
    def tree(self):
        return TreeNode(1, None, TreeNode(2))
    def grid(self):
        return [["a", "b"]]
`,
    );
  });
});
