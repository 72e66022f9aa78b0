import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { getLauncher } from "@/lib/launcher";
import { DOCKER_UID_BASE, DOCKER_UID_SLOTS, DockerLauncher, OWNER_LABEL, SANDBOX_LABEL } from "@/lib/launcher/docker";
import { sandboxImageTag } from "@/lib/launcher/docker-image";
import type { Signature } from "@/lib/problems/types";
import { dockerBin, sandboxImageTag as scriptImageTag } from "../../scripts/sandbox-image.mjs";
import { dockerForTests, ourContainers, strayContainers } from "./docker-helpers";
import { eventually, pythonJob, TWO_SUM } from "./helpers";

// Every test here runs real containers of the sandbox image (built by `npm test` before vitest).
const docker = dockerForTests();
const OK = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n";
const PROBE: Signature = { method: "probe", params: [{ name: "arg", type: "string" }], returns: "string" };

function dockerCli(args: string[]) {
  return spawnSync(dockerBin(), args, { encoding: "utf8" });
}

it("the launcher and the build script agree on the image tag for this checkout", () => {
  expect(sandboxImageTag()).toBe(scriptImageTag());
  expect(sandboxImageTag()).toMatch(/^interview-coach-sandbox:[0-9a-f]{16}$/);
});

describe.skipIf(!docker.ok)("DockerLauncher", () => {
  let launcher: DockerLauncher;
  beforeAll(async () => {
    launcher = new DockerLauncher({ image: docker.image, poolSize: 2 });
    await launcher.warm();
  });
  afterAll(async () => {
    await launcher.close();
    expect(await eventually(() => ourContainers().length === 0, 10_000)).toBe(true);
  });

  async function probe(body: string, arg = "") {
    const code = `import os, json, socket\nclass Solution:\n    def probe(self, arg):\n${body
      .trim()
      .split("\n")
      .map((l) => `        ${l}`)
      .join("\n")}\n`;
    const result = await launcher.run(pythonJob(code, PROBE, [[arg]]));
    expect(result.status, result.stderr).toBe("ok");
    expect(result.tests[0].status, result.tests[0].error).toBe("ok");
    return JSON.parse(result.tests[0].actual as string);
  }

  it("starts each container with no network, a read-only root, no privileges and cgroup limits", () => {
    const args = launcher.buildArgs("ic-sbx-test", DOCKER_UID_BASE + 7, {
      wallMs: 5000, cpuSeconds: 5, memoryMb: 512, maxProcesses: 64, maxOutputBytes: 65536, maxFileBytes: 1 << 20,
    });
    const flag = (name: string) => args.filter((_, i) => args[i - 1] === name);
    expect(args.slice(0, 3)).toEqual(["run", "-i", "--rm"]);
    expect(flag("--pull")).toEqual(["never"]);
    expect(flag("--network")).toEqual(["none"]);
    expect(args).toContain("--read-only");
    expect(flag("--tmpfs")).toEqual(["/tmp:rw,exec,nosuid,nodev,size=64m,mode=1777"]);
    expect(flag("--user")).toEqual([`${DOCKER_UID_BASE + 7}:${DOCKER_UID_BASE + 7}`]);
    expect(flag("--cap-drop")).toEqual(["ALL"]);
    expect(flag("--security-opt")).toEqual(["no-new-privileges"]);
    expect(flag("--memory")).toEqual(["640m"]); // the job's 512 MB + the 64 MB tmpfs + 64 MB for the runner
    expect(flag("--memory-swap")).toEqual(flag("--memory")); // no swap
    expect(flag("--pids-limit")).toEqual(["80"]);
    expect(flag("--ulimit")).toEqual(expect.arrayContaining(["nproc=80:80", "core=0:0", "nofile=1024:1024"]));
    expect(flag("--env")).toContain("RUNNER_PID_NAMESPACE=private");
    expect(flag("--log-driver")).toEqual(["none"]);
    expect(args.at(-1)).toBe(docker.image);
    // Compiled languages: room for the compiler's own 1 GB cap; the run stays capped by the runtime.
    const cpp = launcher.buildArgs("ic-sbx-test", DOCKER_UID_BASE + 7, { wallMs: 5000, cpuSeconds: 5, memoryMb: 512, maxProcesses: 64, maxOutputBytes: 65536, maxFileBytes: 1 << 20 }, false, "cpp");
    expect(cpp[cpp.indexOf("--memory") + 1]).toBe("1152m");
  });

  it("runs a job in a warm container, refills the pool behind it, and each container takes one job", async () => {
    expect(launcher.readyCount()).toBe(2);
    const before = { ...launcher.counters };
    const pooled = launcher.pooled();
    const result = await launcher.run(pythonJob(OK, TWO_SUM, [[[1, 2], 3], [[3, 4], 7]]));
    expect(result.status).toBe("ok");
    expect(result.tests.map((t) => t.actual)).toEqual([[0, 1], [0, 1]]);
    expect(launcher.counters.warm).toBe(before.warm + 1);
    // The container that ran the job is gone (--rm); a fresh one took its place in the pool.
    expect(await eventually(() => launcher.pooled().length === 2 && !ourContainers().some((n) => !launcher.pooled().includes(n)), 10_000)).toBe(true);
    const used = pooled.find((n) => !launcher.pooled().includes(n));
    expect(used).toBeDefined();
    expect(dockerCli(["inspect", used!]).status).not.toBe(0);
  });

  it("warm runs are faster than cold starts (timings printed)", async () => {
    const cold = new DockerLauncher({ image: docker.image, poolSize: 0 });
    const job = pythonJob(OK, TWO_SUM, [[[1, 2], 3]]);
    const time = async (l: DockerLauncher) => {
      if (l.poolSize > 0) await l.warm();
      const t = performance.now();
      const r = await l.run(job);
      expect(r.status).toBe("ok");
      return performance.now() - t;
    };
    const coldMs: number[] = [];
    const warmMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      coldMs.push(await time(cold));
      warmMs.push(await time(launcher));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(`[docker] cold start: median ${median(coldMs).toFixed(0)} ms (${coldMs.map((x) => x.toFixed(0)).join(", ")}); warm: median ${median(warmMs).toFixed(0)} ms (${warmMs.map((x) => x.toFixed(0)).join(", ")})`);
    expect(cold.counters).toEqual({ warm: 0, cold: 5, resized: 0 });
    expect(median(warmMs)).toBeLessThan(median(coldMs));
  });

  it("a job with other limits than the pool's gets a pooled container with its own cgroup limits", async () => {
    await launcher.warm();
    const before = { ...launcher.counters };
    const code = `class Solution:
    def probe(self, arg):
        read = lambda *paths: next((open(p).read().strip() for p in paths if __import__("os").path.exists(p)), None)
        return read("/sys/fs/cgroup/memory/memory.limit_in_bytes", "/sys/fs/cgroup/memory.max") + " " + read("/sys/fs/cgroup/pids/pids.max", "/sys/fs/cgroup/pids.max")
`;
    const result = await launcher.run(pythonJob(code, PROBE, [[""]], { memoryMb: 256, maxProcesses: 32 }));
    expect(result.status, result.stderr).toBe("ok");
    expect(launcher.counters).toEqual({ warm: before.warm + 1, cold: before.cold, resized: before.resized + 1 });
    const [memory, pids] = String(result.tests[0].actual).split(" ");
    expect(Number(memory) / (1024 * 1024)).toBe(256 + 64 + 64);
    expect(pids).toBe(String(32 + 16));
  });

  it("inside: a throwaway non-root uid, no capabilities, no new privileges, seccomp, only loopback, read-only root", async () => {
    const out = await probe(`
status = open("/proc/self/status").read()
field = lambda name: [l.split(":", 1)[1].strip() for l in status.splitlines() if l.startswith(name + ":")][0]
res = {"uid": os.getuid(), "gid": os.getgid(), "cap": field("CapEff"), "bnd": field("CapBnd"), "nnp": field("NoNewPrivs"),
       "seccomp": field("Seccomp"), "ifaces": [n for _, n in socket.if_nameindex()], "env": sorted(os.environ), "cwd": os.getcwd()}
for p in ["/escape", "/usr/escape", "/etc/escape", "/runner/escape", "/dev/shm/escape", "scratch-file"]:
    try:
        open(p, "w").write("x")
        res["write " + p] = "written"
    except OSError as e:
        res["write " + p] = type(e).__name__
st = os.statvfs("/tmp")
res["tmp_mb"] = st.f_blocks * st.f_frsize // (1024 * 1024)
try:
    res["mem_limit"] = int(open("/sys/fs/cgroup/memory/memory.limit_in_bytes").read()) // (1024 * 1024)
except OSError:
    try:
        res["mem_limit"] = int(open("/sys/fs/cgroup/memory.max").read()) // (1024 * 1024)
    except (OSError, ValueError):
        res["mem_limit"] = None
try:
    res["pids_limit"] = open("/sys/fs/cgroup/pids/pids.max").read().strip()
except OSError:
    try:
        res["pids_limit"] = open("/sys/fs/cgroup/pids.max").read().strip()
    except OSError:
        res["pids_limit"] = None
return json.dumps(res)`);
    expect(out.uid).toBeGreaterThanOrEqual(DOCKER_UID_BASE);
    expect(out.uid).toBeLessThan(DOCKER_UID_BASE + DOCKER_UID_SLOTS);
    expect(out.gid).toBe(out.uid);
    expect(out.cap).toBe("0000000000000000");
    expect(out.bnd).toBe("0000000000000000");
    expect(out.nnp).toBe("1");
    expect(out.seccomp).toBe("2"); // docker's default seccomp filter
    expect(out.ifaces).toEqual(["lo"]);
    expect(out.env).toEqual(["HOME", "LANG", "LC_ALL", "PATH", "TMPDIR"]);
    expect(out.cwd.startsWith("/tmp/")).toBe(true);
    for (const p of ["/escape", "/usr/escape", "/etc/escape", "/runner/escape", "/dev/shm/escape"]) {
      expect(out[`write ${p}`], p).not.toBe("written");
    }
    expect(out["write scratch-file"]).toBe("written");
    expect(out.tmp_mb).toBe(64);
    if (out.mem_limit !== null) expect(out.mem_limit).toBe(640);
    if (out.pids_limit !== null) expect(out.pids_limit).toBe("80");
  });

  it("the hard outer kill ends a run whose container stops responding, and removes the container", async () => {
    // Code inside cannot stop the runner (it is the container's PID 1), so freeze it from outside.
    const fast = new DockerLauncher({ image: docker.image, poolSize: 0, graceMs: 500 });
    const code = "import time\nclass Solution:\n    def twoSum(self, nums, target):\n        time.sleep(30)\n";
    const started = Date.now();
    const running = fast.run(pythonJob(code, TWO_SUM, [[[1, 2], 3]], { wallMs: 1500 }));
    let frozen: string | undefined;
    await eventually(() => {
      frozen = ourContainers().find((n) => !launcher.pooled().includes(n));
      return frozen !== undefined && dockerCli(["pause", frozen]).status === 0;
    }, 5000);
    expect(frozen).toBeDefined();
    const result = await running;
    expect(Date.now() - started).toBeLessThan(1500 + 500 + 2500);
    expect(result.status).toBe("timeout");
    expect(result.tests[0]).toMatchObject({ status: "error", limit: "time" });
    expect(await eventually(() => dockerCli(["inspect", frozen!]).status !== 0, 10_000)).toBe(true);
  });

  it("a missing image is reported with the command that builds it", async () => {
    const missing = new DockerLauncher({ image: "interview-coach-sandbox:does-not-exist", poolSize: 0 });
    await expect(missing.run(pythonJob(OK, TWO_SUM, [[[1, 2], 3]]))).rejects.toThrow(/not built.*build-image/);
  });

  it("an image removed after start-up fails the run at once with the reason, never waits on a registry", async () => {
    const tag = `interview-coach-sandbox-test:gone-${process.pid}`;
    expect(dockerCli(["tag", docker.image!, tag]).status).toBe(0);
    const doomed = new DockerLauncher({ image: tag, poolSize: 0 });
    expect((await doomed.run(pythonJob(OK, TWO_SUM, [[[1, 2], 3]]))).status).toBe("ok");
    expect(dockerCli(["rmi", tag]).status).toBe(0);
    const started = Date.now();
    const result = await doomed.run(pythonJob(OK, TWO_SUM, [[[1, 2], 3]]));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(result.status).toBe("crashed");
    expect(result.stderr).toMatch(/No such image/);
  });

  it("rejects a job whose inputs do not fit the signature before starting a container", async () => {
    const before = { counters: { ...launcher.counters }, names: new Set(ourContainers()) };
    await expect(launcher.run(pythonJob("", TWO_SUM, [[[1, 2]]]))).rejects.toThrow(/tests\.0\.input/);
    expect(launcher.counters).toEqual(before.counters);
    expect(ourContainers().filter((n) => !before.names.has(n))).toEqual([]);
  });

  it("removes containers left behind by a server on this host that is gone", async () => {
    const dead = spawnSync("true").pid!; // a pid that has exited
    const name = `ic-sbx-stale-${process.pid}-${Date.now()}`;
    const created = dockerCli(["create", "--name", name, "--label", `${SANDBOX_LABEL}=1`, "--label", `${OWNER_LABEL}=${os.hostname()}:${dead}`, docker.image!]);
    expect(created.status, created.stderr).toBe(0);
    const other = new DockerLauncher({ image: docker.image, poolSize: 0 });
    expect((await other.run(pythonJob(OK, TWO_SUM, [[[1, 2], 3]]))).status).toBe("ok");
    expect(await eventually(() => dockerCli(["inspect", name]).status !== 0, 10_000)).toBe(true);
  });

  it("leaves nothing but its pool behind", async () => {
    expect(await eventually(() => strayContainers(launcher).length === 0, 10_000)).toBe(true);
  });
});

