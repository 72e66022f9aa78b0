import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * Runs the real `partykit dev` (workerd) for a test suite, fully offline, and tears the
 * whole process tree down again (partykit's node process, esbuild and workerd share one
 * process group, which stop() kills and waits out so the port is free for the next suite).
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "node_modules", ".bin", "partykit");

export interface StartPartykitOptions {
  /** Port to listen on; a free one when omitted. */
  port?: number;
  /** ROOM_SECRET passed with --var. */
  secret: string;
  /** More room vars, each passed with --var: APP_URL (the app the room forwards to), IDLE_CHECKIN_SECONDS. */
  vars?: Record<string, string>;
  /** Storage folder (--persist); a fresh temp folder, removed on stop, when omitted. false = in memory. */
  persist?: string | false;
  /** Give up waiting for the server after this long. */
  startTimeoutMs?: number;
}

export interface RunningPartykit {
  /** http://127.0.0.1:<port> */
  url: string;
  port: number;
  /** Recent stdout/stderr lines, for failure messages. */
  logs: () => string;
  stop: () => Promise<void>;
}

/** The arguments that keep `partykit dev` off the network and away from the terminal. */
export function partykitDevArgs(port: number, secret: string, persist: string | false, vars: Record<string, string> = {}): string[] {
  return [
    "dev",
    "--port", String(port),
    // Miniflare otherwise downloads request.cf data from workers.cloudflare.com at start.
    "--disable-request-cf-fetch",
    // No TTY here: ink's raw-mode hotkeys would fail.
    "--no-hotkeys",
    "--persist", persist === false ? "false" : persist,
    "--var", `ROOM_SECRET=${secret}`,
    ...Object.entries(vars).flatMap(([key, value]) => ["--var", `${key}=${value}`]),
  ];
}

/** Environment for `partykit dev`: no update check against the npm registry, plain logs. */
export const PARTYKIT_ENV = { NO_UPDATE_NOTIFIER: "1", NO_COLOR: "1", FORCE_COLOR: "0" } as const;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Whether any process of the group still runs. Zombies (exited, not yet reaped by init) hold no ports and do not count. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  if (!fs.existsSync("/proc/self/stat")) return true;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // Exited while we looked.
    }
    // "pid (comm) state ppid pgrp …": comm may hold spaces, so split after the last ")".
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(pgrp) === pgid && state !== "Z") return true;
  }
  return false;
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Groups still running when this process exits (a crashed suite) are killed outright. */
const liveGroups = new Set<number>();
process.once("exit", () => {
  for (const pgid of liveGroups) signalGroup(pgid, "SIGKILL");
});

/**
 * A test worker killed by a signal (vitest tearing down after a timeout) runs no exit
 * hooks, so a tiny detached watchdog kills the group once this process is gone, and
 * exits by itself as soon as the group has stopped.
 */
const WATCHDOG = `
const [owner, pgid] = process.argv.slice(1, 3).map(Number);
const tempDir = process.argv[3];
const alive = (p) => { try { process.kill(p, 0); return true; } catch { return false; } };
setInterval(() => {
  if (!alive(-pgid)) process.exit(0);
  if (!alive(owner)) {
    try { process.kill(-pgid, "SIGKILL"); } catch {}
    if (tempDir) require("node:fs").rmSync(tempDir, { recursive: true, force: true });
    process.exit(0);
  }
}, 500);
`;

function startWatchdog(pgid: number, tempDir: string | null): void {
  const args = ["-e", WATCHDOG, String(process.pid), String(pgid), ...(tempDir ? [tempDir] : [])];
  const dog = spawn(process.execPath, args, { detached: true, stdio: "ignore" });
  dog.unref();
}

export async function startPartykit(opts: StartPartykitOptions): Promise<RunningPartykit> {
  const port = opts.port ?? (await freePort());
  const tempDir = opts.persist === undefined ? fs.mkdtempSync(path.join(os.tmpdir(), "partykit-state-")) : null;
  const persist = opts.persist ?? tempDir!;
  const url = `http://127.0.0.1:${port}`;

  const child: ChildProcess = spawn(BIN, partykitDevArgs(port, opts.secret, persist, opts.vars), {
    cwd: ROOT,
    env: { ...process.env, ...PARTYKIT_ENV },
    stdio: ["ignore", "pipe", "pipe"],
    // Own process group: stop() can signal partykit, esbuild and workerd together.
    detached: true,
  });
  const pgid = child.pid!;
  liveGroups.add(pgid);
  startWatchdog(pgid, tempDir);

  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > 200) lines.shift();
    }
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const logs = () => lines.join("\n");

  let exited = false;
  child.once("exit", () => {
    exited = true;
  });

  let stopped: Promise<void> | null = null;
  const stop = () => {
    stopped ??= (async () => {
      signalGroup(pgid, "SIGTERM");
      // partykit exits on SIGTERM at once; workerd may take a moment. Wait for the whole group.
      const deadline = Date.now() + 5_000;
      while (groupAlive(pgid) && Date.now() < deadline) await sleep(50);
      if (groupAlive(pgid)) {
        signalGroup(pgid, "SIGKILL");
        while (groupAlive(pgid)) await sleep(50);
      }
      liveGroups.delete(pgid);
      if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
    })();
    return stopped;
  };

  // Ready when our room code answers: an unauthenticated GET on a room is a 401 from party/index.ts.
  const deadline = Date.now() + (opts.startTimeoutMs ?? 90_000);
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`partykit dev exited before it was ready:\n${logs()}`);
    }
    try {
      const res = await fetch(`${url}/parties/main/interview-readiness-probe`, { signal: AbortSignal.timeout(2_000) });
      const body = await res.text();
      if (res.status === 401 && body.includes("error")) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`partykit dev did not answer on ${url} within ${(opts.startTimeoutMs ?? 90_000) / 1000}s:\n${logs()}`);
    }
    await sleep(200);
  }

  return { url, port, logs, stop };
}
