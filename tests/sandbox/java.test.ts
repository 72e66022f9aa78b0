import { describe, expect, it } from "vitest";
import { evaluateCode } from "@/lib/judge/evaluate";
import { limitsFor } from "@/lib/judge/limits";
import { BwrapLauncher } from "@/lib/launcher/bwrap";
import type { SandboxJob } from "@/lib/launcher/types";
import { getProblemBySlug } from "@/lib/problems";
import type { Problem, Signature } from "@/lib/problems/types";

// The Java driver (sandbox-images/runner/drivers/java) through the real bubblewrap sandbox.
// Every run compiles with javac (most of a second), so cases share runs where they can.

const launcher = new BwrapLauncher();
const twoSum = () => getProblemBySlug("two-sum") as Problem;
const evaluate = (problem: Problem, code: string, kind: "run" | "submit" = "run", limits = {}) =>
  evaluateCode({ problem, language: "java", code, kind, launcher, limits });

function javaJob(code: string, signature: Signature, tests: unknown[][]): SandboxJob {
  return { language: "java", code, signature, tests: tests.map((input, i) => ({ id: `t${i + 1}`, input })), limits: limitsFor(undefined, "java") };
}

describe("Java verdicts", () => {
  it("a wrong answer shows expected and actual; System.out and System.err are captured per test", async () => {
    const code = `class Solution {
    public int[] twoSum(int[] nums, int target) {
        System.out.println("target is " + target + " " + Arrays.toString(nums));
        System.err.println("to stderr");
        return new int[] {0, 1};
    }
}
`;
    const result = await evaluate(twoSum(), code);
    expect(result.status).toBe("success");
    expect(result.results.map((r) => r.verdict)).toEqual(["wrong_answer", "wrong_answer", "wrong_answer"]);
    expect(result.results[0].message).toBe("Expected [2,3] but got [0,1].");
    expect(result.results.map((r) => r.stdout)).toEqual([
      "target is 7 [4, 9, 1, 6]\nto stderr\n",
      "target is 12 [6, 2, 10]\nto stderr\n",
      "target is 10 [5, 8, 5]\nto stderr\n",
    ]);
  });

  it("an exception names its class, message and the candidate's line; hidden tests show only its kind", async () => {
    const code = `class Solution {
    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < nums.length; i++) seen.put(nums[i], i);
        return new int[] {nums[nums.length], 0};
    }
}
`;
    const result = await evaluate(twoSum(), code, "submit");
    expect(result.status).toBe("error");
    expect(result.results[0]).toMatchObject({
      verdict: "runtime_error",
      message: "ArrayIndexOutOfBoundsException: Index 4 out of bounds for length 4 (line 5)",
    });
    expect(result.results.find((r) => r.hidden)?.message).toBe("ArrayIndexOutOfBoundsException on line 5 on a hidden test.");
  });

  it("compile errors carry the candidate's own line numbers, also on line 1 where the imports go", async () => {
    const missing = `class Solution {
    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> seen = new HashMap<>();
        return new int[] {seen.get(target), missing};
    }
}
`;
    const oneLine = "class Solution { public int[] twoSum(int[] nums, int target) { return nums.lenght; } }\n";
    const noReturn = `class Solution {
    public int[] twoSum(int[] nums, int target) {
        for (int i = 0; i < nums.length; i++) if (nums[i] == target) return new int[] {i};
    }
}
`;
    const [m, o, n] = await Promise.all([evaluate(twoSum(), missing, "submit"), evaluate(twoSum(), oneLine), evaluate(twoSum(), noReturn)]);
    expect(m.status).toBe("compile_error");
    expect(m.error).toMatch(/^Line 4: error: cannot find symbol\n/);
    expect(m.error).toContain("symbol:   variable missing");
    expect(new Set(m.results.map((r) => r.verdict))).toEqual(new Set(["compile_error"]));
    expect(o.error).toMatch(/^Line 1: error: cannot find symbol\nclass Solution \{ public int\[\] twoSum/);
    // The caret under the error still points at ".lenght", with the imports taken off the echoed line.
    const [echo, caret] = (o.error ?? "").split("\n").slice(1, 3);
    expect(echo.slice(caret.indexOf("^"))).toMatch(/^\.lenght/);
    expect(n.error).toMatch(/^Line 4: error: missing return statement/);
  });

  it("a missing method is reported for every test, with the signature to write", async () => {
    const result = await evaluate(twoSum(), "class Solution {\n    public int[] twoSums(int[] nums, int target) { return null; }\n}\n");
    expect(result.results.map((r) => r.verdict)).toEqual(["runtime_error", "runtime_error", "runtime_error"]);
    expect(result.results[0].message).toBe("Define class Solution with a method twoSum(int[] nums, int target). It was not found in your code.");
  });

  it("an infinite loop is a time limit; a memory bomb a memory limit; an output flood an output limit", async () => {
    const loop = "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        while (true) { }\n    }\n}\n";
    const bomb = `class Solution {
    public int[] twoSum(int[] nums, int target) {
        List<long[]> hoard = new ArrayList<>();
        while (true) hoard.add(new long[1 << 20]);
    }
}
`;
    const flood = "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        while (true) System.out.println(Arrays.toString(nums));\n    }\n}\n";
    const started = Date.now();
    const [l, m, f] = await Promise.all([
      evaluate(twoSum(), loop, "run", { wallMs: 1500 }),
      evaluate(twoSum(), bomb, "run", { memoryMb: 256 }),
      evaluate(twoSum(), flood),
    ]);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(l.status).toBe("timeout");
    expect(l.results.map((r) => r.verdict)).toEqual(["time_limit", "not_run", "not_run"]);
    expect(m.status).toBe("memory_exceeded");
    expect(m.results[0]).toMatchObject({ verdict: "memory_limit" });
    expect(m.results[0].message).toMatch(/more than 256 MB/);
    expect(m.results.slice(1).map((r) => r.verdict)).toEqual(["not_run", "not_run"]);
    expect(f.status).toBe("error");
    expect(f.results[0].verdict).toBe("output_limit");
    expect(f.output.length).toBeLessThanOrEqual(64 * 1024 + 100);
  });

  it("endless recursion is a StackOverflowError on the recursive line, and the next test still runs", async () => {
    const code = `class Solution {
    int depth(int n) {
        return depth(n + 1) + 1;
    }

    public int[] twoSum(int[] nums, int target) {
        if (nums.length == 4) return new int[] {depth(0)};
        return new int[] {1, 2};
    }
}
`;
    const result = await evaluate(twoSum(), code);
    expect(result.results[0]).toMatchObject({ verdict: "runtime_error", message: "StackOverflowError (line 3)" });
    expect(result.results[1].verdict).toBe("accepted");
  });

});

describe("Java harness", () => {
  it("builds ListNode and TreeNode arguments and reads them back; a pasted ListNode class is used as is", async () => {
    const reverse: Signature = { method: "reverseList", params: [{ name: "head", type: "ListNode" }], returns: "ListNode" };
    const invert: Signature = { method: "invertTree", params: [{ name: "root", type: "TreeNode" }], returns: "TreeNode" };
    const listCode = `class Solution {
    public ListNode reverseList(ListNode head) {
        ListNode prev = null;
        while (head != null) {
            ListNode next = head.next;
            head.next = prev;
            prev = head;
            head = next;
        }
        return prev;
    }
}
`;
    const pasted = `public class ListNode {
    int val;
    ListNode next;
    ListNode() {}
    ListNode(int val) { this.val = val; }
    ListNode(int val, ListNode next) { this.val = val; this.next = next; }
}

class Solution {
    public ListNode reverseList(ListNode head) {
        return head == null ? null : new ListNode(head.val * 10, head.next);
    }
}
`.replace("public class ListNode", "class ListNode");
    const treeCode = `class Solution {
    public TreeNode invertTree(TreeNode root) {
        if (root == null) return null;
        TreeNode left = invertTree(root.left);
        root.left = invertTree(root.right);
        root.right = left;
        return root;
    }
}
`;
    const [lists, own, trees] = await Promise.all([
      launcher.run(javaJob(listCode, reverse, [[[1, 2, 3]], [[]]])),
      launcher.run(javaJob(pasted, reverse, [[[1, 2, 3]]])),
      launcher.run(javaJob(treeCode, invert, [[[4, 2, 7, 1, 3, null, 9]], [[1, null, 2]], [[]]])),
    ]);
    expect(lists.tests.map((t) => t.actual)).toEqual([[3, 2, 1], []]);
    expect(own.tests.map((t) => t.actual)).toEqual([[10, 2, 3]]);
    expect(trees.tests.map((t) => t.actual)).toEqual([[4, 7, 2, 9, null, 3, 1], [1, 2], []]);
  });

  it("converts every value type both ways: long as a string beyond 2^53, doubles, chars, 2-D lists, void in place", async () => {
    // One design class with a method per type: one compile covers them all.
    const sig: Signature = {
      kind: "design",
      className: "Types",
      constructor: { params: [] },
      methods: [
        { name: "big", params: [{ name: "n", type: "long" }], returns: "long" },
        { name: "half", params: [{ name: "x", type: "double" }], returns: "double" },
        { name: "upper", params: [{ name: "c", type: "char" }], returns: "char" },
        { name: "flip", params: [{ name: "b", type: "bool[]" }], returns: "bool[]" },
        { name: "group", params: [{ name: "words", type: "string[]" }], returns: "string[][]" },
        { name: "grid", params: [{ name: "g", type: "char[][]" }], returns: "char[][]" },
        { name: "sums", params: [{ name: "m", type: "int[][]" }], returns: "long[]" },
        { name: "bad", params: [], returns: "double" },
      ],
    };
    const code = `class Types {
    public long big(long n) { return n - 1; }
    public double half(double x) { return x / 2; }
    public char upper(char c) { return Character.toUpperCase(c); }
    public boolean[] flip(boolean[] b) { boolean[] out = new boolean[b.length]; for (int i = 0; i < b.length; i++) out[i] = !b[i]; return out; }
    public List<List<String>> group(String[] words) { List<List<String>> out = new ArrayList<>(); out.add(Arrays.asList(words)); out.add(new ArrayList<>()); return out; }
    public char[][] grid(char[][] g) { return g; }
    public long[] sums(int[][] m) { long[] out = new long[m.length]; for (int i = 0; i < m.length; i++) for (int v : m[i]) out[i] += v; return out; }
    public double bad() { return 0.0 / 0.0; }
}
`;
    const ops = ["Types", "big", "big", "half", "upper", "flip", "group", "grid", "sums", "bad"];
    const args = [[], ["9223372036854775807"], [5], [3], ["q"], [[true, false]], [["a", "b"]], [[["x", "y"], ["z", "."]]], [[[1, 2], [], [2147483647, 2147483647]]], []];
    const rotate: Signature = { method: "rotate", params: [{ name: "m", type: "int[][]" }], returns: "void" };
    const rotateCode = `class Solution {
    public void rotate(int[][] m) {
        int n = m.length;
        int[][] copy = new int[n][];
        for (int i = 0; i < n; i++) copy[i] = m[i].clone();
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) m[j][n - 1 - i] = copy[i][j];
    }
}
`;
    const [types, inPlace] = await Promise.all([launcher.run(javaJob(code, sig, [[ops, args]])), launcher.run(javaJob(rotateCode, rotate, [[[[1, 2], [3, 4]]]]))]);
    expect(types.tests[0]).toMatchObject({ status: "ok" });
    expect(types.tests[0].actual).toEqual([
      null,
      "9223372036854775806",
      4,
      1.5,
      "Q",
      [false, true],
      [["a", "b"], []],
      [["x", "y"], ["z", "."]],
      [3, 0, 4294967294],
      "nan",
    ]);
    expect(inPlace.tests[0].actual).toEqual([[3, 1], [4, 2]]);
  });

  it("design problems: an exception names the operation; a missing method is reported; public class in the file compiles", async () => {
    const minStack = getProblemBySlug("min-stack") as Problem;
    const throws = `public class MinStack {
    private final Deque<Integer> items = new ArrayDeque<>();

    public void push(int val) { items.push(val); }

    public void pop() { items.pop(); }

    public int top() { return items.peek(); }

    public int getMin() { return Collections.min(items); }
}
`;
    const missing = "class MinStack {\n    public void push(int val) {}\n    public void pop() {}\n    public int top() { return 0; }\n}\n";
    const job = javaJob(throws, minStack.signature, [[["MinStack", "push", "getMin", "pop", "pop"], [[], [3], [], [], []]]]);
    const [t, m] = await Promise.all([launcher.run(job), evaluate(minStack, missing)]);
    expect(t.tests[0]).toMatchObject({ status: "error", error: "operations[4] pop(): NoSuchElementException", errorType: "NoSuchElementException", errorLine: 6 });
    expect(m.results[0].message).toBe("Define class MinStack with a method getMin(). It was not found in your code.");
  });

  it("static initialisers print to the run's output; System.exit and threads left running do not confuse the report", async () => {
    const code = `class Solution {
    static { System.out.println("static init"); }

    public int[] twoSum(int[] nums, int target) {
        Thread t = new Thread(() -> { while (true) { } });
        t.start(); // a non-daemon thread: the JVM must still end after the last test
        if (target == 3) System.exit(4);
        return new int[] {0, 1};
    }
}
`;
    const result = await launcher.run(javaJob(code, twoSum().signature, [[[1, 2], 5], [[1, 2], 3], [[1, 2], 5]]));
    expect(result.stdout).toBe("static init\n");
    expect(result.tests.map((t) => t.status)).toEqual(["ok", "error", "not_run"]);
    expect(result.tests[1].error).toMatch(/exited before this test finished \(exit code 4\)/);
    const done = await launcher.run(javaJob(code, twoSum().signature, [[[1, 2], 5]]));
    expect(done.status).toBe("ok");
    expect(done.executionTimeMs).toBeLessThan(3000);
  });
});