describe.skipIf(!docker.ok)("pooled containers end with the process that started them", () => {
  const script = path.join(os.tmpdir(), `ic-docker-pool-${process.pid}.mts`);
  beforeAll(() => {
    fs.writeFileSync(
      script,
      `import { DockerLauncher } from ${JSON.stringify(path.join(process.cwd(), "lib/launcher/docker.ts"))};
const l = new DockerLauncher({ image: ${JSON.stringify(docker.image)}, poolSize: 2 });
await l.warm();
console.log("READY " + l.pooled().join(","));
if (process.argv[2] === "exit") process.exit(0);
setInterval(() => {}, 1000);
`,
    );
  });
  afterAll(() => fs.rmSync(script, { force: true }));

  async function startPool(mode: "exit" | "hang") {
    // One node process (tsx as a loader), so killing it kills the owner of the pool.
    const child = spawn(process.execPath, ["--import", "tsx", script, mode], { cwd: process.cwd(), stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (out += c.toString()));
    await eventually(() => out.includes("READY "), 60_000);
    const names = /READY (\S+)/.exec(out)?.[1]?.split(",") ?? [];
    expect(names, out).toHaveLength(2);
    return { child, names };
  }
  const gone = (names: string[]) => names.every((n) => dockerCli(["inspect", n]).status !== 0);

  it("on a normal exit the exit hook removes them", async () => {
    const { child, names } = await startPool("exit");
    await new Promise((r) => child.once("exit", r));
    expect(await eventually(() => gone(names), 10_000)).toBe(true);
  });

  it("when the process is killed, their runners read an empty job, exit, and the containers are removed", async () => {
    const { child, names } = await startPool("hang");
    child.kill("SIGKILL"); // no exit hook runs
    await new Promise((r) => child.once("exit", r));
    expect(await eventually(() => gone(names), 15_000)).toBe(true);
  });
});

describe.skipIf(!docker.ok)("getLauncher with SANDBOX_LAUNCHER=docker", () => {
  const saved = { launcher: process.env.SANDBOX_LAUNCHER, pool: process.env.SANDBOX_POOL_SIZE, image: process.env.SANDBOX_IMAGE };
  afterEach(() => {
    for (const [key, value] of [["SANDBOX_LAUNCHER", saved.launcher], ["SANDBOX_POOL_SIZE", saved.pool], ["SANDBOX_IMAGE", saved.image]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    resetEnvCache();
  });
  afterAll(async () => {
    const g = globalThis as unknown as { __interviewCoachDocker?: DockerLauncher };
    await g.__interviewCoachDocker?.close();
  });

  it("gives one docker launcher per process, with the pool size from SANDBOX_POOL_SIZE", async () => {
    process.env.SANDBOX_LAUNCHER = "docker";
    process.env.SANDBOX_POOL_SIZE = "1";
    process.env.SANDBOX_IMAGE = docker.image; // the image built for this run, even if the runner was edited since
    resetEnvCache();
    const l = getLauncher();
    expect(l.name).toBe("docker");
    expect(getLauncher()).toBe(l);
    expect((l as DockerLauncher).poolSize).toBe(1);
    const result = await l.run(pythonJob(OK, TWO_SUM, [[[1, 2], 3]]));
    expect(result.tests[0].actual).toEqual([0, 1]);
  });
});
