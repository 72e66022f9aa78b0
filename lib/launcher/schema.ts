import { z } from "zod";
import { LANGUAGES, SignatureSchema } from "@/lib/problems/types";
import type { SandboxJob, SandboxResult } from "./types";

/** Boundary checks for what goes into a sandbox and what comes back out of one. */

export const SandboxLimitsSchema = z.object({
  wallMs: z.number().int().positive().max(60_000),
  cpuSeconds: z.number().int().positive().max(60),
  memoryMb: z.number().int().min(32).max(8192),
  maxProcesses: z.number().int().positive().max(4096),
  maxOutputBytes: z.number().int().positive().max(16 * 1024 * 1024),
  maxFileBytes: z.number().int().positive().max(1024 * 1024 * 1024),
  compileMs: z.number().int().positive().max(120_000).optional(),
});

export const SandboxJobSchema = z
  .object({
    language: z.enum(LANGUAGES),
    code: z.string().max(200_000),
    signature: SignatureSchema,
    tests: z.array(z.object({ id: z.string().min(1).max(100), input: z.array(z.unknown()) })),
    limits: SandboxLimitsSchema,
  })
  .superRefine((job, ctx) => {
    // A design problem's test is [operations, arguments]; a function's, its arguments.
    const arity = job.signature.kind === "design" ? 2 : job.signature.params.length;
    job.tests.forEach((t, i) => {
      if (t.input.length !== arity) {
        ctx.addIssue({
          code: "custom",
          path: ["tests", i, "input"],
          message: `has ${t.input.length} arguments, the signature takes ${arity}`,
        });
      }
    });
  });

const TestOutcomeSchema = z.object({
  id: z.string(),
  status: z.enum(["ok", "error", "not_run"]),
  actual: z.unknown().optional(),
  stdout: z.string(),
  error: z.string().optional(),
  errorLine: z.number().int().optional(),
  errorType: z.string().optional(),
  limit: z.enum(["time", "memory", "output"]).optional(),
  timeMs: z.number(),
});

export const SandboxResultSchema = z.object({
  status: z.enum(["ok", "compile_error", "timeout", "memory_exceeded", "output_exceeded", "crashed"]),
  tests: z.array(TestOutcomeSchema),
  compileError: z.object({ message: z.string(), line: z.number().int().optional() }).optional(),
  stdout: z.string(),
  stderr: z.string(),
  exitCode: z.number().int().nullable(),
  executionTimeMs: z.number(),
  memoryMb: z.number(),
});

// Keep the schemas and the hand-written contracts in step.
type Assert<T extends true> = T;
export type _JobMatches = Assert<z.infer<typeof SandboxJobSchema> extends SandboxJob ? true : false>;
export type _ResultMatches = Assert<z.infer<typeof SandboxResultSchema> extends SandboxResult ? true : false>;
