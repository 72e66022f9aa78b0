import fs from "node:fs";
import { SANDBOX_UID_BASE, SANDBOX_UID_SLOTS } from "@/lib/launcher/bwrap";
import { DEFAULT_LIMITS, type SandboxJob, type SandboxLimits } from "@/lib/launcher/types";
import type { Signature } from "@/lib/problems/types";

export const TWO_SUM: Signature = {
  method: "twoSum",
  params: [
    { name: "nums", type: "int[]" },
    { name: "target", type: "int" },
  ],
  returns: "int[]",
};

/** A job for Python code; `tests` are argument lists. */
export function pythonJob(
  code: string,
  signature: Signature,
  tests: unknown[][],
  limits: Partial<SandboxLimits> = {},
): SandboxJob {
  return {
    language: "python",
    code,
    signature,
    tests: tests.map((input, i) => ({ id: `t${i + 1}`, input })),
    limits: { ...DEFAULT_LIMITS, ...limits },
  };
}

/** Host processes whose command line contains `marker`. */
export function processesMatching(marker: string): number[] {
  const found: number[] = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${name}/cmdline`, "utf8");
      if (cmdline.includes(marker) && !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${name}/status`, "utf8"))) {
        found.push(Number(name));
      }
    } catch {
      // exited while we looked
    }
  }
  return found;
}

/** Host processes running under one of the launcher's throwaway sandbox uids. */
export function sandboxUidProcesses(): number[] {
  const found: number[] = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = fs.readFileSync(`/proc/${name}/status`, "utf8");
      const uid = Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]);
      // A zombie is already dead; it waits for the host's init to collect its exit status.
      const zombie = /^State:\s+Z/m.test(status);
      if (!zombie && uid >= SANDBOX_UID_BASE && uid < SANDBOX_UID_BASE + SANDBOX_UID_SLOTS) found.push(Number(name));
    } catch {
      // exited while we looked
    }
  }
  return found;
}

/** Polls briefly: the kernel tears a pid namespace down right after the run returns. */
export async function eventually(check: () => boolean, timeoutMs = 2000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}
