import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import type { Launcher } from "@/lib/launcher";
import type { DockerLauncher } from "@/lib/launcher/docker";
import { queueIdle } from "@/lib/queue";
import { api, guest, waitForRun } from "../helpers/api";
import { useFreshDb } from "../helpers/db";
import { dockerForTests, leftoverProcesses, strayContainers } from "./docker-helpers";
import { eventually } from "./helpers";

/**
 * Ten runs at once through the app's real path (POST /code/execute → in-process queue →
 * evaluateCode → the configured launcher → real sandboxes). The sandbox is not mocked: the
 * launcher getLauncher() returns is wrapped only to count how many of its runs are in flight.
 */

const BOUND = 3;
const RUNS = 10;

// Before anything reads the configuration: the queue and the launchers take their bound from it.
const probe = vi.hoisted(() => {
  process.env.SANDBOX_CONCURRENCY = "3";
  return { active: 0, max: 0, total: 0 };
});

vi.mock("@/lib/launcher", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/launcher")>();
  const wrapped = new Map<Launcher, Launcher>();
  return {
    ...real,
    getLauncher(): Launcher {
      const inner = real.getLauncher();
      let outer = wrapped.get(inner);
      if (!outer) {
        outer = {
          name: inner.name,
          async run(job) {
            probe.total++;
            probe.max = Math.max(probe.max, ++probe.active);
            try {
              return await inner.run(job);
            } finally {
              probe.active--;
            }
          },
        };
        wrapped.set(inner, outer);
      }
      return outer;
    },
  };
});

// Slow enough that runs overlap: each of the three visible tests sleeps a quarter second.
const SLOW_TWO_SUM = `import time
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        time.sleep(0.25)
        seen = {}
        for i, v in enumerate(nums):
            if target - v in seen:
                return [seen[target - v], i]
            seen[v] = i
        return []
`;

const docker = dockerForTests();
const kinds = docker.ok ? ["bwrap", "docker"] : ["bwrap"];

describe.each(kinds)("ten runs at once on the %s launcher", (kind) => {
  let close: () => Promise<void>;
  const saved = { launcher: process.env.SANDBOX_LAUNCHER, image: process.env.SANDBOX_IMAGE };

  beforeAll(async () => {
    process.env.SANDBOX_LAUNCHER = kind;
    if (kind === "docker") process.env.SANDBOX_IMAGE = docker.image;
    resetEnvCache();
    Object.assign(probe, { active: 0, max: 0, total: 0 });
    // No PartyKit server in this suite: the room notices of forty runs are expected to go nowhere.
    const warn = console.warn.bind(console);
    vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).startsWith("[room]")) warn(...args);
    });
    close = await useFreshDb("pglite");
  });

  afterAll(async () => {
    await queueIdle();
    vi.restoreAllMocks();
    await close();
    if (kind === "docker") {
      const g = globalThis as unknown as { __interviewCoachDocker?: DockerLauncher };
      const launcher = g.__interviewCoachDocker!;
      expect(strayContainers(launcher)).toEqual([]);
      await launcher.close();
    }
    for (const [key, value] of [["SANDBOX_LAUNCHER", saved.launcher], ["SANDBOX_IMAGE", saved.image]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    resetEnvCache();
  });

  it(`queues beyond SANDBOX_CONCURRENCY=${BOUND}, never runs more sandboxes than that, and health keeps answering`, async () => {
    const { token } = await guest();
    const created = await api("POST", "/interviews", { token, body: { problem_id: 1, difficulty: "easy", language: "python" } });
    expect(created.status).toBe(201);
    const interviewId = created.body.interview_id as string;

    const posted = Date.now();
    const started = await Promise.all(
      Array.from({ length: RUNS }, () => api("POST", `/interviews/${interviewId}/code/execute`, { token, body: { code: SLOW_TWO_SUM, language: "python" } })),
    );
    // Accepting a run only stores and enqueues it.
    expect(started.map((r) => r.status)).toEqual(Array(RUNS).fill(202));
    expect(Date.now() - posted).toBeLessThan(5000);
    const ids = started.map((r) => r.body.execution_id as string);

    // While they are queued, the rest of the app answers.
    const statuses = await Promise.all(ids.map((id) => api("GET", `/interviews/${interviewId}/code/execute/${id}`, { token })));
    const queued = statuses.filter((r) => r.body.status === "queued").length;
    expect(queued, statuses.map((r) => r.body.status).join(",")).toBeGreaterThanOrEqual(RUNS - BOUND);

    const healthMs: number[] = [];
    const done = Promise.all(ids.map((id) => waitForRun(interviewId, id, token, 120_000)));
    let finished = false;
    void done.finally(() => (finished = true));
    while (!finished) {
      const t = performance.now();
      const health = await api("GET", "/health");
      healthMs.push(performance.now() - t);
      expect(health.status).toBe(200);
      expect(health.body.status).toBe("ok");
      await new Promise((r) => setTimeout(r, 100));
    }
    const results = await done;
    console.log(
      `[concurrency:${kind}] ${RUNS} runs in ${((Date.now() - posted) / 1000).toFixed(1)} s, at most ${probe.max} sandboxes at once, ` +
        `health answered ${healthMs.length}× (slowest ${Math.max(...healthMs).toFixed(0)} ms)`,
    );

    expect(results.map((r) => r.status)).toEqual(Array(RUNS).fill("success"));
    expect(results.every((r) => r.tests_passed === r.tests_total && r.tests_total > 0)).toBe(true);
    expect(probe.total).toBe(RUNS);
    expect(probe.max).toBeLessThanOrEqual(BOUND);
    expect(probe.max).toBe(BOUND); // the bound was reached: runs did go in parallel, up to it
    expect(healthMs.length).toBeGreaterThan(3);
    expect(Math.max(...healthMs)).toBeLessThan(1000);
    await queueIdle();
    const pool = kind === "docker" ? (globalThis as unknown as { __interviewCoachDocker?: DockerLauncher }).__interviewCoachDocker : undefined;
    expect(await eventually(() => leftoverProcesses(pool).length === 0, 5000)).toBe(true);
  });
});
