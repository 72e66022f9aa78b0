import { env } from "@/lib/env";
import type { Language } from "@/lib/problems/types";
import { BwrapLauncher } from "./bwrap";
import type { Launcher } from "./types";

export type { Launcher, SandboxJob, SandboxLimits, SandboxResult, SandboxTestOutcome } from "./types";
export { DEFAULT_LIMITS } from "./types";
export { BwrapLauncher } from "./bwrap";

/** Languages the runner has a driver for; the others are planned (see sandbox-images/runner/languages.py). */
export const RUNNABLE_LANGUAGES: readonly Language[] = ["python"];

export function isRunnable(language: Language): boolean {
  return RUNNABLE_LANGUAGES.includes(language);
}

let bwrap: BwrapLauncher | undefined;

/** The launcher chosen by SANDBOX_LAUNCHER. */
export function getLauncher(): Launcher {
  const kind = env().SANDBOX_LAUNCHER;
  switch (kind) {
    case "bwrap":
      return (bwrap ??= new BwrapLauncher());
    case "docker":
    case "ecs":
      throw new Error(`The "${kind}" sandbox launcher is not available yet; set SANDBOX_LAUNCHER=bwrap`);
  }
}
