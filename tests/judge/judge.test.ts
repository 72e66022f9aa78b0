import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareValues, formatInput, formatValue, judgeOutcome, type JudgeContext } from "@/lib/judge";
import { loadCheck } from "@/lib/judge/checker";
import { LANGUAGE_LIMITS, limitsFor } from "@/lib/judge/limits";
import { DEFAULT_LIMITS } from "@/lib/launcher/types";
import { getProblemBySlug, loadProblemDir } from "@/lib/problems";
import type { DesignSignature, Problem, Signature } from "@/lib/problems/types";

const ok = (actual: unknown) => ({ id: "t", status: "ok" as const, stdout: "", timeMs: 1, actual });
const base: JudgeContext = { mode: "exact", language: "python", limits: DEFAULT_LIMITS, runStatus: "ok", hidden: false };

describe("typed comparison", () => {
  it("compares longs as 64-bit integers, in either JSON form", () => {
    expect(compareValues("9223372036854775807", "9223372036854775807", "exact", undefined, "long")).toBe(true);
    expect(compareValues("9223372036854775806", "9223372036854775807", "exact", undefined, "long")).toBe(false);
    expect(compareValues(42, "42", "exact", undefined, "long")).toBe(true);
    expect(compareValues(["9007199254740993", 1], ["9007199254740993", 1], "exact", undefined, "long[]")).toBe(true);
    expect(compareValues(["9007199254740993", 1], [1, "9007199254740993"], "unordered", undefined, "long[]")).toBe(true);
  });

  it("float tolerance applies to doubles only; ints beside them stay exact", () => {
    expect(compareValues(0.1 + 0.2, 0.3, "float", undefined, "double")).toBe(true);
    expect(compareValues([1.000001, 2.5], [1, 2.5], "float", 1e-5, "double[]")).toBe(true);
    expect(compareValues(1000000001, 1000000000, "float", 1e-5, "int")).toBe(false);
    expect(compareValues(1000000001, 1000000000, "float", 1e-5)).toBe(true); // untyped: the old behaviour
    expect(compareValues(0.30000000000000004, 0.3, "exact", undefined, "double")).toBe(false);
    expect(compareValues("nan", "nan", "float", undefined, "double")).toBe(true);
  });

  it("custom mode never compares by itself", () => {
    expect(compareValues([1], [1], "custom")).toBe(false);
  });
});

const minStack = () => getProblemBySlug("min-stack") as Problem;

describe("design problems are judged call by call", () => {
  const input = [["MinStack", "push", "push", "getMin", "pop", "top"], [[], [-2], [0], [], [], []]];
  const expected = [null, null, null, -2, null, -2];
  const ctx = (): JudgeContext => ({ ...base, signature: minStack().signature, input });

  it("accepts the right sequence of results", () => {
    expect(judgeOutcome(ok([null, null, null, -2, null, -2]), expected, ctx())).toMatchObject({ verdict: "accepted", passed: true });
  });

  it("names the first call that differs", () => {
    const judged = judgeOutcome(ok([null, null, null, 0, null, -2]), expected, ctx());
    expect(judged.verdict).toBe("wrong_answer");
    expect(judged.message).toBe("operations[3] getMin() returned 0, expected -2 (call 3 of 5; the calls before it matched).");
    expect(judgeOutcome(ok([null, null, null, null, null, -2]), expected, ctx()).message).toMatch(
      /^operations\[3\] getMin\(\) returned None; expected -2\. Check that every path returns a value\.$/,
    );
    expect(judgeOutcome(ok([null, null]), expected, ctx()).message).toMatch(/one result per operation \(6\)/);
    expect(judgeOutcome(ok([null, null, null, 0, null, -2]), expected, { ...ctx(), hidden: true }).message).toBe("Wrong answer on a hidden test.");
  });

  it("shows a design input as two lines that can be pasted back as a custom input", () => {
    expect(formatInput(minStack().signature, input)).toBe('operations = ["MinStack","push","push","getMin","pop","top"]\narguments = [[],[-2],[0],[],[],[]]');
  });

  it("compares a double method with the tolerance and an int method exactly", () => {
    const sig: DesignSignature = {
      kind: "design",
      className: "Avg",
      constructor: { params: [] },
      methods: [
        { name: "add", params: [{ name: "v", type: "int" }], returns: "int" },
        { name: "mean", params: [], returns: "double" },
      ],
    };
    const inp = [["Avg", "add", "add", "mean"], [[], [1], [2], []]];
    const c: JudgeContext = { ...base, mode: "float", signature: sig, input: inp };
    expect(judgeOutcome(ok([null, 1, 2, 1.5000001]), [null, 1, 2, 1.5], c).passed).toBe(true);
    expect(judgeOutcome(ok([null, 1, 3, 1.5]), [null, 1, 2, 1.5], c).message).toMatch(/^operations\[2\] add\(\) returned 3, expected 2/);
  });
});

