import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mockClient } from "aws-sdk-client-mock";
import {
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSClient,
  RunTaskCommand,
  StopTaskCommand,
  TagResourceCommand,
  type RunTaskCommandInput,
  type Task,
} from "@aws-sdk/client-ecs";
import { runWithSandboxContext } from "@/lib/launcher/ecs-context";
import { createExchangeHandler, verifyExchangeToken } from "@/lib/launcher/ecs-exchange";
import { MemoryKv, SandboxStore } from "@/lib/launcher/ecs-store";
import { EcsLauncher, fargateSize, SandboxUnavailableError, taskDefinitionProblems, type EcsLauncherConfig } from "@/lib/launcher/ecs";
import type { SandboxResult } from "@/lib/launcher/types";
import { deployedTaskDefinition, env, EXCHANGE_SECRET, job, launcherConfig, sleep } from "./helpers";

const ecs = mockClient(ECSClient);
const SUBMISSION = "5f0c3b7e-1d2a-4c3b-9e8f-7a6b5c4d3e2f";

/** What a simulated task does once started. */
type Behaviour = "answer" | "hang" | "ignore" | "poll-once" | "die-before" | "die-after";

let store: SandboxStore;
let exchange: (req: Request) => Promise<Response>;
let tasks: { arn: string; input: RunTaskCommandInput; status: "RUNNING" | "STOPPED"; reason?: string }[];
let behaviours: Behaviour[];
let defaultBehaviour: Behaviour;

