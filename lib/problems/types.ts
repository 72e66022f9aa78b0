import { z } from "zod";
import { DIFFICULTIES, LANGUAGES } from "@/db/schema";

/** Value types a problem signature may use (see the harness in sandbox-images/runner). */
export const ValueTypeSchema = z.enum([
  "int",
  "long",
  "double",
  "bool",
  "string",
  "char",
  "int[]",
  "long[]",
  "double[]",
  "bool[]",
  "string[]",
  "char[]",
  "int[][]",
  "string[][]",
  "char[][]",
  "ListNode",
  "TreeNode",
  "void",
]);
export type ValueType = z.infer<typeof ValueTypeSchema>;

const IdentifierSchema = z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/);

export const ParamSchema = z.object({ name: IdentifierSchema, type: ValueTypeSchema });
export type Param = z.infer<typeof ParamSchema>;

/**
 * A function problem: the candidate implements one method on class Solution (a function in
 * JS/Go). A test's input is the arguments in signature order; expected is the return value
 * (for a `void` method, the first argument after the call). `kind` may be left out.
 */
export const FunctionSignatureSchema = z.object({
  kind: z.literal("function").optional(),
  /** Method the candidate implements on class Solution (function name in JS/Go). */
  method: IdentifierSchema,
  params: z.array(ParamSchema),
  returns: ValueTypeSchema,
});
export type FunctionSignature = z.infer<typeof FunctionSignatureSchema>;

export const DesignMethodSchema = z.object({
  name: IdentifierSchema,
  params: z.array(ParamSchema),
  /** `void`: the call's result is recorded as null. */
  returns: ValueTypeSchema,
});
export type DesignMethod = z.infer<typeof DesignMethodSchema>;

/**
 * A design problem (LeetCode style): the candidate writes class `className`; a test drives one
 * instance through a sequence of calls. A test's input is `[operations, arguments]`:
 *   [["MinStack","push","getMin"], [[], [-2], []]]
 * operations[0] is the class name (the constructor, with its arguments at arguments[0]); every
 * later entry names a method, with its arguments in arguments[i]. Expected is one value per
 * operation: null for the constructor and for `void` methods, the converted return value otherwise.
 * Drivers report the same list as the test's `actual`. See sandbox-images/runner/README.md.
 */
export const DesignSignatureSchema = z.object({
  kind: z.literal("design"),
  className: IdentifierSchema,
  constructor: z.object({ params: z.array(ParamSchema) }),
  methods: z.array(DesignMethodSchema).min(1),
});
export type DesignSignature = z.infer<typeof DesignSignatureSchema>;

/** A function signature (`kind` absent or "function") or a design signature (`kind: "design"`). */
export const SignatureSchema = z.discriminatedUnion("kind", [FunctionSignatureSchema, DesignSignatureSchema]);
export type Signature = FunctionSignature | DesignSignature;

export const isDesign = (s: Signature): s is DesignSignature => s.kind === "design";

/** The value type of each method's result in a design problem, by method name. */
export function designMethod(s: DesignSignature, name: string): DesignMethod | undefined {
  return s.methods.find((m) => m.name === name);
}

/**
 * How results are compared:
 * - exact: deep equality (numbers typed `double` compare exactly too);
 * - unordered: the returned list may be in any order (outer list only);
 * - float: values typed `double` may differ by `tolerance` (absolute, or relative above 1); other values exact;
 * - custom: the problem's own checker.mjs decides (see lib/judge/checker.ts).
 */
export const JudgeModeSchema = z.enum(["exact", "unordered", "float", "custom"]);
export type JudgeMode = z.infer<typeof JudgeModeSchema>;

/** Limits a problem or a language may change; the rest come from DEFAULT_LIMITS (lib/launcher/types.ts). */
export const LimitOverridesSchema = z
  .object({
    /** The run's wall clock, compile excluded. */
    wallMs: z.number().int().positive().max(60_000),
    cpuSeconds: z.number().int().positive().max(60),
    memoryMb: z.number().int().min(32).max(8192),
    maxProcesses: z.number().int().positive().max(4096),
    maxOutputBytes: z.number().int().positive().max(16 * 1024 * 1024),
    maxFileBytes: z.number().int().positive().max(1024 * 1024 * 1024),
    /** The compile step's own wall clock (compiled languages). */
    compileMs: z.number().int().positive().max(120_000),
  })
  .partial()
  .strict();
export type LimitOverrides = z.infer<typeof LimitOverridesSchema>;

/**
 * Values in tests are JSON, typed by the signature. `long` values outside ±(2^53-1) are written as
 * decimal strings ("9223372036854775807"); the loader also accepts them as bare JSON numbers and
 * turns them into strings without losing digits. Drivers take both forms and report such values as
 * strings. TreeNode: level order with null gaps; ListNode: list of values; char: a 1-character string.
 */
