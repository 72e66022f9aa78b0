import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import { sandboxImageTag } from "./docker-image";
import { failed, outerTimeout } from "./results";
import { SandboxJobSchema, SandboxResultSchema } from "./schema";
import { DEFAULT_LIMITS, type Launcher, type SandboxJob, type SandboxLimits, type SandboxResult, type SandboxTestOutcome } from "./types";

/**
 * Runs each job in a fresh, single-use container of the sandbox image (sandbox-images/Dockerfile):
 * the job on the container's stdin, one SandboxResult as JSON on its stdout (the runner's protocol).
 *
 * Inside: no network (`--network none`), a read-only root, a size-capped tmpfs at /tmp as the
 * only writable place, a throwaway non-root uid per container (so RLIMIT_NPROC budgets are never
 * shared between sandboxes), no capabilities, no-new-privileges, Docker's default seccomp
 * profile, memory (+swap) and pids cgroup limits, ulimits, no IPC/shm, no log driver. The runner
 * is PID 1 of the container's own pid namespace, so code inside cannot signal it and the runner
 * sweeps every process the code left behind. Nothing of the app's environment is passed in.
 *
 * Warm pool: `poolSize` containers are started ahead of time; each waits on stdin for exactly one
 * job, then exits and is removed (`--rm`); a new one is started behind it. A job whose memory or
 * process limits differ from the pool's (Java and Go get more) has its container's cgroup limits
 * set with `docker update` before the job goes in. A job that finds the pool empty starts cold.
 * Pooled containers die with this process: when it exits we remove them, and if it is killed
 * their `docker run` clients see stdin close, so the runner reads an empty job and exits.
 *
 * The launcher kills and removes a container at `wallMs` + `compileMs` + `graceMs`, whatever
 * happens inside. The result is returned as soon as the runner has written it; the container's
 * teardown (and the concurrency slot it holds) ends behind it.
 */

export const DOCKER_UID_BASE = 1_610_000_000;
export const DOCKER_UID_SLOTS = 4096;
export const SANDBOX_LABEL = "interview-coach.sandbox";
export const OWNER_LABEL = "interview-coach.owner";
const DEFAULT_GRACE_MS = 3000;
const DEFAULT_SCRATCH_MB = 64;
const RUNNER_HEADROOM_MB = 64; // the runner itself, on top of the job's memory and the tmpfs
// Compilers get their own memory cap in the drivers (g++ and javac: 1 GB of address space / heap),
// whatever the job's memoryMb; the cgroup must not kill them first. The run itself stays capped at
// memoryMb by the runtime (RLIMIT_AS, ulimit -v, -Xmx, Go's watchdog); the cgroup is the backstop.
const COMPILED = new Set(["java", "cpp", "go"]);
const COMPILE_MEMORY_MB = 1024;
const EXTRA_PIDS = 16; // the runner and a compiler on top of the job's process budget
// A pooled container may be given any job: its RLIMIT_NPROC ceiling is the most a job may ask
// for (the runner sets the job's own budget under it; the pids cgroup, set per job, caps the container).
const POOL_NPROC = 4096 + EXTRA_PIDS;
const MAX_RESULT_BYTES = 64 * 1024 * 1024;
const STDERR_CAP = 64 * 1024;

export interface DockerLauncherOptions {
  /** docker CLI; default $DOCKER_BIN, else /usr/bin/docker, else docker on PATH. */
  dockerPath?: string;
  /** Image to run; default the tag for the current sandbox-images/ content (see docker-image.ts). */
  image?: string;
  /** Pre-started containers waiting for a job; 0 disables the pool. Default 2. */
  poolSize?: number;
  /** Sandboxes allowed at once in this process; further runs wait their turn. */
  concurrency?: number;
  /** Time beyond the job's wall clock for container start-up and clean-up before the hard kill. */
  graceMs?: number;
  /** Size of the /tmp tmpfs, the only writable place inside. */
  scratchMb?: number;
  /** CPU share of one container (`--cpus`); default 1. */
  cpus?: number;
  /** Limits the pooled containers are started with (default DEFAULT_LIMITS); a job with other memory/process limits gets them set by `docker update`. */
  poolLimits?: SandboxLimits;
}

