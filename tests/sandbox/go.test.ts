import { describe, expect, it } from "vitest";
import { evaluateCode } from "@/lib/judge/evaluate";
import { BwrapLauncher } from "@/lib/launcher/bwrap";
import { DEFAULT_LIMITS, type SandboxJob } from "@/lib/launcher/types";
import { getProblemBySlug } from "@/lib/problems";
import type { Problem, Signature } from "@/lib/problems/types";

// The Go driver (sandbox-images/runner/drivers/go) through the real bubblewrap sandbox.
// Every run compiles (about 0.3 s), so cases share runs where they can.

const launcher = new BwrapLauncher();
const twoSum = () => getProblemBySlug("two-sum") as Problem;
const minStack = () => getProblemBySlug("min-stack") as Problem;
const evaluate = (problem: Problem, code: string, kind: "run" | "submit" = "run", limits = {}) =>
  evaluateCode({ problem, language: "go", code, kind, launcher, limits });

function goJob(code: string, signature: Signature, tests: unknown[][]): SandboxJob {
  return {
    language: "go",
    code,
    signature,
    tests: tests.map((input, i) => ({ id: `t${i + 1}`, input })),
    limits: { ...DEFAULT_LIMITS, memoryMb: 1024, maxProcesses: 256, compileMs: 15_000 },
  };
}