describe("typed messages", () => {
  it("shows a long beyond 2^53 as the number it is", () => {
    const sig: Signature = { method: "f", params: [{ name: "n", type: "long" }], returns: "long" };
    expect(formatInput(sig, ["9223372036854775807"])).toBe("n = 9223372036854775807");
    expect(formatValue(["9223372036854775807", 3], "long[]")).toBe("[9223372036854775807,3]");
    const judged = judgeOutcome(ok("9223372036854775806"), "9223372036854775807", { ...base, signature: sig, input: ["1"] });
    expect(judged.message).toBe("Expected 9223372036854775807 but got 9223372036854775806.");
  });
});

describe("custom checkers", () => {
  const topK = () => getProblemBySlug("top-k-frequent-elements") as Problem;

  it("are loaded with the bank and judge answers that have several right forms", async () => {
    const problem = topK();
    expect(problem.judge.mode).toBe("custom");
    const check = await loadCheck(problem);
    expect(typeof check).toBe("function");
    const input = [[3, 1, 3, 2, 1, 5], 1];
    const ctx: JudgeContext = { ...base, mode: "custom", signature: problem.signature, input, check };
    expect(judgeOutcome(ok([3]), [3], ctx).verdict).toBe("accepted");
    expect(judgeOutcome(ok([1]), [3], ctx).verdict).toBe("accepted"); // tied with 3
    expect(judgeOutcome(ok([2]), [3], ctx).message).toBe("3 occurs 2 times, more often than 2 (once), which you returned.");
    expect(judgeOutcome(ok([3, 1]), [3], ctx).message).toBe("Expected 1 value but your answer has 2.");
    expect(judgeOutcome(ok([9]), [3], ctx).message).toBe("9 does not occur in nums.");
    // The signature's type is checked before the checker sees the answer.
    expect(judgeOutcome(ok("3"), [3], ctx).message).toBe('Expected a list of integers (32-bit) but got "3".');
    expect(judgeOutcome(ok(null), [3], ctx).message).toMatch(/returned None/);
    expect(judgeOutcome(ok([2]), [3], { ...ctx, hidden: true }).message).toBe("Wrong answer on a hidden test.");
  });

  it("a checker that throws is a wrong answer, and a false without a reason gets a generic one", () => {
    const problem = topK();
    const throwing: JudgeContext = { ...base, mode: "custom", signature: problem.signature, input: [[1], 1], check: () => { throw new Error("boom"); } };
    expect(judgeOutcome(ok([1]), [1], throwing)).toMatchObject({ verdict: "wrong_answer", message: "Your answer [1] could not be checked: boom" });
    const no: JudgeContext = { ...throwing, check: () => false };
    expect(judgeOutcome(ok([1]), [1], no).message).toBe("[1] is not a correct answer for this input (one correct answer is [1]).");
  });

  it("the loader requires checker.mjs for mode custom and only then", () => {
    const root = path.join(process.cwd(), "problems");
    expect(loadProblemDir(path.join(root, "top-k-frequent-elements")).checker).toBeTypeOf("function");
    expect(loadProblemDir(path.join(root, "two-sum")).checker).toBeUndefined();
  });
});

describe("limits", () => {
  it("start from the brief's defaults, then the language, then the problem, then its per-language override", () => {
    expect(limitsFor(undefined, "python")).toEqual(DEFAULT_LIMITS);
    expect(limitsFor(undefined, "python").wallMs).toBe(5000);
    expect(limitsFor(undefined, "java")).toMatchObject({ wallMs: 5000, memoryMb: 1024, compileMs: 15_000 });
    expect(limitsFor(undefined, "go").compileMs).toBe(LANGUAGE_LIMITS.go.compileMs);
    const problem = { limits: { wallMs: 8000, memoryMb: 256, byLanguage: { java: { memoryMb: 1536 } } } };
    expect(limitsFor(problem, "python")).toMatchObject({ wallMs: 8000, memoryMb: 256 });
    expect(limitsFor(problem, "java")).toMatchObject({ wallMs: 8000, memoryMb: 1536, compileMs: 15_000 });
    expect(limitsFor(problem, "java", { wallMs: 1000 })).toMatchObject({ wallMs: 1000, memoryMb: 1536 });
  });
});
