import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { getLauncher } from "@/lib/launcher";
import { BwrapLauncher } from "@/lib/launcher/bwrap";
import { eventually, pythonJob, sandboxUidProcesses, TWO_SUM } from "./helpers";

describe("getLauncher", () => {
  const saved = process.env.SANDBOX_LAUNCHER;
  afterEach(() => {
    if (saved === undefined) delete process.env.SANDBOX_LAUNCHER;
    else process.env.SANDBOX_LAUNCHER = saved;
    resetEnvCache();
  });

  it("gives bubblewrap by default", async () => {
    delete process.env.SANDBOX_LAUNCHER;
    resetEnvCache();
    const launcher = getLauncher();
    expect(launcher.name).toBe("bwrap");
    const result = await launcher.run(pythonJob("class Solution:\n    def twoSum(self, nums, target):\n        return [1, 0]\n", TWO_SUM, [[[1, 2], 3]]));
    expect(result.tests[0].actual).toEqual([1, 0]);
  });

  it("names what the ecs launcher is missing when it is chosen without its configuration", () => {
    process.env.SANDBOX_LAUNCHER = "ecs";
    resetEnvCache();
    // The ECS launcher itself is covered in tests/cloud.
    expect(() => getLauncher()).toThrow(/SANDBOX_ECS_CLUSTER is required when SANDBOX_LAUNCHER=ecs/);
  });
});

describe("BwrapLauncher", () => {
  it("reports a missing bubblewrap binary with the package to install", async () => {
    const launcher = new BwrapLauncher({ bwrapPath: "/nonexistent/bwrap" });
    await expect(launcher.run(pythonJob("", TWO_SUM, [[[1, 2], 3]]))).rejects.toThrow(/apt-get install bubblewrap/);
  });

  it("kills the whole sandbox at the hard outer timeout when the runner itself stops responding", async () => {
    // Stopping the runner (our parent) defeats its own wall clock; the launcher's kill must still end the run.
    const code = `
import os, signal
class Solution:
    def twoSum(self, nums, target):
        os.kill(os.getppid(), signal.SIGSTOP)
        while True:
            pass
`;
    const launcher = new BwrapLauncher({ graceMs: 500 });
    const started = Date.now();
    const result = await launcher.run(pythonJob(code, TWO_SUM, [[[1, 2], 3]], { wallMs: 1000 }));
    expect(Date.now() - started).toBeLessThan(1000 + 500 + 1000);
    expect(result.status).toBe("timeout");
    expect(result.tests[0]).toMatchObject({ status: "error", limit: "time" });
    expect(await eventually(() => sandboxUidProcesses().length === 0)).toBe(true);
  });
});
