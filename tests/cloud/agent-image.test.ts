import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { buildRunTaskInput, fargateSize } from "@/lib/launcher/ecs";
import { signExchangeToken } from "@/lib/launcher/ecs-exchange";
import { sharedMemoryKv, SandboxStore } from "@/lib/launcher/ecs-store";
import { handler } from "@/functions/exchange";
import { SANDBOX_ENTRYPOINT, SANDBOX_USER } from "@/infra/harden";
import { dockerBin } from "../../scripts/sandbox-image.mjs";
import { dockerForTests } from "../sandbox/docker-helpers";
import { serveLambda, type LambdaStandIn } from "../stand-ins/lambda";
import { env, EXCHANGE_SECRET, job } from "./helpers";

/**
 * The task agent inside the real sandbox image (sandbox-images/Dockerfile), started the way the
 * hardened task definition starts it: the agent entrypoint, uid 10001, read-only root, all
 * capabilities dropped, an init process, scratch at /tmp. Only the network differs from Fargate
 * (the host's loopback, where the job exchange stand-in listens).
 */
const docker = dockerForTests();
const ROOT = path.resolve(import.meta.dirname, "../..");

describe.skipIf(!docker.ok)("task agent in the sandbox image", () => {
  let api: LambdaStandIn;
  let store: SandboxStore;
  const saved = { ...process.env };
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
    await api?.close();
  });

  async function runInImage(language: string, code: string) {
    const slotId = crypto.randomUUID();
    const jobId = crypto.randomUUID();
    await store.createSlot(slotId, { size: "1024/2048", kind: "cold", createdAt: Date.now() });
    await store.putJob(jobId, { job: JSON.stringify({ ...job({ wallMs: 5000, compileMs: 30_000, memoryMb: 512, maxProcesses: 64 }), language, code }) });
    await store.assign(slotId, jobId);
    const input = buildRunTaskInput(
      { cluster: "c", taskDefinition: "t", container: "Sandbox", subnets: [], securityGroups: [], cpu: 1024, poolSize: 0, poolIdleSeconds: 60, exchangeUrl: `${api.url}prod/`, exchangeSecret: EXCHANGE_SECRET },
      { slotId, slotToken: signExchangeToken(EXCHANGE_SECRET, "slot", slotId, 600), size: fargateSize({ memoryMb: 512 }, 1024), kind: "cold", idleSeconds: 60 },
    );
    const envArgs = Object.entries(env(input)).flatMap(([k, v]) => ["-e", `${k}=${v}`]);
    const [entry, ...entryArgs] = SANDBOX_ENTRYPOINT;
    const args = ["run", "--rm", "--network", "host", "--read-only", "--user", SANDBOX_USER, "--cap-drop", "ALL", "--init",
      "--tmpfs", "/tmp:rw,exec,size=256m,mode=1777", "--memory", "2g", "--pids-limit", "512", ...envArgs, "--entrypoint", entry, docker.image!, ...entryArgs];
    const out = await new Promise<{ code: number | null; logs: string }>((resolve) => {
      const child = spawn(dockerBin(), args, { stdio: ["ignore", "pipe", "pipe"] });
      let logs = "";
      child.stdout.on("data", (c) => (logs += c));
      child.stderr.on("data", (c) => (logs += c));
      const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
      child.on("exit", (code) => {
        clearTimeout(timer);
        resolve({ code, logs });
      });
    });
    expect(out.code, out.logs).toBe(0);
    const raw = await store.getResult(jobId);
    expect(raw, out.logs).not.toBeNull();
    return { result: JSON.parse(raw!), slotId, slotToken: env(input).SANDBOX_SLOT_TOKEN };
  }

  it("fetches its job, runs user code cut off from the network and the agent, and posts the result", async () => {
    const probe = `
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
        out.append(os.getuid())
        for pid in sorted(int(p) for p in os.listdir("/proc") if p.isdigit()):
            try:
                with open(f"/proc/{pid}/environ", "rb") as f:
                    if b"SANDBOX_SLOT_TOKEN" in f.read():
                        out.append(pid)
            except OSError:
                pass
        return out
`;
    const { result, slotId, slotToken } = await runInImage("python", probe);
    expect(result.status).toBe("ok");
    const [inet, inet6, uid, ...tokenPids] = result.tests[0].actual;
    expect([inet, inet6]).toEqual([13, 13]); // EACCES: no IP sockets
    expect(uid).toBe(10001);
    // The agent is non-dumpable, so only the init process (docker-init here, ECS's init in Fargate,
    // same uid, started with the task's environment) shows the slot token...
    expect(tokenPids, "processes whose environment shows the slot token").toEqual([1]);
    // ...and that token is spent by the time user code runs: its job was handed out once.
    const again = await fetch(`${api.url}prod/sandbox/slots/${slotId}/job`, { headers: { authorization: `Bearer ${slotToken}` } });
    expect(again.status).toBe(410);
  }, 120_000);

  for (const [language, file] of [["javascript", "solution.js"], ["java", "Solution.java"], ["go", "solution.go"], ["cpp", "solution.cpp"]] as const) {
    it(`runs ${language} under the agent's filter in the image`, async () => {
      const code = fs.readFileSync(path.join(ROOT, "problems", "two-sum", "solutions", file), "utf8");
      const { result } = await runInImage(language, code);
      expect(result.status, result.stderr).toBe("ok");
      expect(result.tests[0].actual).toEqual([0, 1]);
    }, 120_000);
  }
});
