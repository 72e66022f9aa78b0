import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BwrapLauncher } from "@/lib/launcher/bwrap";
import type { Signature } from "@/lib/problems/types";
import { eventually, processesMatching, pythonJob, sandboxUidProcesses, TWO_SUM } from "./helpers";

// Every test here runs real code in a real bubblewrap sandbox.
const launcher = new BwrapLauncher();
const PROBE: Signature = { method: "probe", params: [{ name: "arg", type: "string" }], returns: "string" };

async function probe(body: string, arg = "") {
  const code = `import os, json, socket\nclass Solution:\n    def probe(self, arg):\n${body
    .trim()
    .split("\n")
    .map((l) => `        ${l}`)
    .join("\n")}\n`;
  const result = await launcher.run(pythonJob(code, PROBE, [[arg]]));
  expect(result.status, result.stderr).toBe("ok");
  const outcome = result.tests[0];
  expect(outcome.status, outcome.error).toBe("ok");
  return JSON.parse(outcome.actual as string);
}

describe("network", () => {
  let server: net.Server;
  let port = 0;
  let connections = 0;
  beforeAll(async () => {
    server = net.createServer((s) => {
      connections++;
      s.destroy();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("user code reaches neither the host's loopback, the internet nor DNS", async () => {
    const out = await probe(
      `
res = {"interfaces": [n for _, n in socket.if_nameindex()]}
for name, addr in [("host", ("127.0.0.1", int(arg))), ("internet", ("1.1.1.1", 53))]:
    try:
        socket.create_connection(addr, timeout=2).close()
        res[name] = "connected"
    except OSError as e:
        res[name] = type(e).__name__
try:
    socket.getaddrinfo("registry.npmjs.org", 443)
    res["dns"] = "resolved"
except OSError as e:
    res["dns"] = type(e).__name__
return json.dumps(res)`,
      String(port),
    );
    expect(out.interfaces).toEqual(["lo"]);
    expect(out.host).toBe("ConnectionRefusedError");
    expect(out.internet).not.toBe("connected");
    expect(out.dns).toBe("gaierror");
    expect(connections).toBe(0);
  });
});

describe("files, environment and identity", () => {
  const SECRET = `sandbox-secret-${process.pid}-${Date.now()}`;
  beforeAll(() => {
    process.env.IC_SANDBOX_TEST_SECRET = SECRET;
  });
  afterAll(() => {
    delete process.env.IC_SANDBOX_TEST_SECRET;
  });

  it("cannot read the repo, /root or system secrets, and can write only its scratch dir", async () => {
    const out = await probe(
      `
res = {"root": sorted(os.listdir("/")), "uid": os.getuid(), "gid": os.getgid(), "cwd": os.getcwd()}
for path in [arg + "/package.json", arg, "/root", "/etc/shadow", "/etc/passwd", "/home"]:
    try:
        if os.path.isdir(path):
            os.listdir(path)
        else:
            open(path).read(1)
        res[path] = "readable"
    except OSError as e:
        res[path] = type(e).__name__
for path in ["/escape", "/usr/escape", "/etc/escape", "/runner/escape", "/dev/escape", "scratch-file"]:
    try:
        with open(path, "w") as f:
            f.write("x")
        res["write " + path] = "written"
    except OSError as e:
        res["write " + path] = type(e).__name__
return json.dumps(res)`,
      process.cwd(),
    );
    expect(out.uid).toBe(65534);
    expect(out.gid).toBe(65534);
    expect(out.root).toEqual(expect.arrayContaining(["usr", "tmp", "proc", "dev", "runner"]));
    expect(out.root).not.toContain("work");
    expect(out.root).not.toContain("root");
    expect(out.root).not.toContain("home");
    for (const path of [`${process.cwd()}/package.json`, process.cwd(), "/root", "/etc/shadow", "/etc/passwd", "/home"]) {
      expect(out[path], path).toBe("FileNotFoundError");
    }
    for (const path of ["/escape", "/usr/escape", "/etc/escape", "/runner/escape", "/dev/escape"]) {
      expect(out[`write ${path}`], path).toBe("OSError"); // EROFS
    }
    expect(out["write scratch-file"]).toBe("written");
    expect(out.cwd.startsWith("/tmp/")).toBe(true);
  });

  it("sees none of the app's environment, in its own process or any other it can find", async () => {
    const out = await probe(`
seen = {"env": dict(os.environ)}
for pid in [p for p in os.listdir("/proc") if p.isdigit()]:
    for part in ("environ", "cmdline"):
        try:
            seen[pid + "/" + part] = open("/proc/" + pid + "/" + part, "rb").read().decode("utf-8", "replace")
        except OSError as e:
            seen[pid + "/" + part] = type(e).__name__
seen["pids"] = sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
return json.dumps(seen)`);
    expect(JSON.stringify(out)).not.toContain(SECRET);
    expect(Object.keys(out.env).sort()).toEqual(["HOME", "LANG", "LC_ALL", "PATH", "TMPDIR"]);
    // Its own pid namespace: bwrap's init, the runner and the driver, nothing of the host.
    expect(out.pids.length).toBeLessThanOrEqual(4);
  });

  it("cannot write into the runner's output to forge a result", async () => {
    const out = await probe(`
res = {}
for fd in ("0", "1", "2"):
    try:
        os.close(os.open("/proc/%d/fd/%s" % (os.getppid(), fd), os.O_WRONLY))
        res[fd] = "opened"
    except OSError as e:
        res[fd] = type(e).__name__
return json.dumps(res)`);
    expect(out).toEqual({ 0: "PermissionError", 1: "PermissionError", 2: "PermissionError" });
  });
});

describe("resource limits", () => {
  it("an infinite loop is stopped at the wall clock and every process it started is gone", async () => {
    const marker = `ic-orphan-${process.pid}-${Date.now()}`;
    const code = `
import subprocess
class Solution:
    def twoSum(self, nums, target):
        if len(nums) == 2:
            return [0, 1]
        subprocess.Popen(["python3", "-c", "while True: pass", "${marker}"], start_new_session=True)
        while True:
            pass
`;
    const started = Date.now();
    const result = await launcher.run(pythonJob(code, TWO_SUM, [[[1, 2], 3], [[1, 2, 3], 5], [[4, 5], 9]], { wallMs: 1500 }));
    const elapsed = Date.now() - started;
    expect(result.status).toBe("timeout");
    expect(result.tests.map((t) => t.status)).toEqual(["ok", "error", "not_run"]);
    expect(result.tests[1].limit).toBe("time");
    expect(result.tests[1].timeMs).toBeGreaterThan(1000);
    expect(elapsed).toBeLessThan(1500 + 1500);
    expect(await eventually(() => processesMatching(marker).length === 0)).toBe(true);
    expect(await eventually(() => sandboxUidProcesses().length === 0)).toBe(true);
  });

  it("a fork bomb is contained by the process limit and cleaned up", async () => {
    const code = `
import os
class Solution:
    def twoSum(self, nums, target):
        while True:
            try:
                os.fork()
            except OSError:
                pass
`;
    const started = Date.now();
    const result = await launcher.run(pythonJob(code, TWO_SUM, [[[1, 2], 3]], { wallMs: 1500, maxProcesses: 32 }));
    expect(Date.now() - started).toBeLessThan(1500 + 1500);
    expect(result.status).toBe("timeout");
    expect(await eventually(() => sandboxUidProcesses().length === 0)).toBe(true);
    // The machine still runs sandboxes afterwards.
    const after = await launcher.run(pythonJob("class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n", TWO_SUM, [[[1, 2], 3]]));
    expect(after.status).toBe("ok");
  });

  it("the process limit makes fork fail inside the sandbox", async () => {
    const code = `
import os, time
class Solution:
    def twoSum(self, nums, target):
        children = []
        try:
            for _ in range(100):
                pid = os.fork()
                if pid == 0:
                    time.sleep(30)
                    os._exit(0)
                children.append(pid)
        except OSError as e:
            return [len(children), e.errno]
        return [len(children), 0]
`;
    const result = await launcher.run(pythonJob(code, TWO_SUM, [[[1, 2], 3]], { maxProcesses: 16 }));
    expect(result.status).toBe("ok");
    const [forked, errno] = result.tests[0].actual as number[];
    expect(errno).toBe(11); // EAGAIN
    expect(forked).toBeLessThan(16);
    expect(await eventually(() => sandboxUidProcesses().length === 0)).toBe(true);
  });

  it("a memory bomb hits the memory limit", async () => {
    const code = `
class Solution:
    def twoSum(self, nums, target):
        hoard = []
        while True:
            hoard.append(bytearray(10 ** 7))
`;
    const result = await launcher.run(pythonJob(code, TWO_SUM, [[[1, 2], 3], [[1, 2], 3]], { memoryMb: 256 }));
    expect(result.status).toBe("memory_exceeded");
    expect(result.tests[0]).toMatchObject({ status: "error", limit: "memory", errorLine: 6 });
    expect(result.tests[1].status).toBe("not_run");
    expect(result.memoryMb).toBeLessThanOrEqual(256);
  });

  it("a file bigger than the file size limit cannot be written", async () => {
    const code = `
class Solution:
    def twoSum(self, nums, target):
        with open("big.bin", "wb") as f:
            f.write(b"x" * (2 * 1024 * 1024))
        return [0, 1]
`;
    const result = await launcher.run(pythonJob(code, TWO_SUM, [[[1, 2], 3]], { maxFileBytes: 1024 * 1024 }));
    expect(result.tests[0]).toMatchObject({ status: "error", errorType: "OSError", errorLine: 5 });
    expect(result.tests[0].error).toContain("File too large");
  });
});

describe("output", () => {
  it("prints are captured per test, apart from the returned value", async () => {
    const code = `
print("loading")
class Solution:
    def twoSum(self, nums, target):
        print("looking for", target)
        print("nums:", nums)
        return [0, 1]
`;
    const result = await launcher.run(pythonJob(code, TWO_SUM, [[[1, 2], 3], [[5, 6], 11]]));
    expect(result.status).toBe("ok");
    expect(result.stdout).toBe("loading\n");
    expect(result.tests[0]).toMatchObject({ status: "ok", actual: [0, 1], stdout: "looking for 3\nnums: [1, 2]\n" });
    expect(result.tests[1]).toMatchObject({ status: "ok", actual: [0, 1], stdout: "looking for 11\nnums: [5, 6]\n" });
  });

  it("a print flood stops the run at the output limit", async () => {
    const code = `
class Solution:
    def twoSum(self, nums, target):
        while True:
            print("spam " * 20)
`;
    const result = await launcher.run(pythonJob(code, TWO_SUM, [[[1, 2], 3], [[1, 2], 3]], { maxOutputBytes: 8192 }));
    expect(result.status).toBe("output_exceeded");
    expect(result.tests[0]).toMatchObject({ status: "error", limit: "output" });
    expect(result.tests[0].stdout.length).toBeLessThanOrEqual(8192);
    expect(result.tests[1].status).toBe("not_run");
  });

  it("writing straight to the stdout file descriptor is capped too", async () => {
    const code = `
import os
class Solution:
    def twoSum(self, nums, target):
        while True:
            os.write(1, b"y" * 4096)
`;
    const result = await launcher.run(pythonJob(code, TWO_SUM, [[[1, 2], 3]], { maxOutputBytes: 8192 }));
    expect(result.status).toBe("output_exceeded");
    expect(result.tests[0]).toMatchObject({ status: "error", limit: "output" });
    expect(result.stdout.length).toBeLessThanOrEqual(8192);
  });
});

describe("harness", () => {
  it("builds ListNode and TreeNode arguments and reads them back", async () => {
    const reverse: Signature = { method: "reverseList", params: [{ name: "head", type: "ListNode" }], returns: "ListNode" };
    const listCode = `
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        while head:
            head.next, prev, head = prev, head, head.next
        return prev
`;
    const lists = await launcher.run(pythonJob(listCode, reverse, [[[1, 2, 3]], [[]]]));
    expect(lists.tests.map((t) => t.actual)).toEqual([[3, 2, 1], []]);

    const invert: Signature = { method: "invertTree", params: [{ name: "root", type: "TreeNode" }], returns: "TreeNode" };
    const treeCode = `
class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        if root:
            root.left, root.right = self.invertTree(root.right), self.invertTree(root.left)
        return root
`;
    const trees = await launcher.run(pythonJob(treeCode, invert, [[[4, 2, 7, 1, 3, null, 9]], [[1, null, 2]]]));
    expect(trees.tests.map((t) => t.actual)).toEqual([[4, 7, 2, 9, null, 3, 1], [1, 2]]);
  });

  it("provides the customary imports and keeps the builtins they would shadow", async () => {
    const sig: Signature = { method: "check", params: [], returns: "int[]" };
    const code = `
class Solution:
    def check(self) -> List[int]:
        counts = Counter("abca")
        heap = [3, 1, 2]
        heapify(heap)
        return [counts["a"], heappop(heap), bisect_left([1, 3, 5], 4), gcd(12, 18), pow(3, 4, 5),
                len(list(accumulate([1, 2]))), int(isinstance(defaultdict(int), dict)), int(inf > 10 ** 18)]
`;
    const result = await launcher.run(pythonJob(code, sig, [[]]));
    expect(result.tests[0]).toMatchObject({ status: "ok", actual: [2, 1, 2, 6, 1, 2, 1, 1] });
  });

  it("a method that is missing is reported for every test", async () => {
    const code = "class Solution:\n    def twoSums(self, nums, target):\n        return []\n";
    const result = await launcher.run(pythonJob(code, TWO_SUM, [[[1, 2], 3], [[1, 2], 3]]));
    expect(result.tests.map((t) => t.status)).toEqual(["error", "error"]);
    expect(result.tests[0].error).toContain("twoSum");
  });

  it("a forked copy of the solution cannot report results", async () => {
    // The child answers first; only the original process may speak for the test.
    const code = `
import os, time
class Solution:
    def twoSum(self, nums, target):
        if os.fork() == 0:
            return [9, 9]
        time.sleep(0.2)
        return [0, 1]
`;
    const result = await launcher.run(pythonJob(code, TWO_SUM, [[[1, 2], 3], [[1, 2], 3]]));
    expect(result.status).toBe("ok");
    expect(result.tests.map((t) => t.actual)).toEqual([[0, 1], [0, 1]]);
  });

  it("a stack overflow crashes only the test it happened in, and says why", async () => {
    const code = `
import sys
sys.setrecursionlimit(10 ** 7)
class Solution:
    def twoSum(self, nums, target):
        if len(nums) == 2:
            return [0, 1]
        deep = lru_cache(None)(lambda n: deep(n + 1) if n < 10 ** 7 else 0)
        return deep(0)
`;
    const result = await launcher.run(pythonJob(code, TWO_SUM, [[[1, 2], 3], [[1, 2, 3], 5], [[1, 2], 3]]));
    expect(result.status).toBe("crashed");
    expect(result.tests.map((t) => t.status)).toEqual(["ok", "error", "not_run"]);
    expect(result.tests[1].error).toBe("Your program crashed (segmentation fault). Very deep recursion is a common cause.");
  });

  it("rejects a job whose inputs do not fit the signature before starting a sandbox", async () => {
    await expect(launcher.run(pythonJob("", TWO_SUM, [[[1, 2]]]))).rejects.toThrow(/tests\.0\.input/);
  });
});