interface Container {
  name: string;
  uid: number;
  child: ChildProcess;
  memoryMb: number;
  pids: number;
  pooled: boolean;
  out: Buffer[];
  outBytes: number;
  err: string;
  done: boolean;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  closed: Promise<void>;
  /** Resolves true once the container is running (or false if it ended first). */
  ready: Promise<boolean>;
  isReady: boolean;
  onOversize?: () => void;
  onData?: (chunk: Buffer) => void;
}

/** Names of containers this process started and has not seen removed, for the exit hook. */
const live = new Set<string>();
let exitHookFor: string | undefined;

export class DockerLauncher implements Launcher {
  readonly name = "docker";
  readonly image: string;
  readonly poolSize: number;
  /** How many jobs found a pooled container (warm; `resized` of them needed other cgroup limits) or had to start one (cold). */
  readonly counters = { warm: 0, cold: 0, resized: 0 };
  private readonly dockerPath: string;
  private readonly graceMs: number;
  private readonly scratchMb: number;
  private readonly cpus: number;
  private readonly poolLimits: SandboxLimits;
  private readonly slots: Semaphore;
  private readonly usedUids = new Set<number>();
  private readonly pool: Container[] = [];
  private imageChecked = false;
  private swept = false;
  private closed = false;
  private fillPausedUntil = 0;
  private lastFillError = "";

  constructor(options: DockerLauncherOptions = {}) {
    this.dockerPath = options.dockerPath ?? defaultDockerPath();
    this.image = options.image ?? process.env.SANDBOX_IMAGE ?? sandboxImageTag();
    this.poolSize = Math.max(0, options.poolSize ?? 2);
    this.graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
    this.scratchMb = options.scratchMb ?? DEFAULT_SCRATCH_MB;
    this.cpus = options.cpus ?? 1;
    this.poolLimits = options.poolLimits ?? DEFAULT_LIMITS;
    this.slots = new Semaphore(options.concurrency ?? Math.max(2, os.availableParallelism()));
    installExitHook(this.dockerPath);
  }

