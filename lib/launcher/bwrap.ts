import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SandboxJobSchema, SandboxResultSchema } from "./schema";
import { failed, outerTimeout } from "./results";
import type { Launcher, SandboxJob, SandboxResult } from "./types";

/**
 * Runs the sandbox runner (sandbox-images/runner) under bubblewrap.
 *
 * Inside: new user, pid, net, ipc, uts and cgroup namespaces (no network at all), uid/gid
 * 65534, an empty environment, the toolchain (/usr and the /bin, /lib… links) read-only,
 * a size-capped tmpfs at /tmp as the only writable place, and the runner read-only at
 * /runner. Nothing of the app (its files, env, secrets) is mounted or passed in.
 *
 * Running as root: bwrap would map the sandbox's uid 65534 to real uid 0, so files owned
 * by root stay readable by owner bits and RLIMIT_NPROC would be charged to root. So when
 * the app runs as root, bwrap itself is started under a throwaway unprivileged uid from
 * SANDBOX_UID_BASE (no passwd entry needed; unprivileged user namespaces must be enabled,
 * which they are by default on Debian 12).
 */

export const SANDBOX_UID_BASE = 1_600_000_000;
export const SANDBOX_UID_SLOTS = 4096;
const SANDBOX_UID_INSIDE = 65534;
const DEFAULT_GRACE_MS = 3000;
const DEFAULT_SCRATCH_MB = 64;
const MAX_RESULT_BYTES = 64 * 1024 * 1024;
const STDERR_CAP = 64 * 1024;

export interface BwrapLauncherOptions {
  /** bubblewrap binary; default /usr/bin/bwrap, else bwrap on PATH. */
  bwrapPath?: string;
  /** The runner folder to mount at /runner; default <cwd>/sandbox-images/runner. */
  runnerDir?: string;
  /** Time beyond the job's wall clock for sandbox start-up and clean-up before the hard kill. */
  graceMs?: number;
  /** Size of the /tmp tmpfs, the only writable place inside. */
  scratchMb?: number;
  /** Sandboxes allowed at once in this process; further runs wait their turn. */
  concurrency?: number;
}

export class BwrapLauncher implements Launcher {
  readonly name = "bwrap";
  private readonly bwrapPath: string;
  private readonly runnerDir: string;
  private readonly graceMs: number;
  private readonly scratchMb: number;
  private readonly slots: Semaphore;
  private readonly usedUids = new Set<number>();

  constructor(options: BwrapLauncherOptions = {}) {
    this.bwrapPath = options.bwrapPath ?? (fs.existsSync("/usr/bin/bwrap") ? "/usr/bin/bwrap" : "bwrap");
    this.runnerDir = options.runnerDir ?? path.join(process.cwd(), "sandbox-images", "runner");
    this.graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
    this.scratchMb = options.scratchMb ?? DEFAULT_SCRATCH_MB;
    this.slots = new Semaphore(options.concurrency ?? Math.max(2, os.availableParallelism()));
  }

