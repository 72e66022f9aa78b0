import crypto from "node:crypto";
import {
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSClient,
  RunTaskCommand,
  StopTaskCommand,
  TagResourceCommand,
  type ContainerDefinition,
  type RunTaskCommandInput,
  type Tag,
  type Task,
  type TaskDefinition,
} from "@aws-sdk/client-ecs";
import { currentSandboxContext } from "./ecs-context";
import { signExchangeToken } from "./ecs-exchange";
import { SandboxStore, sharedMemoryKv, UpstashKv } from "./ecs-store";
import { SandboxJobSchema, SandboxResultSchema } from "./schema";
import type { Launcher, SandboxJob, SandboxLimits, SandboxResult } from "./types";
import { DEFAULT_LIMITS } from "./types";

/**
 * Runs sandbox jobs as ECS Fargate tasks of the image built from sandbox-images/.
 *
 * One task runs one job and exits. A warm pool of pre-started tasks waits for jobs (Fargate
 * cold starts take 45–90 s); run() claims an idle one, or starts a cold task when the pool
 * is empty, and refills the pool behind it. The task's agent (sandbox-images/runner/
 * task_agent.py) fetches the job from the job exchange with its slot token, runs the runner
 * with user code cut off from the network, and posts the SandboxResult back with the result
 * token that came with the job. run() waits for that result, so judging and storing stay in
 * the one runExecutionJob path, here in the execute Lambda.
 *
 * Isolation is the task definition's (infra/sandbox.ts): awsvpc in private subnets with no
 * public IP, a security group whose only egress is HTTPS to the VPC endpoints, read-only root,
 * a non-root user, all capabilities dropped, an init process, no task role. Before the first
 * run the launcher reads the task definition back and refuses to start tasks from one that
 * lacks any of these.
 */

export interface EcsLauncherConfig {
  cluster: string;
  taskDefinition: string;
  /** The sandbox container's name in the task definition. */
  container: string;
  subnets: string[];
  securityGroups: string[];
  /** Fargate CPU units for a task; memory follows the job's memoryMb. */
  cpu: number;
  /** Pre-started tasks to keep idle (0: every job starts cold). */
  poolSize: number;
  /** A pooled task retires after waiting this long for a job. */
  poolIdleSeconds: number;
  /** Base URL of the job exchange as the tasks reach it. */
  exchangeUrl: string;
  exchangeSecret: string;
  /** A warm task must take its job within this long, or the job fails over to a cold task. */
  warmPickupMs?: number;
  /** A cold task must take its job within this long (Fargate start-up). */
  coldPickupMs?: number;
  /** Added to the job's wall clock (and compile clock) before the run counts as hung. */
  graceMs?: number;
  /** How often the result is looked for. */
  pollMs?: number;
  /** How often the task's status is checked while waiting. */
  describeEveryMs?: number;
}

export interface EcsLauncherDeps {
  ecs?: ECSClient;
  store: SandboxStore;
}

/** Thrown when no sandbox could run the job at all (nothing ran): the caller reports a sandbox error. */
export class SandboxUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SandboxUnavailableError";
  }
}

// ---------------------------------------------------------------- sizes

const FARGATE_MEMORY: Record<number, number[]> = {
  256: [512, 1024, 2048],
  512: range(1024, 4096, 1024),
  1024: range(2048, 8192, 1024),
  2048: range(4096, 16384, 1024),
  4096: range(8192, 30720, 1024),
};

function range(from: number, to: number, step: number) {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
}

/** Headroom above the job's memory limit for the agent, the runner and compilers' own processes. */
export const TASK_MEMORY_OVERHEAD_MB = 512;

export interface FargateSize {
  cpu: string;
  memory: string;
  /** "cpu/memory", the pool's key. */
  key: string;
}

/** The smallest valid Fargate size with at least `cpu` units and room for the job's memory limit. */
export function fargateSize(limits: Pick<SandboxLimits, "memoryMb">, cpu: number): FargateSize {
  const needed = limits.memoryMb + TASK_MEMORY_OVERHEAD_MB;
  for (const c of Object.keys(FARGATE_MEMORY).map(Number).sort((a, b) => a - b)) {
    if (c < cpu) continue;
    const mem = FARGATE_MEMORY[c].find((m) => m >= needed);
    if (mem) return { cpu: String(c), memory: String(mem), key: `${c}/${mem}` };
  }
  throw new Error(`No Fargate size fits a ${limits.memoryMb} MB sandbox`);
}

// ---------------------------------------------------------------- RunTask

export const TAG_ROLE = "interview-coach:role";
export const TAG_SLOT = "interview-coach:slot";
export const TAG_SUBMISSION = "interview-coach:submission";