  async run(input: SandboxJob): Promise<SandboxResult> {
    if (this.closed) throw new Error("This docker launcher has been closed");
    const parsed = SandboxJobSchema.safeParse(input);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid sandbox job: ${issues}`);
    }
    const job = parsed.data as SandboxJob;
    const release = await this.slots.acquire();
    let box: Container | undefined;
    try {
      await this.checkImage();
      box = await this.takePooled(job);
      if (box) this.counters.warm++;
      else {
        this.counters.cold++;
        box = this.start(job.limits, false, job.language);
      }
    } catch (err) {
      release();
      throw err;
    }
    // The slot is held until the container is gone, even when its result arrived before that;
    // the pool is refilled then too, so a new container never competes with a running job's start.
    void box.closed.then(() => {
      release();
      this.fill();
    });
    return this.feed(box, job);
  }

  /** Starts the pool (it otherwise fills on the first run) and waits until its containers run. */
  async warm(): Promise<void> {
    await this.checkImage();
    this.fill();
    await Promise.all(this.pool.map((c) => c.ready));
  }

  /** Pooled containers that are running and waiting for a job. */
  readyCount(): number {
    return this.pool.filter((c) => c.isReady && !c.done).length;
  }

  /** Names of the containers waiting in the pool. */
  pooled(): string[] {
    return this.pool.filter((c) => !c.done).map((c) => c.name);
  }

  /** Removes the pooled containers and stops refilling; running jobs finish. */
  async close(): Promise<void> {
    this.closed = true;
    const names = this.pool.splice(0).map((c) => c.name);
    if (names.length) await this.docker(["rm", "-f", ...names]);
  }

  /** `docker run` arguments for one container with these limits (exposed for inspection in tests). */
  buildArgs(name: string, uid: number, limits: SandboxLimits, pooled = false, language?: string): string[] {
    const memoryMb = this.memoryFor(limits, language);
    const pids = this.pidsFor(limits);
    const nproc = pooled ? POOL_NPROC : pids;
    const fileBytes = this.scratchMb * 1024 * 1024;
    return [
      "run", "-i", "--rm",
      "--pull", "never", // the image is built here; a missing one must fail fast, not wait on a registry
      "--name", name,
      "--label", `${SANDBOX_LABEL}=1`,
      "--label", `${OWNER_LABEL}=${ownerId()}`,
      "--network", "none",
      "--ipc", "none", // no /dev/shm: /tmp stays the only writable place
      "--hostname", "sandbox",
      "--user", `${uid}:${uid}`,
      "--read-only",
      "--tmpfs", `/tmp:rw,exec,nosuid,nodev,size=${this.scratchMb}m,mode=1777`,
      "--memory", `${memoryMb}m`,
      "--memory-swap", `${memoryMb}m`, // equal: no swap
      "--pids-limit", String(pids),
      "--cpus", String(this.cpus),
      "--cap-drop", "ALL",
      "--security-opt", "no-new-privileges",
      "--ulimit", `nproc=${nproc}:${nproc}`,
      "--ulimit", "nofile=1024:1024",
      "--ulimit", "core=0:0",
      "--ulimit", `fsize=${fileBytes}:${fileBytes}`,
      "--oom-score-adj", "1000", // under host memory pressure, sandboxes go first
      "--log-driver", "none", // output goes to us only, never to a log file on disk
      "--env", "RUNNER_PID_NAMESPACE=private",
      "--env", "RUNNER_SCRATCH=/tmp",
      "--env", "HOME=/tmp",
      this.image,
    ];
  }

  // ------------------------------------------------------------------ containers

  private memoryFor(limits: SandboxLimits, language?: string): number {
    const job = language && COMPILED.has(language) ? Math.max(limits.memoryMb, COMPILE_MEMORY_MB) : limits.memoryMb;
    return job + this.scratchMb + RUNNER_HEADROOM_MB;
  }

  private pidsFor(limits: SandboxLimits): number {
    return limits.maxProcesses + EXTRA_PIDS;
  }

  /** A pooled container with the job's cgroup limits, or undefined (the job starts cold). */
  private async takePooled(job: SandboxJob): Promise<Container | undefined> {
    const limits = job.limits;
    const live = this.pool.filter((c) => !c.done);
    const pick = live.find((c) => c.isReady) ?? live[0]; // a starting container is still ahead of a cold one
    if (!pick) return undefined;
    this.pool.splice(this.pool.indexOf(pick), 1);
    const memoryMb = this.memoryFor(limits, job.language);
    const pids = this.pidsFor(limits);
    if (pick.memoryMb === memoryMb && pick.pids === pids) return pick;
    // Other limits than the pool's: set them on the waiting container (it has run nothing yet).
    await pick.ready;
    const r = await this.docker(["update", "--memory", `${memoryMb}m`, "--memory-swap", `${memoryMb}m`, "--pids-limit", String(pids), pick.name]);
    if (r.code !== 0 || pick.done) {
      void this.remove(pick);
      return undefined;
    }
    Object.assign(pick, { memoryMb, pids });
    this.counters.resized++;
    return pick;
  }

  private fill(): void {
    if (this.closed || !this.imageChecked) return;
    for (let i = this.pool.length - 1; i >= 0; i--) if (this.pool[i].done) this.pool.splice(i, 1);
    if (Date.now() < this.fillPausedUntil) return;
    while (this.pool.length < this.poolSize) {
      const box = this.start(this.poolLimits, true);
      box.ready = this.waitRunning(box);
      this.pool.push(box);
      void box.closed.then(() => {
        const i = this.pool.indexOf(box);
        if (i < 0) return; // taken: its end is the job's business
        this.pool.splice(i, 1);
        // A pooled container that ends before its job means docker trouble: say so once and back off.
        const why = box.err.trim().split("\n")[0] || `exit ${box.exitCode ?? box.signal}`;
        if (why !== this.lastFillError) console.error(`[sandbox] a pooled container ended before its job: ${why}`);
        this.lastFillError = why;
        this.fillPausedUntil = Date.now() + 5000;
      });
    }
  }

  private start(limits: SandboxLimits, pooled = false, language?: string): Container {
    this.sweepStale();
    const uid = this.takeUid();
    const name = `ic-sbx-${process.pid}-${crypto.randomBytes(6).toString("hex")}`;
    const child = spawn(this.dockerPath, this.buildArgs(name, uid, limits, pooled, language), {
      env: dockerEnv(),
      stdio: ["pipe", "pipe", "pipe"],
    });
    live.add(name);
    let markClosed!: () => void;
    const box: Container = {
      name,
      uid,
      child,
      memoryMb: this.memoryFor(limits, language),
      pids: this.pidsFor(limits),
      pooled,
      out: [],
      outBytes: 0,
      err: "",
      done: false,
      exitCode: null,
      signal: null,
      closed: new Promise<void>((r) => (markClosed = r)),
      ready: Promise.resolve(false),
      isReady: false,
    };
    child.stdout!.on("data", (chunk: Buffer) => {
      box.outBytes += chunk.length;
      if (box.outBytes > MAX_RESULT_BYTES) return box.onOversize?.();
      box.out.push(chunk);
      box.onData?.(chunk);
    });
    child.stderr!.on("data", (chunk: Buffer) => {
      if (box.err.length < STDERR_CAP) box.err += chunk.toString("utf8");
    });
    child.stdin!.on("error", () => {}); // a container that died early closes stdin; reported on close
    const finish = () => {
      if (box.done) return;
      box.done = true;
      this.usedUids.delete(uid);
      live.delete(name);
      markClosed();
    };
    child.on("error", (e: NodeJS.ErrnoException) => {
      box.err += e.code === "ENOENT" ? `docker CLI not found (${this.dockerPath}); install it with: apt-get install docker.io` : String(e);
      finish();
    });
    child.on("close", (code, signal) => {
      box.exitCode = code;
      box.signal = signal;
      finish();
    });
    return box;
  }

  /** Polls until the container runs: only pool warm-up and timings wait on this, never a job. */
  private async waitRunning(box: Container): Promise<boolean> {
    const deadline = Date.now() + 60_000;
    while (!box.done && Date.now() < deadline) {
      const r = await this.docker(["inspect", "--format", "{{.State.Running}}", box.name]);
      if (r.stdout.trim() === "true") {
        box.isReady = true;
        return true;
      }
      await sleep(50);
    }
    return false;
  }

  /**
   * Sends the job and resolves with the result as soon as the runner has written it (one JSON
   * document, then it exits): container teardown, which takes longer than a small job, happens
   * behind the answer.
   */
  private feed(box: Container, job: SandboxJob): Promise<SandboxResult> {
    const started = performance.now();
    let killedFor: "timeout" | "oversize" | undefined;
    let settled = false;
    return new Promise<SandboxResult>((resolve) => {
      const settle = (result: SandboxResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(result);
      };
      const hardKill = (why: "timeout" | "oversize") => {
        if (killedFor) return;
        killedFor = why;
        void this.remove(box);
      };
      const timer = setTimeout(() => hardKill("timeout"), job.limits.wallMs + (job.limits.compileMs ?? 0) + this.graceMs);
      box.onOversize = () => hardKill("oversize");
      box.onData = (chunk) => {
        if (killedFor || settled || !endsWithBrace(chunk)) return;
        const result = parseResult(Buffer.concat(box.out).toString("utf8"));
        if (!result) return;
        settle(result);
        // Normally gone within a few hundred ms; a container that lingers is removed.
        const linger = setTimeout(() => void this.remove(box), this.graceMs + 5000);
        void box.closed.then(() => clearTimeout(linger));
      };
      box.child.stdin!.end(JSON.stringify(job));
      void box.closed.then(() => {
        const elapsed = performance.now() - started;
        if (killedFor === "timeout") return settle(outerTimeout(job, elapsed, box.err));
        if (killedFor === "oversize") return settle(failed(job, "crashed", "The sandbox produced more output than it may return.", box.err, elapsed));
        const text = Buffer.concat(box.out).toString("utf8");
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          // The runner is PID 1 of the container: nothing inside can kill it, so a SIGKILL'd container
          // without a result is the memory cgroup's OOM killer (or someone outside).
          if (box.exitCode === 137) {
            return settle(failed(job, "memory_exceeded", "The sandbox ran out of memory.", box.err, elapsed));
          }
          const why = box.err.trim() || `docker exited with ${box.signal ?? box.exitCode}`;
          return settle(failed(job, "crashed", `The sandbox did not return a result: ${why}`, box.err, elapsed));
        }
        const result = SandboxResultSchema.safeParse(json);
        if (!result.success) {
          return settle(failed(job, "crashed", `The sandbox returned a malformed result: ${result.error.message}`, box.err, elapsed));
        }
        settle(result.data as SandboxResult);
      });
    });
  }

  /** Kills and removes a container; the `docker run` client ends with it (or is killed after a while). */
  private async remove(box: Container): Promise<void> {
    await this.docker(["rm", "-f", box.name]);
    const stuck = setTimeout(() => box.child.kill("SIGKILL"), 5000);
    await box.closed;
    clearTimeout(stuck);
  }

  private async checkImage(): Promise<void> {
    if (this.imageChecked) return;
    const r = await this.docker(["image", "inspect", "--format", "{{.Id}}", this.image]);
    if (r.code !== 0) {
      if (/Cannot connect|daemon|ENOENT|not found \(/i.test(r.stderr) && !/No such image/i.test(r.stderr)) {
        throw new Error(`Docker is not available: ${r.stderr.trim()}. Start it with: node sandbox-images/build-image.mjs`);
      }
      throw new Error(`Sandbox image ${this.image} is not built. Build it with: node sandbox-images/build-image.mjs`);
    }
    this.imageChecked = true;
  }

  /** Removes sandbox containers left by processes on this host that are gone (a crashed server). */
  private sweepStale(): void {
    if (this.swept) return;
    this.swept = true;
    void this.docker(["ps", "-a", "--filter", `label=${SANDBOX_LABEL}`, "--format", `{{.Names}}\t{{.Label "${OWNER_LABEL}"}}`]).then((r) => {
      const host = os.hostname();
      const stale = r.stdout
        .split("\n")
        .map((l) => l.split("\t"))
        .filter(([name, owner]) => {
          if (!name || !owner) return false;
          const [h, pid] = owner.split(":");
          return h === host && Number(pid) !== process.pid && !alive(Number(pid));
        })
        .map(([name]) => name);
      if (stale.length) return this.docker(["rm", "-f", ...stale]);
    });
  }

  private takeUid(): number {
    for (let tries = 0; tries < 64; tries++) {
      const uid = DOCKER_UID_BASE + Math.floor(Math.random() * DOCKER_UID_SLOTS);
      if (!this.usedUids.has(uid)) {
        this.usedUids.add(uid);
        return uid;
      }
    }
    throw new Error("No free sandbox uid");
  }

  private docker(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(this.dockerPath, args, { env: dockerEnv(), stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
      child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
      child.on("error", (e) => resolve({ code: null, stdout, stderr: stderr + String(e) }));
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
  }
}

function defaultDockerPath(): string {
  if (process.env.DOCKER_BIN) return process.env.DOCKER_BIN;
  return fs.existsSync("/usr/bin/docker") ? "/usr/bin/docker" : "docker";
}

/** The docker CLI gets only what it needs to find the daemon, none of the app's secrets. */
function dockerEnv(): NodeJS.ProcessEnv {
  const env: Record<string, string> = { PATH: "/usr/sbin:/usr/bin:/sbin:/bin:/usr/local/bin" };
  for (const key of ["HOME", "DOCKER_HOST", "DOCKER_CONFIG", "DOCKER_CONTEXT", "DOCKER_CERT_PATH", "DOCKER_TLS_VERIFY"]) {
    const v = process.env[key];
    if (v) env[key] = v;
  }
  return env as NodeJS.ProcessEnv;
}

function ownerId(): string {
  return `${os.hostname()}:${process.pid}`;
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** On exit, remove every container this process still has (pooled ones wait on stdin forever otherwise). */
function installExitHook(dockerPath: string): void {
  if (exitHookFor) return;
  exitHookFor = dockerPath;
  process.once("exit", () => {
    if (live.size === 0) return;
    spawnSync(dockerPath, ["rm", "-f", ...live], { env: dockerEnv(), stdio: "ignore", timeout: 10_000 });
  });
}

/** The last non-blank byte is `}`: the runner's one JSON object may be complete. */
function endsWithBrace(chunk: Buffer): boolean {
  for (let i = chunk.length - 1; i >= 0; i--) {
    const c = chunk[i];
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    return c === 0x7d;
  }
  return false;
}

/** A complete, valid SandboxResult, or undefined while more is to come. */
function parseResult(text: string): SandboxResult | undefined {
  try {
    const result = SandboxResultSchema.safeParse(JSON.parse(text));
    return result.success ? (result.data as SandboxResult) : undefined;
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
