import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockClient } from "aws-sdk-client-mock";
import {
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSClient,
  RunTaskCommand,
  StopTaskCommand,
  TagResourceCommand,
  type RunTaskCommandInput,
} from "@aws-sdk/client-ecs";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { codeSubmissions } from "@/db/schema";
import { resetEnvCache } from "@/lib/env";
import { SandboxStore, sharedMemoryKv, UpstashKv } from "@/lib/launcher/ecs-store";
import { handler as executeHandler } from "@/functions/execute";
import { handler as exchangeHandler } from "@/functions/exchange";
import { handler as poolHandler } from "@/functions/pool";
import { api, guest, waitForRun } from "../helpers/api";
import { useFreshDb } from "../helpers/db";
import { referenceSolution } from "../helpers/solutions";
import { startQStashStandIn, type QStashStandIn } from "../stand-ins/qstash";
import { serveLambda, type LambdaStandIn } from "../stand-ins/lambda";
import { startFakeTask, type FakeTask } from "../stand-ins/ecs-task";
import { startRedis, startUpstashStandIn, type UpstashStandIn } from "../stand-ins/upstash-redis";
import { deployedTaskDefinition, env, EXCHANGE_SECRET, sleep } from "./helpers";

/**
 * The production job path end to end, with only the vendors replaced: the app stores a run and
 * publishes through the real QStash Client to the QStash stand-in, which delivers it signed to the
 * execute Lambda (real Receiver); the Lambda's EcsLauncher calls ECS through the real SDK (mocked
 * at the client), which "starts" a task: the real task agent, which fetches its job from the job
 * exchange Lambda, runs the real runner under bubblewrap and posts the result; the Lambda judges
 * it and stores it in the database (PGlite), where the API reads it back.
 */
const ecs = mockClient(ECSClient);
const saved = { ...process.env };
let closeDb: () => Promise<void>;
let qstash: QStashStandIn;
let executeUrl: LambdaStandIn;
let exchangeApi: LambdaStandIn;
const tasks: FakeTask[] = [];
const redis = await startRedis();
let upstash: UpstashStandIn | undefined;
type StoreKind = "memory" | "upstash-redis";

function configure(poolSize: number, kind: StoreKind) {
  Object.assign(process.env, {
    QSTASH_URL: qstash.url,
    QSTASH_TOKEN: qstash.token,
    QSTASH_CURRENT_SIGNING_KEY: qstash.currentSigningKey,
    QSTASH_NEXT_SIGNING_KEY: qstash.nextSigningKey,
    JOBS_URL: executeUrl.url,
    SANDBOX_LAUNCHER: "ecs",
    SANDBOX_ECS_CLUSTER: "arn:aws:ecs:us-east-1:123456789012:cluster/sandbox",
    SANDBOX_ECS_TASK_DEFINITION: deployedTaskDefinition().taskDefinitionArn,
    SANDBOX_ECS_CONTAINER: "Sandbox",
    SANDBOX_ECS_SUBNETS: "subnet-private-a,subnet-private-b",
    SANDBOX_ECS_SECURITY_GROUPS: "sg-sandbox-tasks",
    SANDBOX_POOL_SIZE: String(poolSize),
    SANDBOX_EXCHANGE_URL: `${exchangeApi.url}prod/`,
    SANDBOX_EXCHANGE_SECRET: EXCHANGE_SECRET,
    AWS_REGION: "us-east-1",
    PARTYKIT_URL: "http://127.0.0.1:9", // no room server: live updates are skipped, results still stored
  });
  if (kind === "upstash-redis") {
    // As deployed: the launcher (execute Lambda) and the exchange Lambda meet in Redis.
    process.env.UPSTASH_REDIS_REST_URL = upstash!.url;
    process.env.UPSTASH_REDIS_REST_TOKEN = upstash!.token;
  } else {
    delete process.env.UPSTASH_REDIS_REST_URL; // launcher and exchange share this process's memory store
    delete process.env.UPSTASH_REDIS_REST_TOKEN;
  }
  resetEnvCache();
  delete (globalThis as { __interviewCoachEcs?: unknown }).__interviewCoachEcs;
}

beforeAll(async () => {
  closeDb = await useFreshDb("pglite");
  qstash = await startQStashStandIn();
  executeUrl = await serveLambda(executeHandler, "function-url");
  exchangeApi = await serveLambda(exchangeHandler, "rest-api");
  if (redis) upstash = await startUpstashStandIn(redis.port);
  ecs.on(DescribeTaskDefinitionCommand).resolves({ taskDefinition: deployedTaskDefinition() });
  ecs.on(RunTaskCommand).callsFake(async (input: RunTaskCommandInput) => {
    const task = startFakeTask(input);
    tasks.push(task);
    return { tasks: [{ taskArn: task.taskArn, lastStatus: "PROVISIONING" }], failures: [] };
  });
  ecs.on(DescribeTasksCommand).callsFake(async (input) => ({ tasks: tasks.filter((t) => input.tasks.includes(t.taskArn)).map((t) => t.describe()) }));
  ecs.on(StopTaskCommand).callsFake(async (input) => {
    tasks.find((t) => t.taskArn === input.task)?.stop(input.reason);
    return {};
  });
  ecs.on(TagResourceCommand).resolves({});
});