export interface TaskStart {
  slotId: string;
  slotToken: string;
  size: FargateSize;
  kind: "pool" | "cold";
  idleSeconds: number;
  submissionId?: string;
}

/**
 * The RunTask request for one sandbox task. Everything that isolates it is here or in the
 * task definition; nothing in the overrides grants anything (no role, no command, no
 * execute-command), the task gets only its slot's identity and the exchange URL.
 */
export function buildRunTaskInput(config: EcsLauncherConfig, start: TaskStart): RunTaskCommandInput {
  const tags: Tag[] = [
    { key: TAG_ROLE, value: `sandbox-${start.kind}` },
    { key: TAG_SLOT, value: start.slotId },
  ];
  if (start.submissionId) tags.push({ key: TAG_SUBMISSION, value: start.submissionId });
  return {
    cluster: config.cluster,
    taskDefinition: config.taskDefinition,
    count: 1,
    launchType: "FARGATE",
    platformVersion: "LATEST",
    networkConfiguration: {
      awsvpcConfiguration: {
        subnets: config.subnets,
        securityGroups: config.securityGroups,
        assignPublicIp: "DISABLED",
      },
    },
    overrides: {
      cpu: start.size.cpu,
      memory: start.size.memory,
      containerOverrides: [
        {
          name: config.container,
          environment: [
            { name: "SANDBOX_EXCHANGE_URL", value: config.exchangeUrl },
            { name: "SANDBOX_SLOT_ID", value: start.slotId },
            { name: "SANDBOX_SLOT_TOKEN", value: start.slotToken },
            { name: "SANDBOX_IDLE_SECONDS", value: String(start.idleSeconds) },
          ],
        },
      ],
    },
    enableExecuteCommand: false,
    enableECSManagedTags: true,
    startedBy: "interview-coach",
    clientToken: start.slotId,
    tags,
  };
}

// ---------------------------------------------------------------- task definition check

/** Why a task definition is not fit to run user code; empty when it is. */
export function taskDefinitionProblems(def: TaskDefinition | undefined, containerName: string): string[] {
  if (!def) return ["the task definition was not found"];
  const problems: string[] = [];
  if (def.networkMode !== "awsvpc") problems.push(`networkMode is ${def.networkMode ?? "unset"}, not awsvpc`);
  if (!def.requiresCompatibilities?.includes("FARGATE")) problems.push("it is not a Fargate task definition");
  if (def.taskRoleArn) problems.push(`it has a task role (${def.taskRoleArn}); user code must get no AWS credentials`);
  const containers = def.containerDefinitions ?? [];
  const c: ContainerDefinition | undefined = containers.find((x) => x.name === containerName);
  if (!c) return [...problems, `it has no container named ${containerName}`];
  if (containers.length !== 1) problems.push("it runs more than the sandbox container");
  if (c.readonlyRootFilesystem !== true) problems.push("the root filesystem is not read-only");
  const user = (c.user ?? "").split(":")[0];
  if (!user || user === "0" || user === "root") problems.push(`the container runs as ${c.user ? `user ${c.user}` : "the image's default user"}, not a fixed non-root uid`);
  if (c.privileged) problems.push("the container is privileged");
  if (c.linuxParameters?.initProcessEnabled !== true) problems.push("initProcessEnabled is off");
  if (!c.linuxParameters?.capabilities?.drop?.includes("ALL")) problems.push("capabilities are not all dropped");
  if (c.linuxParameters?.capabilities?.add?.length) problems.push(`capabilities are added (${c.linuxParameters.capabilities.add.join(", ")})`);
  if (!c.stopTimeout || c.stopTimeout > 30) problems.push("stopTimeout is not set to a short time");
  if ((c.portMappings ?? []).length) problems.push("the container maps ports");
  return problems;
}

// ---------------------------------------------------------------- results

function notRun(job: SandboxJob, status: SandboxResult["status"], message: string, elapsed: number): SandboxResult {
  return {
    status,
    tests: job.tests.map((t) => ({ id: t.id, status: "not_run", stdout: "", timeMs: 0 })),
    stdout: "",
    stderr: message,
    exitCode: null,
    executionTimeMs: elapsed,
    memoryMb: 0,
  };
}

