import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateCode } from "@/lib/judge/evaluate";
import { BwrapLauncher } from "@/lib/launcher/bwrap";
import { DockerLauncher } from "@/lib/launcher/docker";
import { limitsFor } from "@/lib/judge/limits";
import type { Launcher } from "@/lib/launcher/types";
import { LANGUAGES } from "@/lib/problems/types";
import { describeProcesses, dockerForTests, leftoverProcesses, strayContainers } from "./docker-helpers";
import { eventually, processesMatching } from "./helpers";
import { COMPILE_BOMBS, COMPILED, expectProbe, GRACE_MS, HOSTILE, problem, ROOT } from "./hostile-programs";

/**
 * Hostile programs (hostile-programs.ts), each run through the real path (evaluateCode, problem
 * two-sum) in every runnable language against both local launchers: bubblewrap always, Docker
 * when a daemon is there (required under CI). Each must be contained and end with a clear
 * verdict, leave no process or container behind, and the sandbox must still run a normal
 * solution afterwards. Every language runs every program that makes sense for it; the snippets are
 * written for all five.
 */

// ---------------------------------------------------------------- running it

const docker = dockerForTests();
const launchers: { name: string; make: () => Launcher }[] = [{ name: "bwrap", make: () => new BwrapLauncher() }];
if (docker.ok) launchers.push({ name: "docker", make: () => new DockerLauncher({ image: docker.image, poolSize: 2 }) });

const SECRET = `hostile-secret-${crypto.randomBytes(8).toString("hex")}`;

describe.each(launchers)("hostile code under $name", ({ make }) => {
  let launcher: Launcher;
  let server: net.Server;
  let port = 0;
  let connections = 0;

  beforeAll(async () => {
    launcher = make();
    process.env.IC_HOSTILE_SECRET = SECRET;
    server = net.createServer((s) => {
      connections++;
      s.destroy();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as net.AddressInfo).port;
    if (launcher instanceof DockerLauncher) await launcher.warm();
  });

  afterAll(async () => {
    delete process.env.IC_HOSTILE_SECRET;
    await new Promise<void>((r) => server.close(() => r()));
    if (launcher instanceof DockerLauncher) await launcher.close();
  });

  for (const language of LANGUAGES) {
    for (const hostile of [...HOSTILE, ...COMPILE_BOMBS]) {
      const template = hostile.code[language];
      if (!template) continue;
      it(`${language}: ${hostile.name}`, async () => {
        const marker = `ic-hostile-${crypto.randomBytes(6).toString("hex")}`;
        const code = template.replaceAll("__PORT__", String(port)).replaceAll("__MARKER__", marker).replaceAll("__ROOT__", ROOT);
        const limits = { ...hostile.limits };
        const started = Date.now();
        const ev = await evaluateCode({ problem: problem(), language, code, kind: "run", launcher, limits });
        const elapsed = Date.now() - started;

        await hostile.check(ev, { launcher, language, port, connections: () => connections, secret: SECRET, marker });
        // Always a verdict the candidate can read, and never later than the hard kill.
        expect(ev.results).toHaveLength(problem().tests.visible.length);
        expect(ev.results.every((r) => (r.message ?? "").length > 0)).toBe(true);
        // The launchers' hard kill comes at wallMs + compileMs + grace, whatever happens inside.
        const effective = limitsFor(problem(), language, limits);
        const compile = COMPILED.includes(language) ? (effective.compileMs ?? 0) : 0;
        const wall = effective.wallMs;
        expect(elapsed).toBeLessThan(wall + compile + GRACE_MS + 2000);
        if (hostile.timesOut && ev.status === "timeout") expect(elapsed).toBeGreaterThanOrEqual(wall - 100);

        // Contained: nothing it started is still running, on the host or in a container.
        const stray = launcher instanceof DockerLauncher ? launcher : undefined;
        expect(await eventually(() => leftoverProcesses(stray).length === 0, 5000), `leftover:\n${describeProcesses(leftoverProcesses(stray))}\npool: ${stray?.pooled()}`).toBe(true);
        expect(processesMatching(marker)).toEqual([]);
        if (stray) expect(await eventually(() => strayContainers(stray).length === 0, 5000), `containers: ${strayContainers(stray)}`).toBe(true);
      });
    }
  }

  it("python: another run's scratch dir cannot be read while it runs", async () => {
    const nonce = crypto.randomBytes(6).toString("hex");
    const holder = evaluateCode({
      problem: problem(),
      language: "python",
      kind: "run",
      launcher,
      code: `import os, time
class Solution:
    def twoSum(self, nums, target):
        with open("ic-scratch-${nonce}.txt", "w") as f:
            f.write("private")
        time.sleep(1)
        return [0, 1]
`,
    });
    const peeker = evaluateCode({
      problem: problem(),
      language: "python",
      kind: "run",
      launcher,
      code: `import os, time
class Solution:
    def twoSum(self, nums, target):
        time.sleep(0.4)
        found = [os.path.join(d, n) for d, _, files in os.walk("/tmp") for n in files if n.startswith("ic-scratch-")]
        for pid in [p for p in os.listdir("/proc") if p.isdigit()]:
            for sub in ("cwd", "root/tmp"):
                try:
                    found += [n for n in os.listdir("/proc/%s/%s" % (pid, sub)) if n.startswith("ic-scratch-")]
                except OSError:
                    pass
        print("ESCAPED" if found else "BLOCKED", found)
        return [0, 1]
`,
    });
    const [held, peeked] = await Promise.all([holder, peeker]);
    expect(held.status).toBe("success");
    expectProbe(peeked, 3);
  });

  it("afterwards a normal solution still passes and nothing is left behind", async () => {
    for (const language of LANGUAGES) {
      const file = path.join(ROOT, "problems", "two-sum", "solutions", `solution.${{ python: "py", javascript: "js", java: "java", cpp: "cpp", go: "go" }[language]}`);
      if (!fs.existsSync(file)) continue;
      const ev = await evaluateCode({ problem: problem(), language, code: fs.readFileSync(file, "utf8"), kind: "submit", launcher });
      expect(ev, `${language}: ${ev.error}`).toMatchObject({ status: "success", score: 100 });
    }
    const stray = launcher instanceof DockerLauncher ? launcher : undefined;
    expect(await eventually(() => leftoverProcesses(stray).length === 0, 5000)).toBe(true);
    // Results arrive before a container's teardown ends; give that a moment.
    if (stray) expect(await eventually(() => strayContainers(stray).length === 0, 10_000), `containers: ${strayContainers(stray)}`).toBe(true);
  });
});
