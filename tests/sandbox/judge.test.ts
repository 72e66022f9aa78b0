import { describe, expect, it } from "vitest";
import { compareValues, formatInput, formatValue, judgeOutcome, type JudgeContext } from "@/lib/judge";
import { DEFAULT_LIMITS } from "@/lib/launcher/types";

describe("compareValues", () => {
  it("exact compares JSON values deeply", () => {
    expect(compareValues([1, [2, 3]], [1, [2, 3]], "exact")).toBe(true);
    expect(compareValues([1, [3, 2]], [1, [2, 3]], "exact")).toBe(false);
    expect(compareValues(true, true, "exact")).toBe(true);
    expect(compareValues(1, true, "exact")).toBe(false);
    expect(compareValues(null, 0, "exact")).toBe(false);
    expect(compareValues("abc", "abc", "exact")).toBe(true);
    expect(compareValues([1, 2], [1, 2, 3], "exact")).toBe(false);
    expect(compareValues({ a: 1, b: [2] }, { b: [2], a: 1 }, "exact")).toBe(true);
  });

  it("unordered ignores the order of the outer list only", () => {
    expect(compareValues([3, 1], [1, 3], "unordered")).toBe(true);
    expect(compareValues([[1, 2], [3]], [[3], [1, 2]], "unordered")).toBe(true);
    expect(compareValues([[2, 1], [3]], [[3], [1, 2]], "unordered")).toBe(false);
    expect(compareValues([1, 1, 2], [1, 2, 2], "unordered")).toBe(false);
    expect(compareValues([1], [1, 1], "unordered")).toBe(false);
    expect(compareValues(1, [1], "unordered")).toBe(false);
  });

  it("float allows the tolerance, absolute near zero and relative for large values", () => {
    expect(compareValues(0.1 + 0.2, 0.3, "float")).toBe(true);
    expect(compareValues([2.000001, 1e9 + 100], [2, 1e9], "float", 1e-5)).toBe(true);
    expect(compareValues(2.001, 2, "float", 1e-5)).toBe(false);
    expect(compareValues(2.001, 2, "float", 1e-2)).toBe(true);
    expect(compareValues("2.0", 2, "float")).toBe(false);
  });
});

describe("verdict messages", () => {
  const ctx: JudgeContext = { mode: "exact", language: "python", limits: DEFAULT_LIMITS, runStatus: "ok", hidden: false };

  it("formats values and inputs as compact JSON", () => {
    expect(formatValue([1, "a", null, true])).toBe('[1,"a",null,true]');
    expect(formatInput({ method: "f", params: [{ name: "s", type: "string" }, { name: "k", type: "int" }], returns: "int" }, ["ab", 2])).toBe(
      's = "ab"\nk = 2',
    );
    expect(formatValue("x".repeat(2000))).toMatch(/… \(1002 more characters\)$/);
  });

  it("says what went wrong on a visible test, and only the kind of failure on a hidden one", () => {
    const error = { id: "t", status: "error" as const, stdout: "", timeMs: 1, error: "KeyError: 424242", errorType: "KeyError", errorLine: 4 };
    expect(judgeOutcome(error, 1, ctx).message).toBe("KeyError: 424242 (line 4)");
    const hidden = judgeOutcome(error, 1, { ...ctx, hidden: true });
    expect(hidden).toEqual({ verdict: "runtime_error", passed: false, message: "KeyError on line 4 on a hidden test." });

    const wrong = { id: "t", status: "ok" as const, stdout: "", timeMs: 1, actual: 424242 };
    expect(judgeOutcome(wrong, 5, ctx).message).toBe("Expected 5 but got 424242.");
    expect(judgeOutcome(wrong, 5, { ...ctx, hidden: true }).message).toBe("Wrong answer on a hidden test.");
  });

  it("maps limits to their verdicts", () => {
    const hit = (limit: "time" | "memory" | "output") => judgeOutcome({ id: "t", status: "error", stdout: "", timeMs: 0, limit }, 1, ctx).verdict;
    expect([hit("time"), hit("memory"), hit("output")]).toEqual(["time_limit", "memory_limit", "output_limit"]);
    const notRun = { id: "t", status: "not_run" as const, stdout: "", timeMs: 0 };
    expect(judgeOutcome(notRun, 1, { ...ctx, runStatus: "compile_error" }).verdict).toBe("compile_error");
    expect(judgeOutcome(notRun, 1, { ...ctx, runStatus: "timeout" }).verdict).toBe("not_run");
  });
});