export const TestCaseSchema = z.object({
  /** Arguments in signature order, as JSON; for a design problem [operations, arguments]. */
  input: z.array(z.unknown()),
  expected: z.unknown(),
  /** What the test probes (empty input, duplicates, worst-case size, …). */
  tags: z.array(z.string()).default([]),
});
export type TestCase = z.infer<typeof TestCaseSchema>;

export const HINT_LEVELS = ["soft", "medium", "hard"] as const;
export type HintLevel = (typeof HINT_LEVELS)[number];

/**
 * A planted solution in the problem's variants/ folder (Python). buggy: subtly wrong, passes the
 * visible tests and fails a hidden one; used to grade a candidate's own test inputs. slow: right but
 * asymptotically slower than the optimal; the worst-case tests must time it out.
 */
export const VariantSchema = z
  .object({
    file: z.string().regex(/^[a-z0-9][a-z0-9_-]*\.py$/, "must be a Python file name like off-by-one.py"),
    kind: z.enum(["buggy", "slow"]),
    description: z.string().min(1),
  })
  .strict();
export type Variant = z.infer<typeof VariantSchema>;

export const ProblemFileSchema = z.object({
  id: z.number().int().positive(),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  difficulty: z.enum(DIFFICULTIES),
  category: z.string().min(1),
  tags: z.array(z.string()).min(1),
  estimatedMinutes: z.number().int().positive(),
  constraints: z.array(z.string()).min(1),
  /** 2–3 worked examples; the visible tests are the same cases, in the same order. */
  examples: z
    .array(z.object({ input: z.string().min(1), output: z.string().min(1), explanation: z.string().optional() }).strict())
    .min(2, "needs 2 or 3 worked examples")
    .max(3, "needs 2 or 3 worked examples"),
  signature: SignatureSchema,
  judge: z.object({ mode: JudgeModeSchema, tolerance: z.number().positive().optional() }).default({ mode: "exact" }),
  /**
   * Limits for this problem: the fields apply to every language (over the language's defaults),
   * `byLanguage` then overrides per language. Example: { "wallMs": 8000, "byLanguage": { "java": { "memoryMb": 1536 } } }.
   */
  limits: LimitOverridesSchema.extend({
    byLanguage: z.partialRecord(z.enum(LANGUAGES), LimitOverridesSchema).optional(),
  })
    .strict()
    .optional(),
  /** Exactly three, from a nudge to nearly the algorithm; the interviewer gives them in this order. */
  hints: z
    .array(z.object({ level: z.enum(HINT_LEVELS), text: z.string().min(1) }).strict())
    .length(HINT_LEVELS.length, `needs exactly ${HINT_LEVELS.length} hints: ${HINT_LEVELS.join(", ")}`)
    .refine((hints) => hints.every((h, i) => h.level === HINT_LEVELS[i]), `levels must be ${HINT_LEVELS.join(", ")}, in that order`),
  optimal: z.object({ time: z.string(), space: z.string() }),
  /** Pitfalls the interviewer watches for. */
  pitfalls: z.array(z.string()).default([]),
  /** Questions the interviewer asks once the solution passes: complexity, edge cases, a harder variant. */
  followUps: z.array(z.string().min(1)).default([]),
  /** Planted wrong (buggy) and correct-but-slow (slow) Python solutions in variants/ (see VariantSchema). */
  variants: z.array(VariantSchema).default([]),
}).strict();
export type ProblemFile = z.infer<typeof ProblemFileSchema>;

/** The least number of hidden tests a problem has: enough to probe its edge cases and its worst-case size. */
export const MIN_HIDDEN_TESTS = 10;

export const TestsFileSchema = z.object({
  visible: z.array(TestCaseSchema).min(1),
  hidden: z.array(TestCaseSchema).min(MIN_HIDDEN_TESTS, `needs at least ${MIN_HIDDEN_TESTS} hidden tests`),
});
export type TestsFile = z.infer<typeof TestsFileSchema>;

export type { Difficulty, Language } from "@/db/schema";
export { LANGUAGES, DIFFICULTIES };

/**
 * A problem's own judge (checker.mjs, trusted server-side code): true = accepted, false = wrong
 * answer, a string = wrong answer with that reason. `actual` already has the signature's type.
 */
export type CheckFn = (args: { input: unknown[]; expected: unknown; actual: unknown; signature: Signature }) => boolean | string;

/** A problem as loaded: the file, the statement Markdown, tests (server-only) and starter code. */
export interface Problem extends ProblemFile {
  /** The problem's folder (server-only: reference solutions live in its solutions/). */
  dir?: string;
  statement: string;
  tests: TestsFile;
  /** Absolute path of the problem's checker.mjs when judge.mode is "custom". */
  checkerPath?: string;
  /** The checker's check(), loaded with the bank (see CheckFn); lib/judge/checker.ts imports it when absent. */
  checker?: CheckFn;
  starterCode: Partial<Record<(typeof LANGUAGES)[number], string>>;
}