const call = (path: string, token: string, init: RequestInit = {}) =>
  exchange(new Request(`https://exchange.test/prod${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) } }));

function okResult(input: { tests: { id: string }[] }): SandboxResult {
  return {
    status: "ok",
    tests: input.tests.map((t) => ({ id: t.id, status: "ok", actual: [0, 1], stdout: "", timeMs: 0.1 })),
    stdout: "",
    stderr: "",
    exitCode: 0,
    executionTimeMs: 12,
    memoryMb: 9,
  };
}

/** A task that runs the agent protocol against the exchange, in-process. */
async function simulate(task: (typeof tasks)[number], behaviour: Behaviour) {
  const e = env(task.input);
  const slot = e.SANDBOX_SLOT_ID;
  const token = e.SANDBOX_SLOT_TOKEN;
  if (behaviour === "ignore") return;
  if (behaviour === "poll-once") {
    await call(`/sandbox/slots/${slot}/job?wait=0`, token); // becomes idle, then goes silent
    return;
  }
  if (behaviour === "die-before") {
    task.status = "STOPPED";
    task.reason = "CannotPullContainerError: pull image manifest has been retried 5 time(s)";
    return;
  }
  for (let i = 0; i < 400 && task.status === "RUNNING"; i++) {
    const res = await call(`/sandbox/slots/${slot}/job?wait=1`, token);
    if (res.status === 204) continue;
    if (res.status !== 200) return;
    const offer = await res.json();
    if (behaviour === "hang") return;
    if (behaviour === "die-after") {
      task.status = "STOPPED";
      task.reason = "OutOfMemoryError: Container killed due to memory usage";
      return;
    }
    await call(`/sandbox/jobs/${offer.jobId}/result`, offer.resultToken, { method: "POST", body: JSON.stringify(okResult(offer.job)) });
    task.status = "STOPPED";
    return;
  }
}

function launcher(over: Partial<EcsLauncherConfig> = {}) {
  return new EcsLauncher(
    launcherConfig({ warmPickupMs: 400, coldPickupMs: 600, graceMs: 200, pollMs: 10, describeEveryMs: 40, ...over }),
    { ecs: new ECSClient({ region: "us-east-1" }), store },
  );
}

beforeEach(() => {
  ecs.reset();
  store = new SandboxStore(new MemoryKv());
  exchange = createExchangeHandler({ store, secret: EXCHANGE_SECRET, maxHoldMs: 1000, pollMs: 10 });
  tasks = [];
  behaviours = [];
  defaultBehaviour = "answer";
  ecs.on(DescribeTaskDefinitionCommand).resolves({ taskDefinition: deployedTaskDefinition() });
  ecs.on(RunTaskCommand).callsFake(async (input: RunTaskCommandInput) => {
    const task = { arn: `arn:aws:ecs:us-east-1:123456789012:task/sandbox/${tasks.length + 1}`, input, status: "RUNNING" as const };
    tasks.push(task as (typeof tasks)[number]);
    void simulate(task as (typeof tasks)[number], behaviours.shift() ?? defaultBehaviour);
    return { tasks: [{ taskArn: task.arn, lastStatus: "PROVISIONING" }], failures: [] };
  });
  ecs.on(DescribeTasksCommand).callsFake(async (input) => ({
    tasks: input.tasks.map((arn: string): Task => {
      const t = tasks.find((x) => x.arn === arn)!;
      return t.status === "RUNNING"
        ? { taskArn: arn, lastStatus: "RUNNING", desiredStatus: "RUNNING" }
        : { taskArn: arn, lastStatus: "STOPPED", desiredStatus: "STOPPED", stopCode: "EssentialContainerExited", stoppedReason: t.reason ?? "Essential container in task exited", containers: [{ name: "Sandbox", exitCode: t.reason ? 137 : 0 }] };
    }),
  }));
  ecs.on(StopTaskCommand).callsFake(async (input) => {
    const t = tasks.find((x) => x.arn === input.task);
    if (t) t.status = "STOPPED";
    return {};
  });
  ecs.on(TagResourceCommand).resolves({});
});
afterEach(() => {
  for (const t of tasks) t.status = "STOPPED";
});

describe("RunTask", () => {
  it("starts a cold task with exactly the Fargate isolation settings, sized for the job and tagged with the submission", async () => {
    const result = await runWithSandboxContext({ submissionId: SUBMISSION }, () => launcher().run(job({ memoryMb: 512 })));
    expect(result.status).toBe("ok");
    expect(result.tests[0]).toMatchObject({ id: "t1", status: "ok", actual: [0, 1] });

    const calls = ecs.commandCalls(RunTaskCommand);
    expect(calls).toHaveLength(1);
    const input = calls[0].args[0].input;
    const slotId = env(input).SANDBOX_SLOT_ID;
    expect(input).toEqual({
      cluster: "arn:aws:ecs:us-east-1:123456789012:cluster/sandbox",
      taskDefinition: "arn:aws:ecs:us-east-1:123456789012:task-definition/sandbox-Sandbox:7",
      count: 1,
      launchType: "FARGATE",
      platformVersion: "LATEST",
      networkConfiguration: {
        awsvpcConfiguration: { subnets: ["subnet-private-a", "subnet-private-b"], securityGroups: ["sg-sandbox-tasks"], assignPublicIp: "DISABLED" },
      },
      overrides: {
        cpu: "1024",
        memory: "2048",
        containerOverrides: [
          {
            name: "Sandbox",
            environment: [
              { name: "SANDBOX_EXCHANGE_URL", value: "https://abc123.execute-api.us-east-1.amazonaws.com/prod/" },
              { name: "SANDBOX_SLOT_ID", value: slotId },
              { name: "SANDBOX_SLOT_TOKEN", value: expect.any(String) },
              { name: "SANDBOX_IDLE_SECONDS", value: "1" },
            ],
          },
        ],
      },
      enableExecuteCommand: false,
      enableECSManagedTags: true,
      startedBy: "interview-coach",
      clientToken: slotId,
      tags: [
        { key: "interview-coach:role", value: "sandbox-cold" },
        { key: "interview-coach:slot", value: slotId },
        { key: "interview-coach:submission", value: SUBMISSION },
      ],
    });
    // Nothing in the request grants anything: no role, no command, no extra container.
    expect(input.overrides).not.toHaveProperty("taskRoleArn");
    expect(input.overrides).not.toHaveProperty("executionRoleArn");
    expect(input.overrides?.containerOverrides?.[0]).not.toHaveProperty("command");
    // The slot token opens this slot only, and only to fetch.
    const token = env(input).SANDBOX_SLOT_TOKEN;
    expect(verifyExchangeToken(EXCHANGE_SECRET, token, "slot", slotId)).toBe(true);
    expect(verifyExchangeToken(EXCHANGE_SECRET, token, "result", slotId)).toBe(false);
    expect(verifyExchangeToken(EXCHANGE_SECRET, token, "slot", "another-slot-id")).toBe(false);
  });

  it("sizes tasks to valid Fargate CPU/memory pairs with headroom over the job's memory limit", () => {
    expect(fargateSize({ memoryMb: 512 }, 1024)).toEqual({ cpu: "1024", memory: "2048", key: "1024/2048" });
    expect(fargateSize({ memoryMb: 2048 }, 1024)).toEqual({ cpu: "1024", memory: "3072", key: "1024/3072" });
    expect(fargateSize({ memoryMb: 8000 }, 1024)).toEqual({ cpu: "2048", memory: "9216", key: "2048/9216" });
    expect(fargateSize({ memoryMb: 256 }, 256)).toEqual({ cpu: "256", memory: "1024", key: "256/1024" });
  });

  it("refuses to start anything from a task definition that would not isolate user code", async () => {
    const good = deployedTaskDefinition();
    expect(taskDefinitionProblems(good, "Sandbox")).toEqual([]);
    const weak = {
      ...good,
      taskRoleArn: "arn:aws:iam::123456789012:role/SandboxTaskRole",
      containerDefinitions: [{ ...good.containerDefinitions[0], readonlyRootFilesystem: false, user: undefined, linuxParameters: { initProcessEnabled: true }, portMappings: [{ containerPort: 80 }] }],
    };
    ecs.on(DescribeTaskDefinitionCommand).resolves({ taskDefinition: weak });
    const err = await launcher().run(job()).catch((e) => e);
    expect(err).toBeInstanceOf(SandboxUnavailableError);
    expect(err.message).toContain("Refusing to run user code");
    for (const why of ["task role", "not read-only", "not a fixed non-root uid", "capabilities are not all dropped", "maps ports"]) expect(err.message).toContain(why);
    expect(ecs.commandCalls(RunTaskCommand)).toHaveLength(0);
  });
});

describe("warm pool", () => {
  it("claims a pre-started idle task instead of a cold start, tags it with the submission and refills behind it", async () => {
    const l = launcher({ poolSize: 2 });
    expect(await l.topUpPool()).toEqual({ started: 2 });
    const poolStarts = ecs.commandCalls(RunTaskCommand).map((c) => c.args[0].input);
    expect(poolStarts.map((i) => i.tags?.[0])).toEqual([
      { key: "interview-coach:role", value: "sandbox-pool" },
      { key: "interview-coach:role", value: "sandbox-pool" },
    ]);
    expect(poolStarts.every((i) => env(i).SANDBOX_IDLE_SECONDS === "600" && !i.tags?.some((t) => t.key === "interview-coach:submission"))).toBe(true);
    // The agents poll once: now the pool is idle (not just starting), and a second top-up starts nothing.
    await sleep(50);
    expect(await store.poolCounts(l.poolSize.key)).toEqual({ idle: 2, starting: 0 });
    expect(await l.topUpPool()).toEqual({ started: 0 });

    const result = await runWithSandboxContext({ submissionId: SUBMISSION }, () => l.run(job()));
    expect(result.status).toBe("ok");
    const starts = ecs.commandCalls(RunTaskCommand).map((c) => c.args[0].input);
    expect(starts).toHaveLength(3); // the two pooled ones, and one refill
    expect(starts[2].tags?.[0]).toEqual({ key: "interview-coach:role", value: "sandbox-pool" });
    const claimed = tasks.find((t) => t.status === "STOPPED")!;
    expect(ecs.commandCalls(TagResourceCommand).map((c) => c.args[0].input)).toEqual([
      { resourceArn: claimed.arn, tags: [{ key: "interview-coach:submission", value: SUBMISSION }] },
    ]);
  });

  it("starts cold when the pool is empty, and when the job needs a bigger task than the pool's", async () => {
    const l = launcher({ poolSize: 1 });
    await l.run(job()); // pool empty: cold start, plus one pool task behind it
    let starts = ecs.commandCalls(RunTaskCommand).map((c) => c.args[0].input.tags?.[0]?.value);
    expect(starts).toEqual(["sandbox-cold", "sandbox-pool"]);
    await sleep(50);
    await l.run(job({ memoryMb: 4096 })); // the idle pool task is 1024/2048: too small
    starts = ecs.commandCalls(RunTaskCommand).map((c) => c.args[0].input.tags?.[0]?.value);
    expect(starts).toEqual(["sandbox-cold", "sandbox-pool", "sandbox-cold"]);
    expect(ecs.commandCalls(RunTaskCommand)[2].args[0].input.overrides).toMatchObject({ cpu: "1024", memory: "5120" });
  });

  it("does not count a pool task that never came up as idle", async () => {
    const l = launcher({ poolSize: 1 });
    behaviours = ["ignore"];
    await l.topUpPool();
    await sleep(30);
    expect(await store.poolCounts(l.poolSize.key)).toEqual({ idle: 0, starting: 1 });
    expect((await l.run(job())).status).toBe("ok");
    expect(ecs.commandCalls(RunTaskCommand).map((c) => c.args[0].input.tags?.[0]?.value)).toEqual(["sandbox-pool", "sandbox-cold"]);
  });

  it("fails a claimed warm task that does not take its job over to a cold start, and stops it", async () => {
    const l = launcher({ poolSize: 1, warmPickupMs: 150 });
    behaviours = ["poll-once"];
    await l.topUpPool();
    await sleep(30);
    expect(await store.poolCounts(l.poolSize.key)).toEqual({ idle: 1, starting: 0 });
    expect((await l.run(job())).status).toBe("ok");
    const roles = ecs.commandCalls(RunTaskCommand).map((c) => c.args[0].input.tags?.[0]?.value);
    expect(roles.sort()).toEqual(["sandbox-cold", "sandbox-pool", "sandbox-pool"]); // claimed, its refill, the fail-over
    expect(ecs.commandCalls(StopTaskCommand)[0].args[0].input).toMatchObject({ task: tasks[0].arn, reason: expect.stringContaining("did not take its job") });
  });

  it("skips idle tasks whose heartbeat stopped (died while idle)", async () => {
    store = new SandboxStore(new MemoryKv(), { slotTtlMs: 60_000, heartbeatMs: 100, jobTtlMs: 60_000 });
    exchange = createExchangeHandler({ store, secret: EXCHANGE_SECRET, maxHoldMs: 1000, pollMs: 10 });
    const l = launcher({ poolSize: 1 });
    behaviours = ["poll-once"];
    await l.topUpPool();
    await sleep(200);
    expect((await l.run(job())).status).toBe("ok");
    expect(ecs.commandCalls(RunTaskCommand).map((c) => c.args[0].input.tags?.[0]?.value).slice(0, 2)).toEqual(["sandbox-pool", "sandbox-cold"]);
    expect(ecs.commandCalls(TagResourceCommand)).toHaveLength(0); // nothing was claimed
  });
});

describe("failures are reported as clear sandbox errors", () => {
  it("RunTask refusing to start a task", async () => {
    ecs.on(RunTaskCommand).resolves({ tasks: [], failures: [{ arn: "arn:aws:ecs:us-east-1:123456789012:container-instance/x", reason: "RESOURCE:ENI", detail: "no free IP addresses in subnet" }] });
    await expect(launcher().run(job())).rejects.toThrow("ECS RunTask failed: RESOURCE:ENI: no free IP addresses in subnet");
  });

  it("a task that stops before taking its job", async () => {
    defaultBehaviour = "die-before";
    const err = await launcher().run(job()).catch((e) => e);
    expect(err).toBeInstanceOf(SandboxUnavailableError);
    expect(err.message).toMatch(/stopped before it took its job: EssentialContainerExited; CannotPullContainerError/);
  });

  it("a cold task that never takes its job is stopped and reported", async () => {
    defaultBehaviour = "ignore";
    const err = await launcher({ coldPickupMs: 200 }).run(job()).catch((e) => e);
    expect(err).toBeInstanceOf(SandboxUnavailableError);
    expect(err.message).toMatch(/^The ECS sandbox task did not take its job within \d+ s \(task arn:aws:ecs:/);
    expect(ecs.commandCalls(StopTaskCommand)).toHaveLength(1);
  });

  it("a run that takes its job and never answers ends as a timeout and the task is stopped", async () => {
    defaultBehaviour = "hang";
    const started = Date.now();
    const result = await launcher().run(job({ wallMs: 200 }));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result.status).toBe("timeout");
    expect(result.tests[0]).toMatchObject({ status: "error", limit: "time", error: "Time limit exceeded" });
    expect(ecs.commandCalls(StopTaskCommand)[0].args[0].input).toMatchObject({ cluster: launcherConfig().cluster, reason: "sandbox run exceeded its time limit" });
  });

  it("a task that stops after taking its job returns a crashed result with ECS's reason", async () => {
    defaultBehaviour = "die-after";
    const result = await launcher({ graceMs: 5_000 }).run(job());
    expect(result.status).toBe("crashed");
    expect(result.stderr).toContain("OutOfMemoryError: Container killed due to memory usage");
    expect(result.tests[0].status).toBe("not_run");
  });
});
