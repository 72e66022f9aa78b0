import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { buildRunTaskInput, fargateSize } from "@/lib/launcher/ecs";
import { signExchangeToken } from "@/lib/launcher/ecs-exchange";
import { sharedMemoryKv, SandboxStore } from "@/lib/launcher/ecs-store";
import { handler } from "@/functions/exchange";
import { serveLambda, type LambdaStandIn } from "../stand-ins/lambda";
import { startFakeTask, type FakeTaskOptions } from "../stand-ins/ecs-task";
import { EXCHANGE_SECRET, job, launcherConfig, sleep } from "./helpers";

/**
 * The real task agent (sandbox-images/runner/task_agent.py) and the real runner, as in a Fargate
 * task: only the network around them is local. As root, the agent runs as an unprivileged uid, as
 * the image's user 10001 does in ECS.
 */
let api: LambdaStandIn;
let store: SandboxStore;
const saved = { ...process.env };
const AGENT_UID = process.getuid?.() === 0 ? 65534 : undefined;

beforeAll(async () => {
  process.env.SANDBOX_EXCHANGE_SECRET = EXCHANGE_SECRET;
  delete process.env.UPSTASH_REDIS_REST_URL;
  resetEnvCache();
  api = await serveLambda(handler, "rest-api");
  store = new SandboxStore(sharedMemoryKv());
});
afterAll(async () => {
  process.env = saved;
  resetEnvCache();
  await api.close();
});

// Returns [socket(AF_INET) errno, socket(AF_INET6) errno, processes whose environ shows a slot token, SANDBOX_* variables visible].
const PROBE = `
import os, socket
class Solution:
    def twoSum(self, nums, target):
        out = []
        for fam in (socket.AF_INET, socket.AF_INET6):
            try:
                socket.socket(fam, socket.SOCK_STREAM).close()
                out.append(0)
            except OSError as e:
                out.append(e.errno)
        seen = 0
        for pid in os.listdir("/proc"):
            if pid.isdigit():
                try:
                    with open(f"/proc/{pid}/environ", "rb") as f:
                        if b"SANDBOX_SLOT_TOKEN" in f.read():
                            seen += 1
                except OSError:
                    pass
        out.append(seen)
        out.append(len([k for k in os.environ if k.startswith("SANDBOX")]))
        return out
`;

async function runThroughAgent(code: string, opts: FakeTaskOptions, idleSeconds = 30) {
  const slotId = crypto.randomUUID();
  const jobId = crypto.randomUUID();
  await store.createSlot(slotId, { size: "1024/2048", kind: "cold", createdAt: Date.now() });
  await store.putJob(jobId, { job: JSON.stringify({ ...job({ wallMs: 5000 }), code }) });
  await store.assign(slotId, jobId);
  const input = buildRunTaskInput(launcherConfig({ exchangeUrl: `${api.url}prod/` }), {
    slotId,
    slotToken: signExchangeToken(EXCHANGE_SECRET, "slot", slotId, 600),
    size: fargateSize({ memoryMb: 256 }, 1024),
    kind: "cold",
    idleSeconds,
  });
  const task = startFakeTask(input, opts);
  const code_ = await Promise.race([task.exited, sleep(30_000).then(() => "timeout")]);
  expect(code_, task.logs()).toBe(0);
  const raw = await store.getResult(jobId);
  expect(raw, task.logs()).not.toBeNull();
  return JSON.parse(raw!);
}

describe("task agent", () => {
  it("fetches its job, runs the runner with user code cut off from the network and from the agent, and posts the result", async () => {
    const result = await runThroughAgent(PROBE, { isolation: "seccomp", uid: AGENT_UID });
    expect(result.status).toBe("ok");
    // EACCES for IP sockets, no process shows the slot token, no SANDBOX_* variable reaches the code.
    expect(result.tests[0].actual).toEqual([13, 13, 0, 0]);
  });

  it("(control) without the filter the same probe can open sockets, so the check above is real", async () => {
    const result = await runThroughAgent(PROBE, { isolation: "none", runnerCommand: ["/usr/bin/python3", "-I", "-B", `${process.cwd()}/sandbox-images/runner/runner.py`], uid: AGENT_UID });
    expect(result.tests[0].actual.slice(0, 2)).toEqual([0, 0]);
    expect(result.tests[0].actual[3]).toBe(0);
  });

  it("retires after its idle time when no job comes, and the slot cannot be claimed afterwards", async () => {
    const slotId = crypto.randomUUID();
    await store.createSlot(slotId, { size: "1024/2048", kind: "pool", createdAt: Date.now() });
    const input = buildRunTaskInput(launcherConfig({ exchangeUrl: `${api.url}prod/` }), {
      slotId,
      slotToken: signExchangeToken(EXCHANGE_SECRET, "slot", slotId, 600),
      size: fargateSize({ memoryMb: 256 }, 1024),
      kind: "pool",
      idleSeconds: 1,
    });
    const task = startFakeTask(input, { isolation: "seccomp", uid: AGENT_UID });
    expect(await Promise.race([task.exited, sleep(15_000).then(() => "timeout")]), task.logs()).toBe(0);
    expect(task.logs()).toContain("idle: retired");
    expect(await store.assign(slotId, crypto.randomUUID())).toBe(false);
  });
});
