import { describe, expect, it } from "vitest";
import { evaluateCode } from "@/lib/judge/evaluate";
import { limitsFor } from "@/lib/judge/limits";
import { BwrapLauncher } from "@/lib/launcher/bwrap";
import type { SandboxJob } from "@/lib/launcher/types";
import { getProblemBySlug } from "@/lib/problems";
import type { Problem, Signature } from "@/lib/problems/types";

// The C++ driver (sandbox-images/runner/drivers/cpp) through the real bubblewrap sandbox.
// Every run compiles bits/stdc++.h with g++ -O2 (over a second), so cases share runs where they can.

const launcher = new BwrapLauncher();
const twoSum = () => getProblemBySlug("two-sum") as Problem;
const evaluate = (problem: Problem, code: string, kind: "run" | "submit" = "run", limits = {}) =>
  evaluateCode({ problem, language: "cpp", code, kind, launcher, limits });

function cppJob(code: string, signature: Signature, tests: unknown[][], limits = {}): SandboxJob {
  return {
    language: "cpp",
    code,
    signature,
    tests: tests.map((input, i) => ({ id: `t${i + 1}`, input })),
    limits: { ...limitsFor(undefined, "cpp"), ...limits },
  };
}

describe("C++ verdicts", () => {
  it("a wrong answer shows expected and actual; cout, printf and cerr are captured per test, in order", async () => {
    const code = `class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        cout << "target is " << target << " size " << nums.size() << endl;
        printf("printf %d\\n", nums[0]);
        cerr << "to stderr" << endl;
        return {0, 1};
    }
};
`;
    const result = await evaluate(twoSum(), code);
    expect(result.status).toBe("success");
    expect(result.results.map((r) => r.verdict)).toEqual(["wrong_answer", "wrong_answer", "wrong_answer"]);
    expect(result.results[0].message).toBe("Expected [2,3] but got [0,1].");
    expect(result.results.map((r) => r.stdout)).toEqual([
      "target is 7 size 4\nprintf 4\nto stderr\n",
      "target is 12 size 3\nprintf 6\nto stderr\n",
      "target is 10 size 3\nprintf 5\nto stderr\n",
    ]);
  });

  it("a C++ exception names its type, message and the line that threw; hidden tests show only its kind", async () => {
    const code = `class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        unordered_map<int, int> seen;
        for (int i = 0; i < (int)nums.size(); i++) seen[nums[i]] = i;
        return {nums.at(nums.size()), 0};
    }
};
`;
    const result = await evaluate(twoSum(), code, "submit");
    expect(result.status).toBe("error");
    expect(result.results[0]).toMatchObject({
      verdict: "runtime_error",
      message: "std::out_of_range: vector::_M_range_check: __n (which is 4) >= this->size() (which is 4) (line 6)",
    });
    expect(result.results.find((r) => r.hidden)?.message).toBe("std::out_of_range on line 6 on a hidden test.");
  });

  it("a segfault, an index out of range and a division by zero each stop the run on the candidate's line", async () => {
    const code = `class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        if (target == 1) {
            int* p = nullptr;
            return {*p};
        }
        if (target == 2) return {nums[nums.size() + 5]};
        if (target == 3) return {target / (int)(nums.size() - 2)};
        cout << "fine" << endl;
        return {0, 1};
    }
};
`;
    const tests = (t: number) => [[[1, 2], 9], [[1, 2], t], [[1, 2], 9]];
    const [index, div, segv] = await Promise.all([
      launcher.run(cppJob(code, twoSum().signature, tests(2))),
      launcher.run(cppJob(code, twoSum().signature, tests(3))),
      // The way the judge shows it: the first visible test (four numbers) dereferences null.
      evaluate(twoSum(), code.replace("if (target == 1)", "if (nums.size() == 4)")),
    ]);
    for (const r of [index, div]) {
      expect(r.status).toBe("crashed");
      expect(r.tests.map((t) => t.status)).toEqual(["ok", "error", "not_run"]);
      expect(r.tests[0]).toMatchObject({ actual: [0, 1], stdout: "fine\n" });
    }
    expect(index.tests[1]).toMatchObject({ errorType: "Index out of range", errorLine: 8 });
    expect(index.tests[1].stdout).toContain("Assertion '__n < this->size()' failed");
    expect(div.tests[1]).toMatchObject({ errorType: "Division by zero", errorLine: 9 });
    expect(segv.results.map((r) => r.verdict)).toEqual(["runtime_error", "not_run", "not_run"]);
    expect(segv.results[0].message).toMatch(/^Segmentation fault: invalid memory access .* \(line 6\)$/);
    expect(segv.error).toMatch(/^Test 1: Segmentation fault/);
  });

  it("compile errors carry the candidate's own line numbers; a missing or private method is named", async () => {
    const undeclared = `class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        unordered_map<int, int> seen;
        return {seen[target], missing};
    }
};
`;
    const noReturn = `class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        for (int i = 0; i < (int)nums.size(); i++) if (nums[i] == target) return {i};
    }
};
`;
    const misnamed = "class Solution {\npublic:\n    vector<int> twoSums(vector<int>& nums, int target) { return {}; }\n};\n";
    const hidden = "class Solution {\n    vector<int> twoSum(vector<int>& nums, int target) { return {}; }\n};\n";
    const [u, n, m, h] = await Promise.all([undeclared, noReturn, misnamed, hidden].map((code) => evaluate(twoSum(), code)));
    expect(u.status).toBe("compile_error");
    expect(u.error).toMatch(/^Line 5: error: ‘missing’ was not declared in this scope\n    5 \| .*missing/);
    expect(new Set(u.results.map((r) => r.verdict))).toEqual(new Set(["compile_error"]));
    expect(n.error).toMatch(/^Line 5: error: control reaches end of non-void function/);
    expect(m.error).toBe("Define class Solution with a public method vector<int> twoSum(vector<int>& nums, int target). It was not found in your code.");
    expect(h.error).toBe("The methods of class Solution that the judge calls must be public: put them after `public:`.");
  });

  it("an infinite loop is a time limit; a memory bomb a memory limit; an output flood an output limit", async () => {
    const loop = "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        volatile long spin = 0;\n        while (true) spin++;\n    }\n};\n";
    const bomb = `class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        vector<vector<int>> hoard;
        while (true) hoard.emplace_back(1 << 20, 7);
    }
};
`;
    const flood = "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        while (true) cout << nums[0] << \" spam spam spam\\n\";\n    }\n};\n";
    const started = Date.now();
    const [l, m, f] = await Promise.all([
      evaluate(twoSum(), loop, "run", { wallMs: 1500 }),
      evaluate(twoSum(), bomb, "run", { memoryMb: 256 }),
      evaluate(twoSum(), flood),
    ]);
    expect(Date.now() - started).toBeLessThan(12000);
    expect(l.status).toBe("timeout");
    expect(l.results.map((r) => r.verdict)).toEqual(["time_limit", "not_run", "not_run"]);
    expect(m.status).toBe("memory_exceeded");
    expect(m.results[0]).toMatchObject({ verdict: "memory_limit" });
    expect(m.results[0].message).toMatch(/more than 256 MB/);
    expect(f.status).toBe("error");
    expect(f.results[0].verdict).toBe("output_limit");
    expect(f.results[0].stdout?.length).toBe(64 * 1024);
    expect(f.output.length).toBeLessThanOrEqual(64 * 1024 + 100);
  });

  it("endless recursion is a stack overflow, reported for the test it happened in", async () => {
    const code = `class Solution {
    int depth(vector<int>& trail, int n) {
        trail.push_back(n);
        return depth(trail, n + 1) + trail[n % trail.size()];
    }

public:
    vector<int> twoSum(vector<int>& nums, int target) {
        vector<int> trail;
        if (nums.size() == 3) return {depth(trail, 0)};
        return {2, 3};
    }
};
`;
    const result = await evaluate(twoSum(), code);
    expect(result.results[0].verdict).toBe("accepted");
    expect(result.results[1]).toMatchObject({ verdict: "runtime_error" });
    expect(result.results[1].message).toMatch(/^Stack overflow: the recursion went too deep/);
    expect(result.results[2].verdict).toBe("not_run");
  });

  it("compile-time bombs end as compile errors within the compile limit", async () => {
    const templates = `template <int N, int M> struct Boom { static const int value = Boom<N - 1, 2 * M>::value + Boom<N - 1, 2 * M + 1>::value; };
template <int M> struct Boom<0, M> { static const int value = 1; };
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) { return {Boom<40, 0>::value, 0}; }
};
`;
    const depth = `template <int N> struct Deep { static const int value = Deep<N + 1>::value; };
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) { return {Deep<0>::value}; }
};
`;
    const random = "#include </dev/random>\nclass Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) { return {}; }\n};\n";
    const started = Date.now();
    const [t, d, r] = await Promise.all([templates, depth, random].map((code) => evaluate(twoSum(), code, "run", { compileMs: 4000 })));
    expect(Date.now() - started).toBeLessThan(4000 + 3000 + 5000);
    for (const e of [t, d, r]) {
      expect(e.status).toBe("compile_error");
      expect(e.error).toBeTruthy();
    }
    expect(d.error).toMatch(/template instantiation depth exceeds/);
    expect(d.error).toMatch(/^Line 1: /);
  });
});