/** The run did not answer within its clock: the same shape the other launchers give a hung run. */
function hungRun(job: SandboxJob, elapsed: number): SandboxResult {
  return {
    status: "timeout",
    tests: job.tests.map((t) => ({ id: t.id, status: "error", stdout: "", error: "Time limit exceeded", limit: "time", timeMs: 0 })),
    stdout: "",
    stderr: "",
    exitCode: null,
    executionTimeMs: elapsed,
    memoryMb: 0,
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function describeStop(task: Task | undefined): string {
  if (!task) return "the task is gone";
  const container = task.containers?.[0];
  const parts = [task.stopCode, task.stoppedReason, container?.reason, container?.exitCode !== undefined ? `exit code ${container.exitCode}` : undefined];
  return parts.filter(Boolean).join("; ") || "stopped";
}

// ---------------------------------------------------------------- launcher

interface Placement {
  slotId: string;
  kind: "pool" | "cold";
  taskArn?: string;
  pickupDeadline: number;
}

export class EcsLauncher implements Launcher {
  readonly name = "ecs";
  readonly ecs: ECSClient;
  readonly store: SandboxStore;
  private readonly cfg: Required<EcsLauncherConfig>;
  private checked?: Promise<void>;

  constructor(config: EcsLauncherConfig, deps: EcsLauncherDeps) {
    this.cfg = {
      warmPickupMs: 8_000,
      coldPickupMs: 150_000,
      graceMs: 15_000,
      pollMs: 150,
      describeEveryMs: 5_000,
      ...config,
    };
    this.ecs = deps.ecs ?? new ECSClient({});
    this.store = deps.store;
  }

  /** The size pooled tasks are started with: the one jobs with the default limits need. */
  get poolSize(): FargateSize {
    return fargateSize(DEFAULT_LIMITS, this.cfg.cpu);
  }

  async run(input: SandboxJob): Promise<SandboxResult> {
    const parsed = SandboxJobSchema.safeParse(input);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid sandbox job: ${issues}`);
    }
    const job = parsed.data as SandboxJob;
    await this.checkTaskDefinition();

    const started = Date.now();
    const size = fargateSize(job.limits, this.cfg.cpu);
    const jobId = crypto.randomUUID();
    const submissionId = currentSandboxContext().submissionId;
    await this.store.putJob(jobId, { job: JSON.stringify(job) });

    // Work that runs beside the wait (refilling the pool, tagging a claimed task). A Lambda freezes
    // once it answers, so run() lets it finish before returning; it is usually done by then.
    const background: Promise<void>[] = [];
    try {
      let placement = await this.claimWarm(size, jobId);
      if (placement?.taskArn && submissionId) background.push(this.tagWithSubmission(placement.taskArn, submissionId));
      if (!placement) placement = await this.startCold(size, jobId, submissionId);
      if (this.cfg.poolSize > 0) background.push(this.topUpPool().then(() => undefined, (err) => console.error("[ecs] pool refill failed:", err)));
      return await this.awaitResult(job, jobId, placement, size, submissionId, started);
    } finally {
      await this.store.finishJob(jobId).catch(() => undefined);
      await Promise.all(background);
    }
  }

  /** Starts pool tasks until the pool holds poolSize idle or starting tasks. Used after claims and by the pool cron. */
  async topUpPool(): Promise<{ started: number }> {
    const size = this.poolSize;
    if (this.cfg.poolSize <= 0) return { started: 0 };
    if (!(await this.store.tryRefillLock(size.key, 30_000))) return { started: 0 };
    try {
      const { idle, starting } = await this.store.poolCounts(size.key);
      const missing = Math.max(0, this.cfg.poolSize - idle - starting);
      const results = await Promise.allSettled(Array.from({ length: missing }, () => this.startPoolTask(size)));
      for (const r of results) if (r.status === "rejected") console.error("[ecs] could not start a pool task:", r.reason);
      return { started: results.filter((r) => r.status === "fulfilled").length };
    } finally {
      await this.store.releaseRefillLock(size.key);
    }
  }

  private async checkTaskDefinition(): Promise<void> {
    this.checked ??= (async () => {
      const res = await this.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: this.cfg.taskDefinition }));
      const problems = taskDefinitionProblems(res.taskDefinition, this.cfg.container);
      if (problems.length) {
        throw new SandboxUnavailableError(`Refusing to run user code in ECS task definition ${this.cfg.taskDefinition}: ${problems.join("; ")}`);
      }
    })();
    try {
      await this.checked;
    } catch (err) {
      this.checked = undefined; // a fixed deployment is picked up on the next run
      throw err;
    }
  }

  private newSlot(): { slotId: string; slotToken: string } {
    const slotId = crypto.randomUUID();
    const ttlSeconds = Math.ceil(this.store.timings.slotTtlMs / 1000);
    return { slotId, slotToken: signExchangeToken(this.cfg.exchangeSecret, "slot", slotId, ttlSeconds) };
  }

  private async runTask(start: TaskStart): Promise<string> {
    const res = await this.ecs.send(new RunTaskCommand(buildRunTaskInput(this.cfg, start)));
    const task = res.tasks?.[0];
    if (!task?.taskArn) {
      const why = res.failures?.map((f) => [f.reason, f.detail].filter(Boolean).join(": ")).join("; ") || "no task was started";
      throw new SandboxUnavailableError(`ECS RunTask failed: ${why}`);
    }
    return task.taskArn;
  }

  private async startPoolTask(size: FargateSize): Promise<void> {
    const { slotId, slotToken } = this.newSlot();
    await this.store.createSlot(slotId, { size: size.key, kind: "pool", createdAt: Date.now() });
    try {
      const taskArn = await this.runTask({ slotId, slotToken, size, kind: "pool", idleSeconds: this.cfg.poolIdleSeconds });
      await this.store.updateSlot(slotId, { taskArn });
    } catch (err) {
      await this.store.dropSlot(slotId, size.key);
      throw err;
    }
  }

  private async claimWarm(size: FargateSize, jobId: string): Promise<Placement | null> {
    if (this.cfg.poolSize <= 0 || size.key !== this.poolSize.key) return null;
    const slotId = await this.store.claimIdle(size.key, jobId);
    if (!slotId) return null;
    const slot = await this.store.getSlot(slotId);
    return { slotId, kind: "pool", taskArn: slot?.taskArn, pickupDeadline: Date.now() + this.cfg.warmPickupMs };
  }

  /** A pooled task was started before the submission existed: tag it once claimed. */
  private async tagWithSubmission(taskArn: string, submissionId: string): Promise<void> {
    try {
      await this.ecs.send(new TagResourceCommand({ resourceArn: taskArn, tags: [{ key: TAG_SUBMISSION, value: submissionId }] }));
    } catch (err) {
      console.warn("[ecs] could not tag the claimed task:", err instanceof Error ? err.message : err);
    }
  }

  private async startCold(size: FargateSize, jobId: string, submissionId?: string): Promise<Placement> {
    const { slotId, slotToken } = this.newSlot();
    await this.store.createSlot(slotId, { size: size.key, kind: "cold", createdAt: Date.now() });
    await this.store.assign(slotId, jobId);
    try {
      const taskArn = await this.runTask({ slotId, slotToken, size, kind: "cold", idleSeconds: Math.ceil(this.cfg.coldPickupMs / 1000), submissionId });
      await this.store.updateSlot(slotId, { taskArn });
      return { slotId, kind: "cold", taskArn, pickupDeadline: Date.now() + this.cfg.coldPickupMs };
    } catch (err) {
      await this.store.dropSlot(slotId, size.key);
      throw err;
    }
  }

  private async describe(taskArn: string): Promise<Task | undefined> {
    const res = await this.ecs.send(new DescribeTasksCommand({ cluster: this.cfg.cluster, tasks: [taskArn] }));
    return res.tasks?.[0];
  }

  private async stop(taskArn: string | undefined, reason: string) {
    if (!taskArn) return;
    try {
      await this.ecs.send(new StopTaskCommand({ cluster: this.cfg.cluster, task: taskArn, reason: reason.slice(0, 255) }));
    } catch (err) {
      console.warn("[ecs] StopTask failed:", err instanceof Error ? err.message : err);
    }
  }

  private async readResult(jobId: string): Promise<SandboxResult | null> {
    const raw = await this.store.getResult(jobId);
    if (!raw) return null;
    const parsed = SandboxResultSchema.safeParse(JSON.parse(raw));
    return parsed.success ? (parsed.data as SandboxResult) : null;
  }

  private async awaitResult(
    job: SandboxJob,
    jobId: string,
    first: Placement,
    size: FargateSize,
    submissionId: string | undefined,
    started: number,
  ): Promise<SandboxResult> {
    let placement = first;
    let failedOver = false;
    let nextDescribe = Date.now() + Math.min(this.cfg.describeEveryMs, 1_000);
    const runBudgetMs = job.limits.wallMs + (job.limits.compileMs ?? 0) + this.cfg.graceMs;

    const failOver = async (why: string): Promise<boolean> => {
      if (placement.kind !== "pool" || failedOver) return false;
      failedOver = true;
      console.warn(`[ecs] warm task ${placement.taskArn ?? placement.slotId} ${why}; starting a cold task`);
      await this.stop(placement.taskArn, `sandbox failed over: ${why}`);
      placement = await this.startCold(size, jobId, submissionId);
      nextDescribe = Date.now() + this.cfg.describeEveryMs;
      return true;
    };

    for (;;) {
      const result = await this.readResult(jobId);
      if (result) return result;
      const fetched = await this.store.fetchedAt(jobId);
      const now = Date.now();

      if (fetched === null && now > placement.pickupDeadline) {
        const secs = Math.round((placement.kind === "pool" ? this.cfg.warmPickupMs : this.cfg.coldPickupMs) / 1000);
        if (await failOver(`did not take its job within ${secs} s`)) continue;
        await this.stop(placement.taskArn, "sandbox did not take its job in time");
        throw new SandboxUnavailableError(`The ECS sandbox task did not take its job within ${secs} s (task ${placement.taskArn ?? "unknown"})`);
      }
      if (fetched !== null && now > fetched + runBudgetMs) {
        await this.stop(placement.taskArn, "sandbox run exceeded its time limit");
        return hungRun(job, now - started);
      }
      if (placement.taskArn && now >= nextDescribe) {
        nextDescribe = now + this.cfg.describeEveryMs;
        let task: Task | undefined;
        try {
          task = await this.describe(placement.taskArn);
        } catch (err) {
          console.warn("[ecs] DescribeTasks failed:", err instanceof Error ? err.message : err);
        }
        if (task?.lastStatus === "STOPPED" || task?.desiredStatus === "STOPPED") {
          const late = await this.readResult(jobId);
          if (late) return late;
          const why = describeStop(task);
          if ((await this.store.fetchedAt(jobId)) === null) {
            if (await failOver(`stopped before taking its job (${why})`)) continue;
            throw new SandboxUnavailableError(`The ECS sandbox task stopped before it took its job: ${why}`);
          }
          return notRun(job, "crashed", `The sandbox stopped before returning a result: ${why}`, now - started);
        }
      }
      await sleep(this.cfg.pollMs);
    }
  }
}

// ---------------------------------------------------------------- from env

export interface EcsEnv {
  SANDBOX_ECS_CLUSTER?: string;
  SANDBOX_ECS_TASK_DEFINITION?: string;
  SANDBOX_ECS_CONTAINER: string;
  SANDBOX_ECS_SUBNETS?: string;
  SANDBOX_ECS_SECURITY_GROUPS?: string;
  SANDBOX_ECS_CPU: number;
  SANDBOX_POOL_SIZE: number;
  SANDBOX_POOL_IDLE_SECONDS: number;
  SANDBOX_EXCHANGE_URL?: string;
  SANDBOX_EXCHANGE_SECRET?: string;
  UPSTASH_REDIS_REST_URL?: string;
  UPSTASH_REDIS_REST_TOKEN?: string;
}

const list = (v: string | undefined) => (v ?? "").split(",").map((s) => s.trim()).filter(Boolean);

export function ecsConfigFromEnv(e: EcsEnv): EcsLauncherConfig {
  const missing = (["SANDBOX_ECS_CLUSTER", "SANDBOX_ECS_TASK_DEFINITION", "SANDBOX_ECS_SUBNETS", "SANDBOX_ECS_SECURITY_GROUPS", "SANDBOX_EXCHANGE_URL", "SANDBOX_EXCHANGE_SECRET"] as const).filter((k) => !e[k]);
  if (missing.length) throw new Error(`The ecs sandbox launcher needs ${missing.join(", ")}`);
  return {
    cluster: e.SANDBOX_ECS_CLUSTER!,
    taskDefinition: e.SANDBOX_ECS_TASK_DEFINITION!,
    container: e.SANDBOX_ECS_CONTAINER,
    subnets: list(e.SANDBOX_ECS_SUBNETS),
    securityGroups: list(e.SANDBOX_ECS_SECURITY_GROUPS),
    cpu: e.SANDBOX_ECS_CPU,
    poolSize: e.SANDBOX_POOL_SIZE,
    poolIdleSeconds: e.SANDBOX_POOL_IDLE_SECONDS,
    exchangeUrl: e.SANDBOX_EXCHANGE_URL!,
    exchangeSecret: e.SANDBOX_EXCHANGE_SECRET!,
  };
}

/** The sandbox store configured by env: Upstash Redis when set, else this process's memory. */
export function sandboxStoreFromEnv(e: Pick<EcsEnv, "UPSTASH_REDIS_REST_URL" | "UPSTASH_REDIS_REST_TOKEN">): SandboxStore {
  if (e.UPSTASH_REDIS_REST_URL) return new SandboxStore(UpstashKv.fromUrl(e.UPSTASH_REDIS_REST_URL, e.UPSTASH_REDIS_REST_TOKEN ?? ""));
  return new SandboxStore(sharedMemoryKv());
}
