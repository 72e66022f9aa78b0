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

export const SignatureSchema = z.object({
  /** Method the candidate implements on class Solution (function name in JS/Go). */
  method: z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/),
  params: z.array(z.object({ name: z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/), type: ValueTypeSchema })),
  returns: ValueTypeSchema,
});
export type Signature = z.infer<typeof SignatureSchema>;

export const JudgeModeSchema = z.enum(["exact", "unordered", "float"]);
export type JudgeMode = z.infer<typeof JudgeModeSchema>;

export const TestCaseSchema = z.object({
  /** Arguments in signature order, as JSON. */
  input: z.array(z.unknown()),
  expected: z.unknown(),
  /** What the test probes (empty input, duplicates, worst-case size, …). */
  tags: z.array(z.string()).default([]),
});
export type TestCase = z.infer<typeof TestCaseSchema>;

export const ProblemFileSchema = z.object({
  id: z.number().int().positive(),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  difficulty: z.enum(DIFFICULTIES),
  category: z.string().min(1),
  tags: z.array(z.string()).min(1),
  estimatedMinutes: z.number().int().positive(),
  constraints: z.array(z.string()).min(1),
  examples: z
    .array(z.object({ input: z.string(), output: z.string(), explanation: z.string().optional() }))
    .min(1),
  signature: SignatureSchema,
  judge: z.object({ mode: JudgeModeSchema, tolerance: z.number().positive().optional() }).default({ mode: "exact" }),
  hints: z.array(z.object({ level: z.enum(["soft", "medium", "hard"]), text: z.string().min(1) })).min(1),
  optimal: z.object({ time: z.string(), space: z.string() }),
  /** Pitfalls the interviewer watches for. */
  pitfalls: z.array(z.string()).default([]),
});
export type ProblemFile = z.infer<typeof ProblemFileSchema>;

export const TestsFileSchema = z.object({
  visible: z.array(TestCaseSchema).min(1),
  hidden: z.array(TestCaseSchema).min(1),
});
export type TestsFile = z.infer<typeof TestsFileSchema>;

export type { Difficulty, Language } from "@/db/schema";
export { LANGUAGES, DIFFICULTIES };

/** A problem as loaded: the file, the statement Markdown, tests (server-only) and starter code. */
export interface Problem extends ProblemFile {
  statement: string;
  tests: TestsFile;
  starterCode: Partial<Record<(typeof LANGUAGES)[number], string>>;
}