afterAll(async () => {
  for (const t of tasks) t.stop();
  await Promise.all(tasks.map((t) => t.exited));
  ecs.restore();
  process.env = saved;
  resetEnvCache();
  delete (globalThis as { __interviewCoachEcs?: unknown }).__interviewCoachEcs;
  await executeUrl.close();
  await exchangeApi.close();
  await qstash.close();
  await upstash?.close();
  await redis?.stop();
  await closeDb();
});

async function interview(token: string) {
  const res = await api("POST", "/interviews", { token, body: { problem_id: 1, difficulty: "easy", language: "python" } });
  expect(res.status).toBe(201);
  return res.body.interview_id as string;
}

if (!redis && process.env.CI) throw new Error("redis-server is not installed; CI runs the job path with the Redis-backed pool too");
const kinds: StoreKind[] = redis ? ["memory", "upstash-redis"] : ["memory"];

describe.each(kinds)("QStash → Lambda → ECS task → runner → stored result (pool state: %s)", (kind) => {
  it("runs a submission's code in a cold-started task and stores the judged result", async () => {
    configure(0, kind);
    ecs.resetHistory();
    const before = tasks.length;
    const { token } = await guest();
    const interviewId = await interview(token);
    const started = await api("POST", `/interviews/${interviewId}/code/execute`, { token, body: { code: referenceSolution("two-sum"), language: "python" } });
    expect(started.status).toBe(202);
    const executionId = started.body.execution_id as string;

    const run = await waitForRun(interviewId, executionId, token, 60_000);
    expect(run.status).toBe("success");
    expect(run.tests_total).toBeGreaterThan(0);
    expect(run.tests_passed).toBe(run.tests_total);

    // It went the whole way: one signed delivery, one task tagged with this submission, which exited cleanly.
    // (The stored result shows before the Lambda answers QStash: the interviewer's reaction comes after it.)
    const delivery = await qstash.delivered(qstash.deliveries.find((d) => JSON.parse(d.body).submissionId === executionId)!.messageId);
    expect(delivery).toMatchObject({ status: 200, attempts: 1 });
    const starts = ecs.commandCalls(RunTaskCommand).map((c) => c.args[0].input);
    expect(starts).toHaveLength(1);
    expect(starts[0].tags).toContainEqual({ key: "interview-coach:submission", value: executionId });
    expect(starts[0].networkConfiguration?.awsvpcConfiguration?.assignPublicIp).toBe("DISABLED");
    expect(await tasks[before].exited).toBe(0);
    expect(tasks[before].logs()).toContain("running job");

    const db = await getDb();
    const [row] = await db.select().from(codeSubmissions).where(eq(codeSubmissions.id, executionId));
    expect(row.executionStatus).toBe("success");
    expect(row.testsPassed).toBe(row.testsTotal);
  });

  it("runs a submission's visible and hidden tests in two pre-started pool tasks, with no cold start", async () => {
    configure(2, kind);
    ecs.resetHistory();
    const before = tasks.length;
    expect(await poolHandler()).toEqual({ started: 2 });
    const store = new SandboxStore(kind === "memory" ? sharedMemoryKv() : UpstashKv.fromUrl(upstash!.url, upstash!.token));
    for (let i = 0; i < 100 && (await store.poolCounts("1024/2048")).idle < 2; i++) await sleep(100);
    expect(await store.poolCounts("1024/2048")).toEqual({ idle: 2, starting: 0 });

    const { token } = await guest();
    const interviewId = await interview(token);
    const submitted = await api("POST", `/interviews/${interviewId}/code/submit`, { token, body: { code: referenceSolution("two-sum"), language: "python" } });
    expect(submitted.status, submitted.text).toBeLessThan(300);
    const executionId = (submitted.body.execution_id ?? submitted.body.submission_id) as string;
    const run = await waitForRun(interviewId, executionId, token, 60_000);
    expect(run.status).toBe("success");
    expect(run.results.some((r: { hidden: boolean }) => r.hidden)).toBe(true);
    expect(run.tests_passed).toBe(run.tests_total);

    // An accepted submission is then timed on growing inputs, in sandbox tasks of its own.
    const db = await getDb();
    let measured: unknown = null;
    for (let i = 0; i < 600 && !measured; i++) {
      const [row] = await db.select({ complexity: codeSubmissions.complexity }).from(codeSubmissions).where(eq(codeSubmissions.id, executionId));
      measured = row?.complexity ?? null;
      if (!measured) await sleep(100);
    }
    expect(measured, "the accepted submission's complexity is measured through the ECS path too").toMatchObject({ language: "python" });

    // The visible and hidden tests ran in the two pre-started pool tasks, tagged with the submission
    // when claimed (the first two claims: the measurement comes after the result); every task the
    // submission used carries its id; the pool refilled behind them.
    const claimed = tasks.slice(before, before + 2);
    expect(ecs.commandCalls(RunTaskCommand).slice(0, 2).map((c) => c.args[0].input.tags?.[0]?.value)).toEqual(["sandbox-pool", "sandbox-pool"]);
    const tagged = ecs.commandCalls(TagResourceCommand).map((c) => c.args[0].input);
    expect(tagged.length).toBeGreaterThanOrEqual(2);
    expect(new Set(tagged.slice(0, 2).map((t) => t.resourceArn))).toEqual(new Set(claimed.map((t) => t.taskArn)));
    for (const t of tagged) expect(t.tags).toEqual([{ key: "interview-coach:submission", value: executionId }]);
    expect(await Promise.all(claimed.map((t) => t.exited))).toEqual([0, 0]);
    expect(env(claimed[0].input).SANDBOX_IDLE_SECONDS).toBe("600");
  });
});