describe("C++ harness", () => {
  it("builds ListNode and TreeNode arguments and reads them back; a pasted ListNode struct is used as is", async () => {
    const reverse: Signature = { method: "reverseList", params: [{ name: "head", type: "ListNode" }], returns: "ListNode" };
    const invert: Signature = { method: "invertTree", params: [{ name: "root", type: "TreeNode" }], returns: "TreeNode" };
    const listCode = `class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        ListNode* prev = nullptr;
        while (head) {
            ListNode* next = head->next;
            head->next = prev;
            prev = head;
            head = next;
        }
        return prev;
    }
};
`;
    const pasted = `struct ListNode {
    int val;
    ListNode *next;
    ListNode(int x) : val(x), next(NULL) {}  // the old LeetCode struct: no default constructor
};

class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        if (head) head->val *= 10;
        return head;
    }
};
`;
    const treeCode = `class Solution {
public:
    TreeNode* invertTree(TreeNode* root) {
        if (!root) return nullptr;
        swap(root->left, root->right);
        invertTree(root->left);
        invertTree(root->right);
        return root;
    }
};
`;
    const cycle = "class Solution {\npublic:\n    ListNode* reverseList(ListNode* head) {\n        if (head) head->next = head;\n        return head;\n    }\n};\n";
    const [lists, own, trees, loop] = await Promise.all([
      launcher.run(cppJob(listCode, reverse, [[[1, 2, 3]], [[]]])),
      launcher.run(cppJob(pasted, reverse, [[[1, 2, 3]]])),
      launcher.run(cppJob(treeCode, invert, [[[4, 2, 7, 1, 3, null, 9]], [[1, null, 2]], [[]]])),
      launcher.run(cppJob(cycle, reverse, [[[1, 2]]])),
    ]);
    expect(lists.tests.map((t) => t.actual)).toEqual([[3, 2, 1], []]);
    expect(own.tests.map((t) => t.actual)).toEqual([[10, 2, 3]]);
    expect(trees.tests.map((t) => t.actual)).toEqual([[4, 7, 2, 9, null, 3, 1], [1, 2], []]);
    expect(loop.tests[0]).toMatchObject({ status: "error", errorType: "ValueError" });
    expect(loop.tests[0].error).toBe("Could not read the value your method returned: the returned linked list has a cycle");
  });

  it("converts every value type both ways: long as a string beyond 2^53, doubles, chars, 2-D lists, void in place", async () => {
    // One design class with a method per type: one compile covers them all.
    const sig: Signature = {
      kind: "design",
      className: "Types",
      constructor: { params: [{ name: "seed", type: "string" }] },
      methods: [
        { name: "big", params: [{ name: "n", type: "long" }], returns: "long" },
        { name: "half", params: [{ name: "x", type: "double" }], returns: "double" },
        { name: "upper", params: [{ name: "c", type: "char" }], returns: "char" },
        { name: "flip", params: [{ name: "b", type: "bool[]" }], returns: "bool[]" },
        { name: "group", params: [{ name: "words", type: "string[]" }], returns: "string[][]" },
        { name: "grid", params: [{ name: "g", type: "char[][]" }], returns: "char[][]" },
        { name: "sums", params: [{ name: "m", type: "int[][]" }], returns: "long[]" },
        { name: "bad", params: [], returns: "double" },
        { name: "seed", params: [], returns: "string" },
      ],
    };
    const code = `class Types {
    string s;
public:
    Types(string seed) : s(seed) {}
    long long big(long long n) { return n - 1; }
    double half(double x) { return x / 2; }
    char upper(char c) { return toupper(c); }
    vector<bool> flip(const vector<bool>& b) { vector<bool> out; for (bool v : b) out.push_back(!v); return out; }
    vector<vector<string>> group(vector<string>& words) { return {words, {}}; }
    vector<vector<char>> grid(vector<vector<char>> g) { return g; }
    vector<long long> sums(vector<vector<int>>& m) { vector<long long> out; for (auto& row : m) out.push_back(accumulate(row.begin(), row.end(), 0LL)); return out; }
    double bad() { return sqrt(-1.0); }
    string seed() { return s + " \\u00e9\\t\\"q\\""; }
};
`;
    const ops = ["Types", "big", "big", "half", "upper", "flip", "group", "grid", "sums", "bad", "seed"];
    const args = [["ab"], ["9223372036854775807"], [5], [3], ["q"], [[true, false]], [["a", "b"]], [[["x", "y"], ["z", "."]]], [[[1, 2], [], [2147483647, 2147483647]]], [], []];
    const rotate: Signature = { method: "rotate", params: [{ name: "m", type: "int[][]" }], returns: "void" };
    const rotateCode = `class Solution {
public:
    void rotate(vector<vector<int>>& m) {
        int n = m.size();
        auto copy = m;
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) m[j][n - 1 - i] = copy[i][j];
    }
};
`;
    const [types, inPlace] = await Promise.all([launcher.run(cppJob(code, sig, [[ops, args]])), launcher.run(cppJob(rotateCode, rotate, [[[[1, 2], [3, 4]]]]))]);
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
      'ab é\t"q"',
    ]);
    expect(inPlace.tests[0].actual).toEqual([[3, 1], [4, 2]]);
  });

  it("design problems: a crash or exception names the operation; a forked copy cannot report", async () => {
    const minStack = getProblemBySlug("min-stack") as Problem;
    const code = `class MinStack {
    vector<int> items;
public:
    MinStack() {}
    void push(int val) {
        if (val == 99 && fork() == 0) return;  // the child returns into the driver: it must not report
        items.push_back(val);
    }
    void pop() { if (items.empty()) throw logic_error("pop on empty"); items.pop_back(); }
    int top() { return items.back(); }
    int getMin() { return *min_element(items.begin(), items.end()); }
};
`;
    const result = await launcher.run(
      cppJob(code, minStack.signature, [
        [["MinStack", "push", "push", "getMin", "pop", "top"], [[], [99], [3], [], [], []]],
        [["MinStack", "push", "pop", "pop"], [[], [1], [], []]],
      ]),
    );
    expect(result.status).toBe("ok");
    expect(result.tests[0]).toMatchObject({ status: "ok", actual: [null, null, null, 3, null, 99] });
    expect(result.tests[1]).toMatchObject({
      status: "error",
      error: "operations[3] pop(): std::logic_error: pop on empty",
      errorType: "std::logic_error",
      errorLine: 9,
    });
  });
});