describe("Go verdicts", () => {
  it("a wrong answer shows expected and actual; prints are captured per test", async () => {
    const code = `func twoSum(nums []int, target int) []int {
    fmt.Println("target is", target, nums)
    fmt.Fprintln(os.Stderr, "to stderr")
    return []int{0, 1}
}
`;
    const result = await evaluate(twoSum(), code);
    expect(result.status).toBe("success");
    expect(result.results.map((r) => r.verdict)).toEqual(["wrong_answer", "wrong_answer", "wrong_answer"]);
    expect(result.results[0].message).toBe("Expected [2,3] but got [0,1].");
    expect(result.results.map((r) => r.stdout)).toEqual([
      "target is 7 [4 9 1 6]\nto stderr\n",
      "target is 12 [6 2 10]\nto stderr\n",
      "target is 10 [5 8 5]\nto stderr\n",
    ]);
    expect(result.output).toBe("Test 1:\ntarget is 7 [4 9 1 6]\nto stderr\nTest 2:\ntarget is 12 [6 2 10]\nto stderr\nTest 3:\ntarget is 10 [5 8 5]\nto stderr\n");
  });

  it("a panic names the runtime error and the candidate's line; hidden tests show only its kind", async () => {
    const code = `func twoSum(nums []int, target int) []int {
    seen := map[int]int{}
    for i, v := range nums {
        seen[v] = i
    }
    return []int{nums[len(nums)], 0}
}
`;
    const result = await evaluate(twoSum(), code, "submit");
    expect(result.status).toBe("error");
    expect(result.results[0]).toMatchObject({
      verdict: "runtime_error",
      message: "panic: runtime error: index out of range [4] with length 4 (line 6)",
    });
    expect(result.results.find((r) => r.hidden)?.message).toBe("runtime error: index out of range on line 6 on a hidden test.");
  });

  it("compile errors carry the candidate's own line numbers; a wrong signature names the expected one", async () => {
    const undefinedName = `func twoSum(nums []int, target int) []int {
    seen := map[int]int{}
    for i, v := range nums {
        seen[v] = i
    }
    return []int{seen[target], missing}
}
`;
    const [c, sig] = await Promise.all([
      evaluate(twoSum(), undefinedName, "submit"),
      evaluate(twoSum(), "func twoSum(nums []int, target int) []int64 {\n    return nil\n}\n"),
    ]);
    expect(c.status).toBe("compile_error");
    expect(c.error).toBe("Line 6: undefined: missing");
    expect(new Set(c.results.map((r) => r.verdict))).toEqual(new Set(["compile_error"]));
    expect(sig.status).toBe("compile_error");
    expect(sig.error).toMatch(/^Declare the function as func twoSum\(nums \[\]int, target int\) \[\]int: /);
  });

  it("imports are added for the standard packages the code uses, and only those", async () => {
    // Only sort (an unused fmt import would not compile); a local variable named list does not
    // drag container/list in; a pasted package clause, imports and main() are tolerated.
    const sortOnly = `func twoSum(nums []int, target int) []int {
    idx := make([]int, len(nums))
    for i := range idx {
        idx[i] = i
    }
    sort.Slice(idx, func(a, b int) bool { return nums[idx[a]] < nums[idx[b]] })
    list := idx // "list.": not the container/list package here
    for lo, hi := 0, len(list)-1; lo < hi; {
        switch s := nums[list[lo]] + nums[list[hi]]; {
        case s == target:
            return []int{list[lo], list[hi]}
        case s < target:
            lo++
        default:
            hi--
        }
    }
    return nil
}
`;
    const pasted = `package main

import (
    "fmt"
    "strings"
)

func twoSum(nums []int, target int) []int {
    key := strings.Repeat("x", 1) // strings is imported by the code itself
    _ = key
    seen := map[int]int{}
    for i, v := range nums {
        if j, ok := seen[target-v]; ok {
            return []int{j, i}
        }
        seen[v] = i
    }
    return []int{strconv.IntSize, 0}
}

func main() {
    fmt.Println(twoSum([]int{2, 7}, 9))
}
`;
    const [a, b] = await Promise.all([evaluate(twoSum(), sortOnly), evaluate(twoSum(), pasted)]);
    expect(a.results.map((r) => r.verdict)).toEqual(["accepted", "accepted", "accepted"]);
    expect(b.results.map((r) => r.verdict)).toEqual(["accepted", "accepted", "accepted"]);
  });

  it("an infinite loop is a time limit; a memory bomb a memory limit; an output flood an output limit", async () => {
    const loop = "func twoSum(nums []int, target int) []int {\n    for {\n    }\n}\n";
    const bomb = "func twoSum(nums []int, target int) []int {\n    var keep [][]int\n    for {\n        b := make([]int, 1<<20)\n        for i := range b {\n            b[i] = i\n        }\n        keep = append(keep, b)\n    }\n}\n";
    const flood = "func twoSum(nums []int, target int) []int {\n    for {\n        fmt.Println(nums)\n    }\n}\n";
    const started = Date.now();
    const [l, m, f] = await Promise.all([
      evaluate(twoSum(), loop, "run", { wallMs: 1500 }),
      evaluate(twoSum(), bomb, "run", { memoryMb: 256 }),
      evaluate(twoSum(), flood),
    ]);
    expect(Date.now() - started).toBeLessThan(6000);
    expect(l.status).toBe("timeout");
    expect(l.results.map((r) => r.verdict)).toEqual(["time_limit", "not_run", "not_run"]);
    expect(m.status).toBe("memory_exceeded");
    expect(m.results[0]).toMatchObject({ verdict: "memory_limit" });
    expect(m.results[0].message).toMatch(/more than 256 MB/);
    expect(f.status).toBe("error");
    expect(f.results[0].verdict).toBe("output_limit");
    expect(f.output.length).toBeLessThanOrEqual(64 * 1024 + 100);
  });

  it("endless recursion is a stack overflow on the recursive call's line; os.Exit ends the run", async () => {
    const recursion = "func depth(n int) int {\n    return depth(n+1) + 1\n}\n\nfunc twoSum(nums []int, target int) []int {\n    return []int{depth(0)}\n}\n";
    const exit = "func twoSum(nums []int, target int) []int {\n    os.Exit(3)\n    return nil\n}\n";
    const [r, e] = await Promise.all([evaluate(twoSum(), recursion), evaluate(twoSum(), exit)]);
    expect(r.results[0]).toMatchObject({ verdict: "runtime_error", message: "stack overflow: very deep or endless recursion (line 2)" });
    expect(e.status).toBe("error");
    expect(e.results[0].message).toMatch(/exited before this test finished \(exit code 3\)/);
  });

  it("a design class: a panic names the operation; a missing method is a compile error naming it", async () => {
    const panics = `type MinStack struct{ items []int }

func Constructor() MinStack { return MinStack{} }

func (this *MinStack) Push(val int) { this.items = append(this.items, val) }

func (this *MinStack) Pop() { this.items = this.items[:len(this.items)-1] }

func (this *MinStack) Top() int { return this.items[len(this.items)-1] }

func (this *MinStack) GetMin() int {
    var m *int
    return *m
}
`;
    const missing = "type MinStack struct{}\n\nfunc Constructor() MinStack { return MinStack{} }\n\nfunc (this *MinStack) Push(val int) {}\n";
    const [p, m] = await Promise.all([evaluate(minStack(), panics), evaluate(minStack(), missing)]);
    expect(p.results[0].message).toMatch(/^operations\[\d+\] getMin\(\): panic: runtime error: invalid memory address or nil pointer dereference \(line 13\)$/);
    expect(m.status).toBe("compile_error");
    expect(m.error).toBe("Define the method func (this *MinStack) Pop(). It was not found in your code.");
  });
});

