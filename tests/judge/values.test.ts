import { describe, expect, it } from "vitest";
import { canonicalize, checkTest, fits, parseJsonLossless, whyNot } from "@/lib/problems/values";
import { SignatureSchema, type DesignSignature } from "@/lib/problems/types";

describe("long values beyond 2^53", () => {
  it("parses integer literals outside ±(2^53-1) as decimal strings, losing no digits", () => {
    expect(parseJsonLossless("[9223372036854775807, -9223372036854775808, 9007199254740991, 1.5e300, 12]")).toEqual([
      "9223372036854775807",
      "-9223372036854775808",
      9007199254740991,
      1.5e300,
      12,
    ]);
    expect(parseJsonLossless('{"a": "12345678901234567890", "b": [12345678901234567890]}')).toEqual({
      a: "12345678901234567890",
      b: ["12345678901234567890"],
    });
    expect(parseJsonLossless('"escaped \\" 12345678901234567890"')).toBe('escaped " 12345678901234567890');
    expect(() => parseJsonLossless("[1,")).toThrow(SyntaxError);
  });

  it("a long is a safe-integer number or a 64-bit decimal string; canonical form picks one", () => {
    expect(fits(9007199254740991, "long")).toBe(true);
    expect(fits("9223372036854775807", "long")).toBe(true);
    expect(fits("9223372036854775808", "long")).toBe(false);
    expect(fits("12a", "long")).toBe(false);
    expect(fits(1.5, "long")).toBe(false);
    expect(canonicalize("42", "long")).toBe(42);
    expect(canonicalize(["-9223372036854775808", "7"], "long[]")).toEqual(["-9223372036854775808", 7]);
  });
});

describe("value types", () => {
  it("checks every signature type", () => {
    expect(fits(2147483647, "int")).toBe(true);
    expect(fits(2147483648, "int")).toBe(false);
    expect(whyNot(2147483648, "int")).toBe("2147483648 is outside the 32-bit integer range");
    expect(fits(0.5, "double") && fits(3, "double")).toBe(true);
    expect(fits(true, "bool") && !fits(1, "bool")).toBe(true);
    expect(fits("", "string") && !fits(null, "string")).toBe(true);
    expect(fits("a", "char") && fits("é", "char") && !fits("ab", "char") && !fits("", "char")).toBe(true);
    expect(fits([[1, 2], []], "int[][]") && !fits([[1, "2"]], "int[][]")).toBe(true);
    expect(whyNot([[1], [2, "x"]], "int[][]")).toBe('element [1][1] is "x"');
    expect(whyNot([1, 2147483648], "int[]")).toBe("element [1]: 2147483648 is outside the 32-bit integer range");
    expect(fits([["a"]], "char[][]") && fits([["ab"]], "string[][]")).toBe(true);
    expect(fits([1, 2, 3], "ListNode") && fits([], "ListNode") && !fits([1, null], "ListNode")).toBe(true);
    expect(fits([1, null, 2], "TreeNode") && fits([], "TreeNode")).toBe(true);
    expect(fits([true, false], "bool[]") && fits([0.5], "double[]") && fits(["1", 2], "long[]")).toBe(true);
  });
});

describe("signatures", () => {
  it("a function signature keeps its old shape; kind is optional", () => {
    const parsed = SignatureSchema.parse({ method: "f", params: [{ name: "x", type: "int" }], returns: "int" });
    expect(parsed).toEqual({ method: "f", params: [{ name: "x", type: "int" }], returns: "int" });
    expect(SignatureSchema.safeParse({ kind: "function", method: "f", params: [], returns: "int" }).success).toBe(true);
  });

  it("a design signature names the class, its constructor and methods", () => {
    const sig = SignatureSchema.parse({
      kind: "design",
      className: "MinStack",
      constructor: { params: [] },
      methods: [{ name: "push", params: [{ name: "val", type: "int" }], returns: "void" }],
    }) as DesignSignature;
    expect(sig.constructor.params).toEqual([]);
    expect(sig.methods[0].name).toBe("push");
    expect(SignatureSchema.safeParse({ kind: "design", className: "X", constructor: { params: [] }, methods: [] }).success).toBe(false);
    expect(SignatureSchema.safeParse({ kind: "class", className: "X" }).success).toBe(false);
  });

  it("checks design tests call by call", () => {
    const sig: DesignSignature = {
      kind: "design",
      className: "Counter",
      constructor: { params: [{ name: "start", type: "long" }] },
      methods: [
        { name: "add", params: [{ name: "n", type: "int" }], returns: "void" },
        { name: "total", params: [], returns: "long" },
      ],
    };
    expect(checkTest(sig, [["Counter", "add", "total"], [["9007199254740993"], [1], []]], [null, null, "9007199254740994"])).toEqual([]);
    expect(checkTest(sig, [["Counter", "sub"], [[1], [1]]], [null, null])).toEqual([
      'input.0.1: "sub" is not a method of Counter (add, total)',
    ]);
    expect(checkTest(sig, [["Counter", "add"], [[1], ["x"]]], [null, null])).toEqual(['input.1.1.0: add\'s n should be int, got "x"']);
    expect(checkTest(sig, [["Counter", "add"], [[1], [1, 2]]], [null, null])).toEqual(["input.1.1: add takes 1 argument, got 2"]);
    expect(checkTest(sig, [["add"], [[1]]], [null])).toEqual(['input.0.0: the first operation should be "Counter" (the constructor)']);
    expect(checkTest(sig, [["Counter", "total"], [[1], []]], [null, "x"])).toEqual(['expected.1: should be long, got "x"']);
    expect(checkTest(sig, [["Counter", "total"], [[1], []]], [null])).toEqual(["expected: should have one value per operation (2), got [null]"]);
  });
});
