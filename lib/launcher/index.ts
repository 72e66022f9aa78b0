import { env } from "@/lib/env";
import type { Language } from "@/lib/problems/types";
import { BwrapLauncher } from "./bwrap";
import { DockerLauncher } from "./docker";
import { EcsLauncher, ecsConfigFromEnv, sandboxStoreFromEnv } from "./ecs";
import type { Launcher } from "./types";

export type { Launcher, SandboxJob, SandboxLimits, SandboxResult, SandboxTestOutcome } from "./types";
export { DEFAULT_LIMITS } from "./types";
export { BwrapLauncher } from "./bwrap";
export { DockerLauncher } from "./docker";

/** Languages the runner has a driver for; the others are planned (see sandbox-images/runner/languages.py). */
export const RUNNABLE_LANGUAGES: readonly Language[] = ["python", "javascript", "go", "java", "cpp"];

export function isRunnable(language: Language): boolean {
  return RUNNABLE_LANGUAGES.includes(language);
}

let bwrap: BwrapLauncher | undefined;
// One docker launcher per process, kept across dev-server module reloads so its warm pool is not orphaned.
const g = globalThis as unknown as { __interviewCoachDocker?: DockerLauncher; __interviewCoachEcs?: EcsLauncher };

/** The launcher chosen by SANDBOX_LAUNCHER. */
export function getLauncher(): Launcher {
  const kind = env().SANDBOX_LAUNCHER;
  switch (kind) {
    case "bwrap":
      return (bwrap ??= new BwrapLauncher({ concurrency: env().SANDBOX_CONCURRENCY }));
    case "docker":
      return (g.__interviewCoachDocker ??= new DockerLauncher({
        poolSize: env().SANDBOX_POOL_SIZE,
        concurrency: env().SANDBOX_CONCURRENCY,
      }));
    case "ecs":
      // One per process (a warm Lambda reuses it): its task-definition check runs once.
      return (g.__interviewCoachEcs ??= new EcsLauncher(ecsConfigFromEnv(env()), { store: sandboxStoreFromEnv(env()) }));
  }
}
