import type { Language, Signature } from "@/lib/problems/types";

/** What a sandbox receives. Expected outputs never enter the sandbox: the judge compares outside it. */
export interface SandboxJob {
  language: Language;
  code: string;
  signature: Signature;
  /** Each test's arguments in signature order. */
  tests: { id: string; input: unknown[] }[];
  limits: SandboxLimits;
}

export interface SandboxLimits {
  wallMs: number; // the run (compile excluded), default 5000
  cpuSeconds: number;
  memoryMb: number;
  maxProcesses: number;
  maxOutputBytes: number;
  maxFileBytes: number;
  /**
   * The compile step's own wall clock (compiled languages: set per language in lib/judge/limits.ts);
   * the run's wallMs starts after it. Absent: compiling shares wallMs.
   */
  compileMs?: number;
}

export const DEFAULT_LIMITS: SandboxLimits = {
  wallMs: 5000,
  cpuSeconds: 5,
  memoryMb: 512,
  maxProcesses: 64,
  maxOutputBytes: 64 * 1024,
  maxFileBytes: 1024 * 1024,
};

/** One test's raw outcome inside the sandbox. */
export interface SandboxTestOutcome {
  id: string;
  /** ok: returned a value; error: raised; not_run: the run ended before this test. */
  status: "ok" | "error" | "not_run";
  actual?: unknown;
  /** The candidate's own prints during this test. */
  stdout: string;
  error?: string;
  /** Line in the candidate's code where an error was raised, when known. */
  errorLine?: number;
  /** Exception class (IndexError, …); shown alone where the message could reveal hidden data. */
  errorType?: string;
  /** Set when the error is a resource limit hit during this test rather than an exception. */
  limit?: "time" | "memory" | "output";
  timeMs: number;
}

export interface SandboxResult {
  /** ok: the harness ran; compile_error; timeout (wall or CPU); memory_exceeded; output_exceeded; crashed. */
  status: "ok" | "compile_error" | "timeout" | "memory_exceeded" | "output_exceeded" | "crashed";
  tests: SandboxTestOutcome[];
  compileError?: { message: string; line?: number };
  stdout: string;
  stderr: string;
  exitCode: number | null;
  executionTimeMs: number;
  memoryMb: number;
}

export interface Launcher {
  name: string;
  run(job: SandboxJob): Promise<SandboxResult>;
}