describe("Go values", () => {
  it("ListNode, TreeNode, void, longs, doubles and chars round-trip", async () => {
    const sig: Signature = {
      method: "mix",
      params: [
        { name: "head", type: "ListNode" },
        { name: "root", type: "TreeNode" },
        { name: "big", type: "long" },
        { name: "grid", type: "char[][]" },
        { name: "words", type: "string[]" },
      ],
      returns: "string[]",
    };
    const code = `func reverse(head *ListNode) *ListNode {
    var prev *ListNode
    for head != nil {
        head.Next, prev, head = prev, head, head.Next
    }
    return prev
}

func invert(root *TreeNode) *TreeNode {
    if root == nil {
        return nil
    }
    root.Left, root.Right = invert(root.Right), invert(root.Left)
    return root
}

func mix(head *ListNode, root *TreeNode, big int64, grid [][]byte, words []string) []string {
    var vals []string
    for n := reverse(head); n != nil; n = n.Next {
        vals = append(vals, strconv.Itoa(n.Val))
    }
    depth := 0
    for n := invert(root); n != nil; n = n.Right {
        depth++
    }
    return []string{strings.Join(vals, ","), strconv.Itoa(depth), strconv.FormatInt(big+1, 10), string(grid[1][0]), words[len(words)-1]}
}
`;
    const rotate: Signature = { method: "rotate", params: [{ name: "m", type: "int[][]" }], returns: "void" };
    const numbers: Signature = {
      method: "numbers",
      params: [{ name: "xs", type: "long[]" }],
      returns: "double[]",
    };
    const lists: Signature = { method: "id", params: [{ name: "root", type: "TreeNode" }], returns: "TreeNode" };
    const [mixed, v, n, t] = await Promise.all([
      launcher.run(goJob(code, sig, [[[1, 2, 3], [1, 2, null, 3], "9223372036854775806", [["a"], ["b", "c"]], ["x", "y"]]])),
      launcher.run(goJob("func rotate(m [][]int) {\n    m[0], m[1] = m[1], m[0]\n}\n", rotate, [[[[1, 2], [3, 4]]]])),
      launcher.run(
        goJob(
          "func numbers(xs []int64) []float64 {\n    zero := 0.0\n    return []float64{zero / zero, 1 / zero, float64(xs[0]) / 2}\n}\n",
          numbers,
          [[[5, "9007199254740993"]]],
        ),
      ),
      launcher.run(goJob("func id(root *TreeNode) *TreeNode {\n    return root\n}\n", lists, [[[1, null, 2, null, 3]], [[]]])),
    ]);
    expect(mixed.tests[0]).toMatchObject({ status: "ok", actual: ["3,2,1", "3", "9223372036854775807", "b", "y"] });
    expect(v.tests[0].actual).toEqual([[3, 4], [1, 2]]);
    expect(n.tests[0].actual).toEqual(["nan", "inf", 2.5]);
    expect(t.tests.map((x) => x.actual)).toEqual([[1, null, 2, null, 3], []]);
  });
});
