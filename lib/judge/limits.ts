import { DEFAULT_LIMITS, type SandboxLimits } from "@/lib/launcher/types";
import type { Language, LimitOverrides, Problem } from "@/lib/problems/types";

/**
 * Per-language defaults over DEFAULT_LIMITS (the brief's 5 s wall clock stays for every language).
 * JVM and Go reserve large address ranges and run many threads (RLIMIT_NPROC counts threads),
 * so they get more memory, processes and CPU seconds (the wall clock still bounds the run);
 * compiled languages get their own compile clock, separate from the run's wall clock.
 */
export const LANGUAGE_LIMITS: Record<Language, LimitOverrides> = {
  python: {},
  javascript: { memoryMb: 768 },
  java: { memoryMb: 1024, maxProcesses: 256, cpuSeconds: 10, compileMs: 15_000 },
  cpp: { compileMs: 15_000 },
  go: { memoryMb: 1024, maxProcesses: 256, cpuSeconds: 10, compileMs: 15_000 },
};

/**
 * The limits of one job: DEFAULT_LIMITS, then the language's row above, then the problem's
 * `limits` (shared fields, then `byLanguage[language]`), then an explicit override (tests, tools).
 */
export function limitsFor(problem: Pick<Problem, "limits"> | undefined, language: Language, override?: Partial<SandboxLimits>): SandboxLimits {
  const { byLanguage, ...shared } = problem?.limits ?? {};
  return {
    ...DEFAULT_LIMITS,
    ...LANGUAGE_LIMITS[language],
    ...shared,
    ...byLanguage?.[language],
    ...override,
  };
}
