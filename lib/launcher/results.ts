import type { SandboxJob, SandboxResult, SandboxTestOutcome } from "./types";

/** Results a launcher reports itself when the runner inside could not (shared by every launcher). */

export function outerTimeout(job: SandboxJob, elapsed: number, stderr: string): SandboxResult {
  const tests: SandboxTestOutcome[] = job.tests.map((t) => ({
    id: t.id,
    status: "error",
    stdout: "",
    error: "Time limit exceeded",
    limit: "time",
    timeMs: 0,
  }));
  return { status: "timeout", tests, stdout: "", stderr, exitCode: null, executionTimeMs: elapsed, memoryMb: 0 };
}

export function failed(job: SandboxJob, status: SandboxResult["status"], message: string, stderr: string, elapsed: number): SandboxResult {
  return {
    status,
    tests: job.tests.map((t) => ({ id: t.id, status: "not_run", stdout: "", timeMs: 0 })),
    stdout: "",
    stderr: [message, stderr.trim() && !message.includes(stderr.trim()) ? stderr : ""].filter(Boolean).join("\n"),
    exitCode: null,
    executionTimeMs: elapsed,
    memoryMb: 0,
  };
}
