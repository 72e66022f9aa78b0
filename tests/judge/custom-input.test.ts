import { describe, expect, it } from "vitest";
import { customInputMessage, parseCustomInput } from "@/lib/judge/custom-input";
import { getProblemBySlug } from "@/lib/problems";
import type { Problem, Signature } from "@/lib/problems/types";

const sig = (slug: string) => (getProblemBySlug(slug) as Problem).signature;
const twoSum = () => sig("two-sum");

describe("custom input of a function problem", () => {
  it("takes name = value lines, bare values in signature order, or a mix", () => {
    expect(parseCustomInput(twoSum(), "nums = [3, 2, 4]\ntarget = 6")).toEqual({ ok: true, input: [[3, 2, 4], 6] });
    expect(parseCustomInput(twoSum(), "[3, 2, 4]\n6\n")).toEqual({ ok: true, input: [[3, 2, 4], 6] });
    expect(parseCustomInput(twoSum(), "target = 6\n[3, 2, 4]")).toEqual({ ok: true, input: [[3, 2, 4], 6] });
    expect(parseCustomInput(twoSum(), "# my case\n\n  nums=[1,5]  \r\ntarget=6\n")).toEqual({ ok: true, input: [[1, 5], 6] });
  });

  it("says which line is wrong and why", () => {
    const errors = (text: string, s: Signature = twoSum()) => {
      const r = parseCustomInput(s, text);
      return r.ok ? [] : r.errors;
    };
    expect(errors("nums = [1, 2\ntarget = 3")[0]).toMatch(/^line 1: nums is not valid JSON: .*Write values as JSON/);
    expect(errors('nums = [1, 2]\ntarget = "3"')).toEqual(['line 2: target should be an integer (32-bit), got "3"']);
    expect(errors("nums = [1, 2]\ntarget = 3000000000")).toEqual(["line 2: target should be an integer (32-bit), 3000000000 is outside the 32-bit integer range"]);
    expect(errors("nums = [1, 2.5]\ntarget = 3")).toEqual(["line 1: nums should be a list of integers (32-bit), element [1] is 2.5"]);
    expect(errors("nums = [1, 2]")).toEqual(['missing target (an integer (32-bit)): add a line "target = …"']);
    expect(errors("nums = [1, 2]\ntarget = 3\n4")).toEqual(["line 3: twoSum takes 2 arguments (nums, target); this line is one too many"]);
    expect(errors("numbers = [1, 2]\ntarget = 3")[0]).toBe('line 1: "numbers" is not a parameter of twoSum (its parameters: nums, target)');
    expect(errors("target = 3\nnums = [1]\ntarget = 4")).toEqual(["line 3: target is given twice (lines 1 and 3)"]);
    expect(errors("nums = [1, 2]\ntarget = ")).toEqual(['line 2: target has no value after "="']);
    expect(errors("s = 'abc'", sig("valid-parentheses"))[0]).toMatch(/^line 1: s is not valid JSON \(strings take double quotes\)/);
    expect(errors("")).toEqual(["the custom input is empty"]);
    expect(customInputMessage(["a", "b"])).toBe("stdin: a; b");
  });

  it("keeps every digit of a long and types each value", () => {
    const s: Signature = {
      method: "f",
      params: [
        { name: "n", type: "long" },
        { name: "x", type: "double" },
        { name: "ok", type: "bool" },
        { name: "c", type: "char" },
        { name: "grid", type: "char[][]" },
        { name: "head", type: "ListNode" },
        { name: "root", type: "TreeNode" },
      ],
      returns: "long",
    };
    const r = parseCustomInput(s, 'n = 9223372036854775807\nx = 0.5\nok = true\nc = "z"\ngrid = [["a","b"]]\nhead = [1,2]\nroot = [1,null,3]');
    expect(r).toEqual({ ok: true, input: ["9223372036854775807", 0.5, true, "z", [["a", "b"]], [1, 2], [1, null, 3]] });
    const bad = parseCustomInput(s, 'n = 9223372036854775808\nx = 1\nok = True\nc = "zz"\ngrid = []\nhead = []\nroot = []');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors).toEqual([
        "line 1: n should be an integer (64-bit), 9223372036854775808 is outside the 64-bit integer range",
        expect.stringMatching(/^line 3: ok is not valid JSON \(use true, false and null\)/),
        'line 4: c should be a one-character string ("a"), got "zz"',
      ]);
    }
  });
});

describe("custom input of a design problem", () => {
  it("takes the operations and arguments lines, named or bare", () => {
    const text = 'operations = ["MinStack", "push", "getMin"]\narguments = [[], [-2], []]';
    expect(parseCustomInput(sig("min-stack"), text)).toEqual({ ok: true, input: [["MinStack", "push", "getMin"], [[], [-2], []]] });
    expect(parseCustomInput(sig("min-stack"), 'arguments = [[], [5]]\noperations = ["MinStack", "push"]')).toEqual({
      ok: true,
      input: [["MinStack", "push"], [[], [5]]],
    });
    expect(parseCustomInput(sig("lru-cache"), '["LRUCache","put","get"]\n[[1],[1,1],[1]]')).toEqual({
      ok: true,
      input: [["LRUCache", "put", "get"], [[1], [1, 1], [1]]],
    });
  });

  it("says which line and which call is wrong", () => {
    const errors = (text: string) => {
      const r = parseCustomInput(sig("min-stack"), text);
      return r.ok ? [] : r.errors;
    };
    expect(errors('["MinStack", "push"]')[0]).toMatch(/^a MinStack input is two lines, the operations and their arguments .*got 1 line$/);
    expect(errors('["MinStack", "peek"]\n[[], []]')).toEqual(['line 1: operations[1]: "peek" is not a method of MinStack (push, pop, top, getMin)']);
    expect(errors('["MinStack", "push"]\n[[], ["x"]]')).toEqual(['line 2: arguments[1][0]: push\'s val should be int, got "x"']);
    expect(errors('["MinStack", "push"]\n[[], [1, 2]]')).toEqual(["line 2: arguments[1]: push takes 1 argument, got 2"]);
    expect(errors('["push"]\n[[1]]')).toEqual(['line 1: operations[0]: the first operation should be "MinStack" (the constructor)']);
    expect(errors('["MinStack", "push"]\n[[]]')).toEqual(["line 1: 2 operations but 1 argument lists"]);
    expect(errors('ops = ["MinStack"]\narguments = [[]]')).toEqual(['line 1: "ops" should be operations or arguments']);
    expect(errors('operations = ["MinStack"]\noperations = [[]]')).toEqual(["line 2: operations is given twice (lines 1 and 2)"]);
    expect(errors('operations = ["MinStack", "pop"]\narguments = [[], [], []]')).toEqual(["line 1: 2 operations but 3 argument lists"]);
  });
});
