import { describe, expect, it } from "vitest";
import { evaluateCode } from "@/lib/judge/evaluate";
import { BwrapLauncher } from "@/lib/launcher/bwrap";
import { getProblemBySlug } from "@/lib/problems";
import type { Problem } from "@/lib/problems/types";
import { referenceSolution } from "../helpers/solutions";
import { pythonJob } from "./helpers";

const launcher = new BwrapLauncher();
const minStack = () => getProblemBySlug("min-stack") as Problem;
const lru = () => getProblemBySlug("lru-cache") as Problem;

const run = (problem: Problem, code: string, kind: "run" | "submit" = "run") => evaluateCode({ problem, language: "python", code, kind, launcher });

describe("design problems in the Python driver", () => {
  it("drives the class through the calls and reports one value per operation", async () => {
    const job = pythonJob(referenceSolution("min-stack"), minStack().signature, [
      [["MinStack", "push", "push", "getMin", "pop", "top", "getMin"], [[], [-2], [0], [], [], [], []]],
      [["MinStack", "push", "top"], [[], [2147483647], []]],
    ]);
    const result = await launcher.run(job);
    expect(result.status).toBe("ok");
    expect(result.tests.map((t) => t.actual)).toEqual([
      [null, null, null, -2, null, -2, -2],
      [null, null, 2147483647],
    ]);
  });

  it("passes constructor arguments and reports the visible tests the way candidates read them", async () => {
    const result = await run(lru(), referenceSolution("lru-cache"));
    expect(result).toMatchObject({ status: "success", passed: 2, total: 2 });
    expect(result.results[0]).toMatchObject({
      verdict: "accepted",
      input: 'operations = ["LRUCache","put","put","get","put","get","get"]\narguments = [[2],[1,10],[2,20],[1],[3,30],[2],[3]]',
      expectedOutput: "[null,null,null,10,null,-1,30]",
      actualOutput: "[null,null,null,10,null,-1,30]",
    });
  });

  it("a wrong result names the first call that differs", async () => {
    // Forgets that get() is a use: evicts by insertion order.
    const code = `
class LRUCache:
    def __init__(self, capacity: int):
        self.capacity, self.d = capacity, {}
    def get(self, key: int) -> int:
        return self.d.get(key, -1)
    def put(self, key: int, value: int) -> None:
        self.d.pop(key, None)
        self.d[key] = value
        if len(self.d) > self.capacity:
            del self.d[next(iter(self.d))]
`;
    const result = await run(lru(), code);
    expect(result.status).toBe("success");
    expect(result.results[0]).toMatchObject({
      verdict: "wrong_answer",
      message: "operations[5] get() returned 20, expected -1 (call 5 of 6; the calls before it matched).",
      actualOutput: "[null,null,null,10,null,20,30]",
    });
  });

  it("an exception names the operation, its index and the candidate's line", async () => {
    const code = `class MinStack:
    def __init__(self):
        self.items = []
    def push(self, val: int) -> None:
        self.items.append(val)
    def pop(self) -> None:
        self.items.pop()
    def top(self) -> int:
        return self.items[-1]
    def getMin(self) -> int:
        return self.items[len(self.items)]
`;
    const result = await run(minStack(), code);
    expect(result.status).toBe("error");
    expect(result.results[0]).toMatchObject({
      verdict: "runtime_error",
      message: "operations[4] getMin(): IndexError: list index out of range (line 11)",
    });
    expect(result.error).toBe("Test 1: operations[4] getMin(): IndexError: list index out of range (line 11)");
  });

  it("an exception in the constructor says so", async () => {
    const code = `class MinStack:
    def __init__(self):
        raise ValueError("not yet")
    def push(self, val): pass
    def pop(self): pass
    def top(self): pass
    def getMin(self): pass
`;
    const result = await run(minStack(), code);
    expect(result.results[0].message).toBe("operations[0] MinStack() (the constructor): ValueError: not yet (line 3)");
  });

  it("a missing class or method is reported before any call", async () => {
    const noClass = await run(minStack(), "class Solution:\n    pass\n");
    expect(noClass.results[0].message).toBe("Define class MinStack. It was not found in your code.");
    const noMethod = await run(minStack(), "class MinStack:\n    def push(self, val): pass\n    def pop(self): pass\n    def top(self): return 0\n");
    expect(noMethod.results.every((r) => r.verdict === "runtime_error")).toBe(true);
    expect(noMethod.results[0].message).toBe("Define class MinStack with a method getMin(self). It was not found in your code.");
  });

  it("the starter code runs: void methods give null, the others None", async () => {
    const result = await run(minStack(), minStack().starterCode.python ?? "");
    expect(result.status).toBe("success");
    expect(result.results[0].message).toBe("operations[4] getMin() returned None; expected 2. Check that every path returns a value.");
  });

  it("prints are captured per test, and a value a void method returns is ignored", async () => {
    const code = `class MinStack:
    def __init__(self):
        self.items = []
        print("new stack")
    def push(self, val):
        self.items.append((val, min(val, self.items[-1][1]) if self.items else val))
        return "ignored"
    def pop(self):
        return self.items.pop()
    def top(self):
        return self.items[-1][0]
    def getMin(self):
        print("min is", self.items[-1][1])
        return self.items[-1][1]
`;
    const result = await run(minStack(), code);
    expect(result).toMatchObject({ status: "success", passed: 2 });
    expect(result.results[0].stdout).toBe("new stack\nmin is 2\nmin is 2\n");
    expect(result.output).toContain("Test 2:\nnew stack\nmin is -1\nmin is 3\n");
  });

  it("a linear getMin passes the small tests and runs out of time on the large hidden ones", async () => {
    const code = `class MinStack:
    def __init__(self):
        self.items = []
    def push(self, val): self.items.append(val)
    def pop(self): self.items.pop()
    def top(self): return self.items[-1]
    def getMin(self): return min(self.items)
`;
    const result = await run(minStack(), code, "submit");
    expect(result.status).toBe("timeout");
    // Which large test runs out the clock depends on the machine; one of them must.
    const hidden = minStack().tests.hidden;
    const timedOut = result.results.find((r) => r.verdict === "time_limit");
    expect(timedOut?.hidden).toBe(true);
    expect(hidden[Number(timedOut!.id.slice(7)) - 1].tags).toContain("large input");
    const smallHidden = hidden.flatMap((t, i) => (t.tags.includes("large input") ? [] : [`hidden-${i + 1}`]));
    const ranSmall = result.results.filter((r) => smallHidden.includes(r.id) && r.verdict !== "not_run");
    expect(ranSmall.length).toBeGreaterThan(0);
    expect(ranSmall.every((r) => r.passed)).toBe(true);
  }, 60_000);

  it("an LRU cache that keeps its order in a list is too slow for the large hidden tests", async () => {
    const code = `class LRUCache:
    def __init__(self, capacity):
        self.cap, self.d, self.order = capacity, {}, []
    def get(self, key):
        if key not in self.d: return -1
        self.order.remove(key); self.order.append(key)
        return self.d[key]
    def put(self, key, value):
        if key in self.d: self.order.remove(key)
        self.d[key] = value; self.order.append(key)
        if len(self.order) > self.cap: del self.d[self.order.pop(0)]
`;
    const result = await run(lru(), code, "submit");
    expect(result.status).toBe("timeout");
    const timedOut = result.results.filter((r) => r.verdict === "time_limit");
    expect(timedOut).toHaveLength(1);
    const index = Number(timedOut[0].id.replace("hidden-", "")) - 1;
    expect(lru().tests.hidden[index].tags).toContain("large input");
    expect(result.results.filter((r) => r.hidden && r.passed).length).toBeGreaterThanOrEqual(10);
  }, 60_000);
});