  async run(input: SandboxJob): Promise<SandboxResult> {
    const parsed = SandboxJobSchema.safeParse(input);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid sandbox job: ${issues}`);
    }
    const job = parsed.data;
    const release = await this.slots.acquire();
    const staged = this.stageRunner();
    const uid = this.takeUid();
    try {
      return await this.spawnSandbox(job, staged, uid);
    } finally {
      if (uid !== undefined) this.usedUids.delete(uid);
      fs.rmSync(staged, { recursive: true, force: true });
      release();
    }
  }

  /** bwrap arguments for one run; exported through the instance for inspection in tests. */
  buildArgs(stagedRunner: string): string[] {
    const args = [
      "--unshare-all",
      "--unshare-user",
      "--disable-userns", // code inside cannot build further namespaces
      "--die-with-parent",
      "--new-session",
      "--hostname", "sandbox",
      "--uid", String(SANDBOX_UID_INSIDE),
      "--gid", String(SANDBOX_UID_INSIDE),
      "--clearenv",
      "--setenv", "PATH", "/usr/local/bin:/usr/bin:/bin",
      "--setenv", "HOME", "/tmp",
      "--setenv", "LANG", "C.UTF-8",
      "--setenv", "RUNNER_SCRATCH", "/tmp",
      "--setenv", "RUNNER_PID_NAMESPACE", "private", // lets the runner sweep every process it sees
      "--ro-bind", "/usr", "/usr",
    ];
    // Merged-/usr systems have these as links into /usr; older layouts as real dirs.
    for (const dir of ["/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"]) {
      let st: fs.Stats;
      try {
        st = fs.lstatSync(dir);
      } catch {
        continue;
      }
      if (st.isSymbolicLink()) args.push("--symlink", fs.readlinkSync(dir), dir);
      else if (st.isDirectory()) args.push("--ro-bind", dir, dir);
    }
    // Only what the dynamic linker and toolchains read from /etc; never passwd, shadow or app config.
    for (const entry of ["/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/alternatives", "/etc/localtime"]) {
      if (fs.existsSync(entry)) args.push("--ro-bind", entry, entry);
    }
    for (const name of safeReaddir("/etc")) {
      if (/^java-\d+-openjdk$/.test(name)) args.push("--ro-bind", `/etc/${name}`, `/etc/${name}`);
    }
    args.push(
      "--proc", "/proc",
      "--dev", "/dev",
      "--perms", "1777",
      "--size", String(this.scratchMb * 1024 * 1024),
      "--tmpfs", "/tmp",
      "--ro-bind", stagedRunner, "/runner",
      // bwrap builds / and /dev on writable tmpfs; freeze them so /tmp stays the only writable place.
      "--remount-ro", "/dev",
      "--remount-ro", "/",
      "--chdir", "/tmp",
      "--",
      "python3", "-I", "-B", "/runner/runner.py",
    );
    return args;
  }

  /** Copies the runner into a fresh world-readable dir, so a sandbox uid can read it wherever the repo lives. */
  private stageRunner(): string {
    if (!fs.existsSync(path.join(this.runnerDir, "runner.py"))) {
      throw new Error(`Sandbox runner not found at ${this.runnerDir}`);
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ic-runner-"));
    fs.cpSync(this.runnerDir, dir, {
      recursive: true,
      filter: (src) => !src.includes("__pycache__") && !src.endsWith(".md"),
    });
    chmodTree(dir);
    return dir;
  }

  private takeUid(): number | undefined {
    if (process.getuid?.() !== 0) return undefined;
    // Random slots keep concurrent processes (dev server and tests) from sharing an NPROC budget.
    for (let tries = 0; tries < 64; tries++) {
      const uid = SANDBOX_UID_BASE + Math.floor(Math.random() * SANDBOX_UID_SLOTS);
      if (!this.usedUids.has(uid)) {
        this.usedUids.add(uid);
        return uid;
      }
    }
    throw new Error("No free sandbox uid");
  }

  private spawnSandbox(job: SandboxJob, staged: string, uid: number | undefined): Promise<SandboxResult> {
    const started = performance.now();
    return new Promise<SandboxResult>((resolve, reject) => {
      // Nothing of the app's environment reaches even bwrap itself.
      const bareEnv = { PATH: "/usr/sbin:/usr/bin:/sbin:/bin" } as Partial<NodeJS.ProcessEnv> as NodeJS.ProcessEnv;
      const child = spawn(this.bwrapPath, this.buildArgs(staged), {
        cwd: "/",
        env: bareEnv,
        stdio: ["pipe", "pipe", "pipe"],
        detached: true, // own process group, so the hard kill reaches all of it
        uid,
        gid: uid,
      });
      const out: Buffer[] = [];
      let outBytes = 0;
      let err = "";
      let killedFor: "timeout" | "oversize" | undefined;

      const killAll = () => {
        try {
          if (child.pid) process.kill(-child.pid, "SIGKILL");
        } catch {
          child.kill("SIGKILL");
        }
      };
      const timer = setTimeout(() => {
        killedFor = "timeout";
        killAll();
      }, job.limits.wallMs + (job.limits.compileMs ?? 0) + this.graceMs);

      child.stdout.on("data", (chunk: Buffer) => {
        outBytes += chunk.length;
        if (outBytes > MAX_RESULT_BYTES) {
          killedFor ??= "oversize";
          killAll();
          return;
        }
        out.push(chunk);
      });
      child.stderr.on("data", (chunk: Buffer) => {
        if (err.length < STDERR_CAP) err += chunk.toString("utf8");
      });
      child.stdin.on("error", () => {}); // bwrap refusing to start closes stdin early; reported below
      child.on("error", (e: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        if (e.code === "ENOENT") {
          reject(new Error(`bubblewrap not found (${this.bwrapPath}); install it with: apt-get install bubblewrap`));
        } else reject(e);
      });
      child.on("close", (code, signal) => {
        clearTimeout(timer);
        const elapsed = performance.now() - started;
        if (killedFor === "timeout") return resolve(outerTimeout(job, elapsed, err));
        if (killedFor === "oversize") {
          return resolve(failed(job, "crashed", "The sandbox produced more output than it may return.", err, elapsed));
        }
        const text = Buffer.concat(out).toString("utf8");
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          const why = err.trim() || `bwrap exited with ${signal ?? code}`;
          return resolve(failed(job, "crashed", `The sandbox did not return a result: ${why}`, err, elapsed));
        }
        const result = SandboxResultSchema.safeParse(json);
        if (!result.success) {
          return resolve(failed(job, "crashed", `The sandbox returned a malformed result: ${result.error.message}`, err, elapsed));
        }
        resolve(result.data as SandboxResult);
      });
      child.stdin.end(JSON.stringify(job));
    });
  }
}

function chmodTree(dir: string) {
  fs.chmodSync(dir, 0o755);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chmodTree(p);
    else fs.chmodSync(p, 0o644);
  }
}

function safeReaddir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly max: number) {}

  async acquire(): Promise<() => void> {
    if (this.active < this.max) this.active++;
    else await new Promise<void>((r) => this.waiting.push(r)); // the releaser hands its slot over
    return () => {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    };
  }
}
