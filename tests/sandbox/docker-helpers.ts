import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { DOCKER_UID_BASE, DOCKER_UID_SLOTS, DockerLauncher, OWNER_LABEL, SANDBOX_LABEL } from "@/lib/launcher/docker";
import { SANDBOX_UID_BASE, SANDBOX_UID_SLOTS } from "@/lib/launcher/bwrap";
// The same set-up step `npm test` runs before vitest; here it rebuilds the image if the runner changed since.
import { dockerBin, dockerUp, ensureSandboxImage } from "../../scripts/sandbox-image.mjs";

export interface DockerForTests {
  ok: boolean;
  reason?: string;
  image?: string;
}

let cached: DockerForTests | undefined;

/**
 * Docker and the sandbox image for the suites that need them. Without a daemon the docker
 * variants are skipped with a warning, except under CI where that is an error
 * (`npm test` starts dockerd and builds the image before vitest runs).
 */
export function dockerForTests(): DockerForTests {
  if (cached) return cached;
  if (!dockerUp()) {
    const reason = "no docker daemon answers (npm test starts one: node scripts/sandbox-image.mjs)";
    if (process.env.CI) throw new Error(`Docker is required under CI: ${reason}`);
    console.warn(`[tests] skipping the docker sandbox: ${reason}`);
    return (cached = { ok: false, reason });
  }
  return (cached = { ok: true, image: ensureSandboxImage() });
}

/** Names of sandbox containers (running or not) that this process started. */
export function ourContainers(): string[] {
  const r = spawnSync(
    dockerBin(),
    ["ps", "-a", "--filter", `label=${SANDBOX_LABEL}`, "--format", `{{.Names}}\t{{.Label "${OWNER_LABEL}"}}`],
    { encoding: "utf8" },
  );
  return r.stdout
    .split("\n")
    .map((l) => l.split("\t"))
    .filter(([name, owner]) => name && owner?.endsWith(`:${process.pid}`))
    .map(([name]) => name);
}

/** Containers of ours that are not waiting in the launcher's pool: leftovers once runs are done. */
export function strayContainers(launcher: DockerLauncher): string[] {
  const pooled = new Set(launcher.pooled());
  return ourContainers().filter((n) => !pooled.has(n));
}

/** Host processes (not zombies) running under a throwaway sandbox uid of either launcher. */
export function sandboxedProcesses(): number[] {
  const found: number[] = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = fs.readFileSync(`/proc/${name}/status`, "utf8");
      const uid = Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]);
      if (/^State:\s+Z/m.test(status)) continue;
      const bwrap = uid >= SANDBOX_UID_BASE && uid < SANDBOX_UID_BASE + SANDBOX_UID_SLOTS;
      const docker = uid >= DOCKER_UID_BASE && uid < DOCKER_UID_BASE + DOCKER_UID_SLOTS;
      if (bwrap || docker) found.push(Number(name));
    } catch {
      // exited while we looked
    }
  }
  return found;
}

/**
 * Sandboxed processes this test process is responsible for: under bubblewrap its descendants
 * (orphans inside a sandbox are reparented to the sandbox's own init), under Docker the
 * processes in its containers, except the runners waiting in the launcher's pool. Other test
 * runs on the same machine have sandboxes of their own; those are not ours to count.
 */
export function leftoverProcesses(launcher?: DockerLauncher): number[] {
  const pooled = new Set(launcher?.pooled() ?? []);
  const ours = new Set<string>(); // full container ids of ours that are not waiting in the pool
  const r = spawnSync(
    dockerBin(),
    ["ps", "-a", "--no-trunc", "--filter", `label=${SANDBOX_LABEL}`, "--format", `{{.ID}}\t{{.Names}}\t{{.Label "${OWNER_LABEL}"}}`],
    { encoding: "utf8" },
  );
  for (const [id, name, owner] of (r.stdout ?? "").split("\n").map((l) => l.split("\t"))) {
    if (id && owner?.endsWith(`:${process.pid}`) && !pooled.has(name)) ours.add(id);
  }
  return sandboxedProcesses().filter((pid) => {
    if (descendsFromUs(pid)) return true;
    try {
      const id = /docker[/-]([0-9a-f]{64})/.exec(fs.readFileSync(`/proc/${pid}/cgroup`, "utf8"))?.[1];
      return id !== undefined && ours.has(id);
    } catch {
      return false;
    }
  });
}

function descendsFromUs(pid: number): boolean {
  for (let p = pid, hops = 0; p > 1 && hops < 64; hops++) {
    if (p === process.pid) return true;
    try {
      p = Number(/^PPid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      return false;
    }
  }
  return false;
}

/** "pid uid state cmdline [container]" per process, for failure messages. */
export function describeProcesses(pids: number[]): string {
  return pids
    .map((pid) => {
      try {
        const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
        const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim();
        const uid = /^Uid:\s+(\d+)/m.exec(status)?.[1];
        const state = /^State:\s+(\S+)/m.exec(status)?.[1];
        const container = /docker[/-]([0-9a-f]{12})/.exec(fs.readFileSync(`/proc/${pid}/cgroup`, "utf8"))?.[1] ?? "host";
        return `${pid} uid=${uid} ${state} ${cmd} [${container}]`;
      } catch {
        return `${pid} (gone)`;
      }
    })
    .join("\n");
}
