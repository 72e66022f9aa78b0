import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { evaluateCode, type Evaluation } from "@/lib/judge/evaluate";
import { DEFAULT_LIMITS, type Launcher, type SandboxLimits } from "@/lib/launcher/types";
import { getProblemBySlug } from "@/lib/problems";
import type { Language, Problem } from "@/lib/problems/types";
import { eventually, processesMatching } from "./helpers";

/**
 * The hostile programs hostile.test.ts runs, written for all five languages against two-sum's
 * signature (Python/Java/C++ `class Solution`, JavaScript `var twoSum = function`, Go `func
 * twoSum`). Java uses fully qualified names (no imports); C++ brings its own #includes; Go
 * snippets start with their own `import (…)` block.
 *
 * Probes print BLOCKED when the attempt failed and ESCAPED when it worked.
 */

export const ROOT = process.cwd();
export const DATA_DIR = path.resolve(ROOT, "data");
export const GRACE_MS = 3000; // both launchers' default hard-kill margin
export const COMPILED: Language[] = ["java", "cpp", "go"];
export const problem = () => getProblemBySlug("two-sum") as Problem;

// ---------------------------------------------------------------- shared per-language bits

const CPP_HEAD = `#include <bits/stdc++.h>
#include <unistd.h>
#include <csignal>
#include <cerrno>
#include <fcntl.h>
#include <dirent.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>
using namespace std;
`;
const cpp = (body: string, extraHead = "") =>
  `${CPP_HEAD}${extraHead}
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
${body}
    }
};
`;
const java = (body: string, extraMembers = "") => `class Solution {
${extraMembers}
    public int[] twoSum(int[] nums, int target) {
${body}
    }
}
`;
const js = (body: string) => `var twoSum = function(nums, target) {
${body}
};
`;
const go = (imports: string[], body: string, extra = "") => `import (
${imports.map((i) => `\t"${i}"`).join("\n")}
)
${extra}
func twoSum(nums []int, target int) []int {
${body}
}
`;

/** A TCP connect probe (host, port) in each language; prints BLOCKED <why> <ms>ms or ESCAPED. */
function connectProbe(host: string, port: string): Record<Language, string> {
  return {
    python: `import socket, time
class Solution:
    def twoSum(self, nums, target):
        t = time.monotonic()
        try:
            socket.create_connection(("${host}", ${port}), timeout=3).close()
            print("ESCAPED connected")
        except OSError as e:
            print("BLOCKED", type(e).__name__, "%dms" % ((time.monotonic() - t) * 1000))
        return [0, 1]
`,
    javascript: js(`    // Connecting is asynchronous in Node; a child node process makes it one synchronous step.
    const script = "const t=Date.now();const s=require('net').connect(${port},'${host}');" +
      "s.on('connect',()=>{console.log('ESCAPED connected');process.exit(0)});" +
      "s.on('error',e=>{console.log('BLOCKED '+e.code+' '+(Date.now()-t)+'ms');process.exit(0)});" +
      "setTimeout(()=>{console.log('BLOCKED timeout '+(Date.now()-t)+'ms');process.exit(0)},3000)";
    try {
      const r = require("child_process").spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 4000 });
      console.log((r.stdout || "").trim() || "BLOCKED no-child " + (r.error && r.error.code));
    } catch (e) {
      console.log("BLOCKED " + e);
    }
    return [0, 1];`),
    java: java(`        long t = System.nanoTime();
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress("${host}", ${port}), 3000);
            System.out.println("ESCAPED connected");
        } catch (java.io.IOException e) {
            System.out.println("BLOCKED " + e.getClass().getSimpleName() + " " + (System.nanoTime() - t) / 1000000 + "ms");
        }
        return new int[]{0, 1};`),
    cpp: cpp(`        auto t = chrono::steady_clock::now();
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(${port});
        inet_pton(AF_INET, "${host}", &a.sin_addr);
        int rc = fd < 0 ? -1 : connect(fd, (sockaddr*)&a, sizeof a);
        int err = errno;
        long ms = chrono::duration_cast<chrono::milliseconds>(chrono::steady_clock::now() - t).count();
        if (rc == 0) cout << "ESCAPED connected" << endl;
        else cout << "BLOCKED errno " << err << " " << ms << "ms" << endl;
        if (fd >= 0) close(fd);
        return {0, 1};`),
    go: go(
      ["fmt", "net", "time"],
      `	t := time.Now()
	c, err := net.DialTimeout("tcp", "${host}:${port}", 3*time.Second)
	if err == nil {
		c.Close()
		fmt.Println("ESCAPED connected")
	} else {
		fmt.Printf("BLOCKED %v %dms\\n", err, time.Since(t).Milliseconds())
	}
	return []int{0, 1}`,
    ),
  };
}

/** Tries to read each path (a file, or list a directory); prints BLOCKED/ESCAPED per path. */
function readProbe(paths: string[]): Record<Language, string> {
  const list = JSON.stringify(paths);
  return {
    python: `import os
class Solution:
    def twoSum(self, nums, target):
        for p in ${list}:
            try:
                if os.path.isdir(p):
                    print("ESCAPED", p, os.listdir(p)[:3])
                else:
                    with open(p, "rb") as f:
                        print("ESCAPED", p, f.read(40))
            except OSError as e:
                print("BLOCKED", p, type(e).__name__)
        return [0, 1]
`,
    javascript: js(`    let fs;
    try { fs = require("fs"); } catch (e) { console.log("BLOCKED no-fs " + e); return [0, 1]; }
    for (const p of ${list}) {
      try {
        const st = fs.statSync(p);
        if (st.isDirectory()) console.log("ESCAPED " + p + " " + fs.readdirSync(p).slice(0, 3));
        else console.log("ESCAPED " + p + " " + fs.readFileSync(p).subarray(0, 40).toString("hex"));
      } catch (e) {
        console.log("BLOCKED " + p + " " + e.code);
      }
    }
    return [0, 1];`),
    java: java(`        for (String p : new String[]{${paths.map((p) => JSON.stringify(p)).join(", ")}}) {
            try {
                java.nio.file.Path path = java.nio.file.Paths.get(p);
                if (java.nio.file.Files.isDirectory(path)) {
                    try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(path)) {
                        System.out.println("ESCAPED " + p + " " + s.limit(3).count());
                    }
                } else {
                    byte[] b = java.nio.file.Files.readAllBytes(path);
                    System.out.println("ESCAPED " + p + " " + b.length);
                }
            } catch (Exception e) {
                System.out.println("BLOCKED " + p + " " + e.getClass().getSimpleName());
            }
        }
        return new int[]{0, 1};`),
    cpp: cpp(`        for (const char* p : {${paths.map((p) => JSON.stringify(p)).join(", ")}}) {
            DIR* d = opendir(p);
            if (d) { cout << "ESCAPED " << p << " (listed)" << endl; closedir(d); continue; }
            int fd = open(p, O_RDONLY);
            char buf[40];
            if (fd >= 0 && read(fd, buf, sizeof buf) >= 0) cout << "ESCAPED " << p << endl;
            else cout << "BLOCKED " << p << " errno " << errno << endl;
            if (fd >= 0) close(fd);
        }
        return {0, 1};`),
    go: go(
      ["fmt", "os"],
      `	for _, p := range []string{${paths.map((p) => JSON.stringify(p)).join(", ")}} {
		if entries, err := os.ReadDir(p); err == nil {
			fmt.Println("ESCAPED", p, len(entries))
			continue
		}
		if b, err := os.ReadFile(p); err == nil {
			fmt.Println("ESCAPED", p, len(b))
		} else {
			fmt.Println("BLOCKED", p, err)
		}
	}
	return []int{0, 1}`,
    ),
  };
}

// ---------------------------------------------------------------- the battery

export interface Ctx {
  launcher: Launcher;
  language: Language;
  port: number;
  connections: () => number;
  secret: string;
  marker: string;
}

export interface Hostile {
  name: string;
  code: Partial<Record<Language, string>>;
  limits?: Partial<SandboxLimits>;
  /** Expected to end at the wall clock (for the elapsed-time bound). */
  timesOut?: boolean;
  check(ev: Evaluation, ctx: Ctx): void | Promise<void>;
}

export const SHORT = { wallMs: 2000 };

export function expectProbe(ev: Evaluation, minBlocked = 1) {
  expect(ev.output, ev.error ?? "").not.toContain("ESCAPED");
  const blocked = ev.output.split("\n").filter((l) => l.startsWith("BLOCKED")).length;
  expect(blocked, `probe output:\n${ev.output}\nerror: ${ev.error}`).toBeGreaterThanOrEqual(minBlocked);
}

export const HOSTILE: Hostile[] = [
  {
    name: "fork bomb",
    limits: SHORT,
    timesOut: true,
    code: {
      python: `import os
class Solution:
    def twoSum(self, nums, target):
        while True:
            try:
                os.fork()
            except OSError:
                pass
`,
      javascript: js(`    let cp = null;
    try { cp = require("child_process"); } catch (e) {}
    for (;;) {
      try { if (cp) cp.spawn("sh", ["-c", "sleep 100"], { detached: true, stdio: "ignore" }); } catch (e) {}
    }`),
      java: java(`        while (true) {
            try { new ProcessBuilder("sh", "-c", "sleep 100").start(); } catch (Throwable e) { }
        }`),
      cpp: cpp(`        while (true) { if (fork() < 0) { volatile int spin = 0; spin++; } }`),
      go: go(
        ["syscall"],
        `	for {
		syscall.ForkExec("/bin/sh", []string{"sh", "-c", "sleep 100"}, nil)
	}`,
      ),
    },
    check(ev) {
      expect(ev.status).toBe("timeout");
      expect(ev.results[0].verdict).toBe("time_limit");
    },
  },
  {
    name: "memory bomb",
    code: {
      python: `class Solution:
    def twoSum(self, nums, target):
        hoard = []
        for i in range(300):
            hoard.append(bytearray([i % 256]) * (10 ** 7))
        return [-1, len(hoard)]
`,
      javascript: js(`    const hoard = [];
    for (let i = 0; i < 300; i++) hoard.push(new Array(1250000).fill(i + 0.5));
    return [-1, hoard.length];`),
      java: java(`        java.util.List<long[]> hoard = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) { long[] b = new long[1250000]; java.util.Arrays.fill(b, i); hoard.add(b); }
        return new int[]{-1, hoard.size()};`),
      cpp: cpp(`        vector<vector<char>> hoard;
        for (int i = 0; i < 300; i++) hoard.emplace_back(10 * 1024 * 1024, (char)i);
        return {-1, (int)hoard.size()};`),
      go: go(
        [],
        `	hoard := [][]byte{}
	for i := 0; i < 300; i++ {
		b := make([]byte, 10<<20)
		for j := range b {
			b[j] = byte(i)
		}
		hoard = append(hoard, b)
	}
	return []int{-1, len(hoard)}`,
      ).replace("import (\n\n)\n", ""),
    },
    check(ev) {
      expect(ev.status, ev.error ?? "").toBe("memory_exceeded");
      expect(ev.results[0].verdict).toBe("memory_limit");
    },
  },
  {
    name: "infinite loop",
    limits: SHORT,
    timesOut: true,
    code: {
      python: "class Solution:\n    def twoSum(self, nums, target):\n        while True:\n            pass\n",
      javascript: js("    for (;;) {}"),
      java: java("        while (true) { }"),
      cpp: cpp("        volatile unsigned long spin = 0;\n        while (true) { spin++; }"),
      go: "func twoSum(nums []int, target int) []int {\n\tfor {\n\t}\n}\n",
    },
    check(ev) {
      expect(ev.status).toBe("timeout");
      expect(ev.results[0].verdict).toBe("time_limit");
      expect(ev.results.slice(1).every((r) => r.verdict === "not_run")).toBe(true);
    },
  },
  {
    name: "sleeping past the limit",
    limits: SHORT,
    timesOut: true,
    code: {
      python: "import time\nclass Solution:\n    def twoSum(self, nums, target):\n        time.sleep(30)\n        return [0, 1]\n",
      javascript: js("    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30000);\n    return [0, 1];"),
      java: java("        try { Thread.sleep(30000); } catch (InterruptedException e) { }\n        return new int[]{0, 1};"),
      cpp: cpp("        sleep(30);\n        return {0, 1};"),
      go: go(["time"], "\ttime.Sleep(30 * time.Second)\n\treturn []int{0, 1}"),
    },
    check(ev) {
      expect(ev.status).toBe("timeout");
      expect(ev.results[0].verdict).toBe("time_limit");
    },
  },
  {
    name: "100 MB of output",
    code: {
      python: `class Solution:
    def twoSum(self, nums, target):
        chunk = "x" * (1 << 20)
        for _ in range(100):
            print(chunk)
        return [0, 1]
`,
      javascript: js(`    const chunk = "x".repeat(1 << 20);
    for (let i = 0; i < 100; i++) console.log(chunk);
    return [0, 1];`),
      java: java(`        String chunk = "x".repeat(1 << 20);
        for (int i = 0; i < 100; i++) System.out.println(chunk);
        return new int[]{0, 1};`),
      cpp: cpp(`        string chunk(1 << 20, 'x');
        for (int i = 0; i < 100; i++) cout << chunk << "\\n";
        cout.flush();
        return {0, 1};`),
      go: go(["fmt", "strings"], `	chunk := strings.Repeat("x", 1<<20)
	for i := 0; i < 100; i++ {
		fmt.Println(chunk)
	}
	return []int{0, 1}`),
    },
    check(ev) {
      expect(ev.status).toBe("error");
      expect(ev.results.some((r) => r.verdict === "output_limit"), JSON.stringify(ev.results.map((r) => r.verdict))).toBe(true);
      // What reaches the app is capped near the limit, not 100 MB.
      expect(ev.output.length).toBeLessThanOrEqual(2 * DEFAULT_LIMITS.maxOutputBytes + 1024);
      expect(JSON.stringify(ev).length).toBeLessThan(1024 * 1024);
    },
  },
  {
    name: "writing a huge file",
    code: {
      python: `class Solution:
    def twoSum(self, nums, target):
        chunk = b"x" * (1 << 20)
        written = 0
        try:
            with open("huge.bin", "wb") as f:
                for _ in range(200):
                    f.write(chunk)
                    f.flush()
                    written += 1
        except OSError as e:
            print("BLOCKED", type(e).__name__, e.errno, "after", written, "MB")
            return [0, 1]
        print("ESCAPED wrote", written, "MB")
        return [0, 1]
`,
      javascript: js(`    const fs = require("fs");
    try { process.on("SIGXFSZ", () => {}); } catch (e) {}
    const chunk = Buffer.alloc(1 << 20, 120);
    let written = 0;
    try {
      const fd = fs.openSync("huge.bin", "w");
      for (let i = 0; i < 200; i++) { fs.writeSync(fd, chunk); written++; }
      fs.closeSync(fd);
    } catch (e) {
      console.log("BLOCKED " + e.code + " after " + written + " MB");
      return [0, 1];
    }
    console.log("ESCAPED wrote " + written + " MB");
    return [0, 1];`),
      java: java(`        byte[] chunk = new byte[1 << 20];
        int written = 0;
        try (java.io.FileOutputStream f = new java.io.FileOutputStream("huge.bin")) {
            for (int i = 0; i < 200; i++) { f.write(chunk); written++; }
        } catch (java.io.IOException e) {
            System.out.println("BLOCKED " + e.getMessage() + " after " + written + " MB");
            return new int[]{0, 1};
        }
        System.out.println("ESCAPED wrote " + written + " MB");
        return new int[]{0, 1};`),
      cpp: cpp(`        signal(SIGXFSZ, SIG_IGN);
        static char chunk[1 << 20];
        int fd = open("huge.bin", O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd < 0) { cout << "BLOCKED open errno " << errno << endl; return {0, 1}; }
        int written = 0;
        for (int i = 0; i < 200; i++) {
            if (write(fd, chunk, sizeof chunk) != (ssize_t)sizeof chunk) {
                cout << "BLOCKED errno " << errno << " after " << written << " MB" << endl;
                close(fd);
                return {0, 1};
            }
            written++;
        }
        close(fd);
        cout << "ESCAPED wrote " << written << " MB" << endl;
        return {0, 1};`),
      go: go(["fmt", "os", "os/signal", "syscall"], `	signal.Ignore(syscall.SIGXFSZ)
	chunk := make([]byte, 1<<20)
	f, err := os.Create("huge.bin")
	if err != nil {
		fmt.Println("BLOCKED", err)
		return []int{0, 1}
	}
	defer f.Close()
	for i := 0; i < 200; i++ {
		if _, err := f.Write(chunk); err != nil {
			fmt.Println("BLOCKED", err, "after", i, "MB")
			return []int{0, 1}
		}
	}
	fmt.Println("ESCAPED wrote 200 MB")
	return []int{0, 1}`),
    },
    check(ev) {
      expect(ev.output).not.toContain("ESCAPED");
      // Stopped by the file size limit: an error the code saw, or the signal that ended it.
      expect(ev.output.includes("BLOCKED") || ev.status === "error", `${ev.status}: ${ev.error}`).toBe(true);
    },
  },
  {
    name: "a socket to the host's loopback",
    code: connectProbe("127.0.0.1", "__PORT__"),
    check(ev, ctx) {
      expectProbe(ev);
      expect(ctx.connections()).toBe(0);
    },
  },
  {
    name: "a socket to an outside address fails at once",
    code: connectProbe("1.1.1.1", "80"),
    check(ev) {
      expectProbe(ev);
      // No route at all (ENETUNREACH), not a connect that waits: there is no network inside.
      for (const line of ev.output.split("\n").filter((l) => l.startsWith("BLOCKED"))) {
        const ms = Number(/(\d+)ms/.exec(line)?.[1] ?? "0");
        expect(ms, line).toBeLessThan(1000);
      }
    },
  },
  {
    name: "reading /etc/shadow",
    code: readProbe(["/etc/shadow"]),
    check(ev) {
      expectProbe(ev);
    },
  },
  {
    name: "reading the app's database files and the repo",
    code: readProbe([DATA_DIR, path.join(DATA_DIR, "pglite", "PG_VERSION"), path.join(ROOT, "package.json"), path.join(ROOT, ".env")]),
    check(ev) {
      expectProbe(ev, 4);
    },
  },
  {
    name: "the app's environment",
    code: {
      python: `import os
class Solution:
    def twoSum(self, nums, target):
        print("ENV", sorted(os.environ.items()))
        for pid in [p for p in os.listdir("/proc") if p.isdigit()]:
            for part in ("environ", "cmdline"):
                try:
                    print(pid, part, open("/proc/%s/%s" % (pid, part), "rb").read().decode("utf-8", "replace"))
                except OSError as e:
                    print(pid, part, type(e).__name__)
        return [0, 1]
`,
      javascript: js(`    console.log("ENV " + JSON.stringify(process.env));
    try {
      const fs = require("fs");
      for (const pid of fs.readdirSync("/proc").filter((p) => /^\\d+$/.test(p))) {
        for (const part of ["environ", "cmdline"]) {
          try { console.log(pid + " " + part + " " + fs.readFileSync("/proc/" + pid + "/" + part, "utf8")); }
          catch (e) { console.log(pid + " " + part + " " + e.code); }
        }
      }
    } catch (e) { console.log("no fs " + e); }
    return [0, 1];`),
      java: java(`        System.out.println("ENV " + System.getenv());
        java.io.File[] procs = new java.io.File("/proc").listFiles();
        if (procs != null) for (java.io.File p : procs) {
            if (!p.getName().matches("\\\\d+")) continue;
            for (String part : new String[]{"environ", "cmdline"}) {
                try { System.out.println(p.getName() + " " + part + " " + new String(java.nio.file.Files.readAllBytes(new java.io.File(p, part).toPath()))); }
                catch (Exception e) { System.out.println(p.getName() + " " + part + " " + e.getClass().getSimpleName()); }
            }
        }
        return new int[]{0, 1};`),
      cpp: cpp(`        cout << "ENV";
        for (char** e = environ; *e; e++) cout << " " << *e;
        cout << endl;
        DIR* d = opendir("/proc");
        while (dirent* ent = d ? readdir(d) : nullptr) {
            if (!isdigit(ent->d_name[0])) continue;
            for (string part : {"environ", "cmdline"}) {
                ifstream f(string("/proc/") + ent->d_name + "/" + part);
                stringstream ss;
                ss << f.rdbuf();
                cout << ent->d_name << " " << part << " " << (f ? ss.str() : string("unreadable")) << endl;
            }
        }
        if (d) closedir(d);
        return {0, 1};`),
      go: go(["fmt", "os", "strings"], `	fmt.Println("ENV", strings.Join(os.Environ(), " "))
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		if e.Name()[0] < '0' || e.Name()[0] > '9' {
			continue
		}
		for _, part := range []string{"environ", "cmdline"} {
			b, err := os.ReadFile("/proc/" + e.Name() + "/" + part)
			fmt.Println(e.Name(), part, string(b), err)
		}
	}
	return []int{0, 1}`),
    },
    check(ev, ctx) {
      expect(ev.output).toContain("PATH"); // the probe ran and printed its own environment
      expect(JSON.stringify(ev)).not.toContain(ctx.secret);
      expect(ev.output).not.toContain("IC_HOSTILE_SECRET");
      expect(ev.output).not.toContain("AUTH_SECRET");
    },
  },
  {
    name: "kill -STOP of its own process group",
    limits: SHORT,
    // Not timesOut: how a stopped group ends (wall clock, resumed runtime) varies by language.
    code: {
      python: "import os, signal\nclass Solution:\n    def twoSum(self, nums, target):\n        os.kill(0, signal.SIGSTOP)\n        return [0, 1]\n",
      javascript: js('    process.kill(0, "SIGSTOP");\n    return [0, 1];'),
      java: java('        try { new ProcessBuilder("sh", "-c", "kill -STOP 0").start().waitFor(); } catch (Exception e) { }\n        return new int[]{0, 1};'),
      cpp: cpp("        kill(0, SIGSTOP);\n        return {0, 1};"),
      go: go(["syscall"], "\tsyscall.Kill(0, syscall.SIGSTOP)\n\treturn []int{0, 1}"),
    },
    check(ev) {
      // Contained either way: the stopped group is ended by the wall clock, or (Go's runtime
      // sometimes resumes) the run simply finishes. What must never happen is a hang or a crash.
      expect(["timeout", "success"]).toContain(ev.status);
    },
  },
  {
    name: "kill -STOP of the runner, then spinning",
    limits: SHORT,
    timesOut: true,
    code: {
      python: "import os, signal\nclass Solution:\n    def twoSum(self, nums, target):\n        os.kill(os.getppid(), signal.SIGSTOP)\n        while True:\n            pass\n",
      javascript: js('    try { process.kill(process.ppid, "SIGSTOP"); } catch (e) {}\n    for (;;) {}'),
      java: java(`        long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        try { new ProcessBuilder("sh", "-c", "kill -STOP " + parent).start().waitFor(); } catch (Exception e) { }
        while (true) { }`),
      cpp: cpp("        kill(getppid(), SIGSTOP);\n        volatile unsigned long spin = 0;\n        while (true) { spin++; }"),
      go: go(["syscall"], "\tsyscall.Kill(syscall.Getppid(), syscall.SIGSTOP)\n\tfor {\n\t}"),
    },
    check(ev) {
      // bubblewrap: the runner stops, the launcher's outer kill ends the run; Docker: the runner is
      // the container's init and ignores the signal, its own wall clock ends the run.
      expect(ev.status).toBe("timeout");
    },
  },
  {
    name: "kill -9 of the runner",
    code: {
      python: "import os, signal, time\nclass Solution:\n    def twoSum(self, nums, target):\n        os.kill(os.getppid(), signal.SIGKILL)\n        time.sleep(0.5)\n        return [0, 1]\n",
      javascript: js('    try { process.kill(process.ppid, "SIGKILL"); } catch (e) {}\n    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);\n    return [0, 1];'),
      java: java(`        long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        try { new ProcessBuilder("sh", "-c", "kill -9 " + parent).start().waitFor(); Thread.sleep(500); } catch (Exception e) { }
        return new int[]{0, 1};`),
      cpp: cpp("        kill(getppid(), SIGKILL);\n        usleep(500000);\n        return {0, 1};"),
      go: go(["syscall", "time"], "\tsyscall.Kill(syscall.Getppid(), syscall.SIGKILL)\n\ttime.Sleep(500 * time.Millisecond)\n\treturn []int{0, 1}"),
    },
    check(ev, ctx) {
      // It ends only its own run, with a verdict: under bubblewrap the runner dies and the run is
      // reported as stopped; a driver's wrapper process (Go's) dies as a crash. Under Docker the
      // runner is the container's PID 1, which nothing inside can kill: the run goes on.
      expect(["success", "error"]).toContain(ev.status);
      if (ev.status === "error") expect(ev.error).toBeTruthy();
      if (ctx.launcher.name === "docker" && ctx.language === "python") expect(ev.status).toBe("success");
    },
  },
  {
    name: "background and zombie processes left behind",
    code: {
      python: `import os, subprocess
class Solution:
    def twoSum(self, nums, target):
        subprocess.Popen(["sh", "-c", "sleep 1000; echo __MARKER__"], start_new_session=True)
        for _ in range(5):
            if os.fork() == 0:
                os._exit(0)
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                os.execvp("sh", ["sh", "-c", "sleep 1000; echo __MARKER__"])
            os._exit(0)
        return [0, 1]
`,
      javascript: js(`    const cp = require("child_process");
    cp.spawn("sh", ["-c", "sleep 1000; echo __MARKER__"], { detached: true, stdio: "ignore" }).unref();
    cp.spawn("sh", ["-c", "(sh -c 'sleep 1000; echo __MARKER__' &) ; exit 0"], { detached: true, stdio: "ignore" }).unref();
    return [0, 1];`),
      java: java(`        try {
            new ProcessBuilder("sh", "-c", "sleep 1000; echo __MARKER__").start();
            new ProcessBuilder("sh", "-c", "(setsid sh -c 'sleep 1000; echo __MARKER__' &) ; exit 0").start();
        } catch (Exception e) { }
        return new int[]{0, 1};`),
      cpp: cpp(`        for (int i = 0; i < 5; i++) if (fork() == 0) _exit(0);
        if (fork() == 0) {
            setsid();
            if (fork() == 0) { execlp("sh", "sh", "-c", "sleep 1000; echo __MARKER__", (char*)nullptr); _exit(1); }
            _exit(0);
        }
        return {0, 1};`),
      go: go(["syscall"], `	attr := &syscall.ProcAttr{Sys: &syscall.SysProcAttr{Setsid: true}}
	syscall.ForkExec("/bin/sh", []string{"sh", "-c", "sleep 1000; echo __MARKER__"}, attr)
	syscall.ForkExec("/bin/sh", []string{"sh", "-c", "(sh -c 'sleep 1000; echo __MARKER__' &) ; exit 0"}, attr)
	return []int{0, 1}`),
    },
    async check(ev, ctx) {
      expect(ev.status, ev.error ?? "").toBe("success");
      expect(await eventually(() => processesMatching(ctx.marker).length === 0, 5000)).toBe(true);
    },
  },
  {
    name: "symlinks planted to escape the scratch dir",
    code: {
      python: `import os
class Solution:
    def twoSum(self, nums, target):
        links = {"root-link": "/", "proc-root": "/proc/1/root", "up": "../../../../../..", "repo-link": "__ROOT__"}
        for name, to in links.items():
            try:
                os.symlink(to, name)
            except OSError:
                pass
        try:
            os.symlink("/etc", "/tmp/planted-__MARKER__")
        except OSError:
            pass
        for p in ["root-link/etc/shadow", "proc-root/etc/shadow", "up/etc/shadow", "repo-link/package.json",
                  "root-link__ROOT__/package.json", "proc-root__ROOT__/package.json", "up__ROOT__/package.json"]:
            try:
                open(p, "rb").read(10)
                print("ESCAPED", p)
            except OSError as e:
                print("BLOCKED", p, type(e).__name__)
        return [0, 1]
`,
      javascript: js(`    const fs = require("fs");
    const links = { "root-link": "/", "proc-root": "/proc/1/root", "up": "../../../../../..", "repo-link": "__ROOT__" };
    for (const [name, to] of Object.entries(links)) { try { fs.symlinkSync(to, name); } catch (e) {} }
    try { fs.symlinkSync("/etc", "/tmp/planted-__MARKER__"); } catch (e) {}
    for (const p of ["root-link/etc/shadow", "proc-root/etc/shadow", "up/etc/shadow", "repo-link/package.json",
                     "root-link__ROOT__/package.json", "proc-root__ROOT__/package.json", "up__ROOT__/package.json"]) {
      try { fs.readFileSync(p); console.log("ESCAPED " + p); } catch (e) { console.log("BLOCKED " + p + " " + e.code); }
    }
    return [0, 1];`),
      java: java(`        String[][] links = {{"root-link", "/"}, {"proc-root", "/proc/1/root"}, {"up", "../../../../../.."}, {"repo-link", "__ROOT__"}, {"/tmp/planted-__MARKER__", "/etc"}};
        for (String[] l : links) {
            try { java.nio.file.Files.createSymbolicLink(java.nio.file.Paths.get(l[0]), java.nio.file.Paths.get(l[1])); } catch (Exception e) { }
        }
        for (String p : new String[]{"root-link/etc/shadow", "proc-root/etc/shadow", "up/etc/shadow", "repo-link/package.json",
                                     "root-link__ROOT__/package.json", "proc-root__ROOT__/package.json", "up__ROOT__/package.json"}) {
            try { java.nio.file.Files.readAllBytes(java.nio.file.Paths.get(p)); System.out.println("ESCAPED " + p); }
            catch (Exception e) { System.out.println("BLOCKED " + p + " " + e.getClass().getSimpleName()); }
        }
        return new int[]{0, 1};`),
      cpp: cpp(`        symlink("/", "root-link");
        symlink("/proc/1/root", "proc-root");
        symlink("../../../../../..", "up");
        symlink("__ROOT__", "repo-link");
        symlink("/etc", "/tmp/planted-__MARKER__");
        for (const char* p : {"root-link/etc/shadow", "proc-root/etc/shadow", "up/etc/shadow", "repo-link/package.json",
                              "root-link__ROOT__/package.json", "proc-root__ROOT__/package.json", "up__ROOT__/package.json"}) {
            int fd = open(p, O_RDONLY);
            char buf[10];
            if (fd >= 0 && read(fd, buf, sizeof buf) >= 0) cout << "ESCAPED " << p << endl;
            else cout << "BLOCKED " << p << " errno " << errno << endl;
            if (fd >= 0) close(fd);
        }
        return {0, 1};`),
      go: go(["fmt", "os"], `	os.Symlink("/", "root-link")
	os.Symlink("/proc/1/root", "proc-root")
	os.Symlink("../../../../../..", "up")
	os.Symlink("__ROOT__", "repo-link")
	os.Symlink("/etc", "/tmp/planted-__MARKER__")
	for _, p := range []string{"root-link/etc/shadow", "proc-root/etc/shadow", "up/etc/shadow", "repo-link/package.json",
		"root-link__ROOT__/package.json", "proc-root__ROOT__/package.json", "up__ROOT__/package.json"} {
		if _, err := os.ReadFile(p); err == nil {
			fmt.Println("ESCAPED", p)
		} else {
			fmt.Println("BLOCKED", p, err)
		}
	}
	return []int{0, 1}`),
    },
    async check(ev, ctx) {
      expectProbe(ev, 7);
      // Nothing planted reaches the host or the next run: every sandbox starts from an empty scratch.
      expect(fs.existsSync(`/tmp/planted-${ctx.marker}`)).toBe(false);
      const next = await evaluateCode({
        problem: problem(),
        language: "python",
        kind: "run",
        launcher: ctx.launcher,
        code: `import os
class Solution:
    def twoSum(self, nums, target):
        found = [os.path.join(d, n) for d, dirs, files in os.walk("/tmp") for n in dirs + files if "planted" in n or n.endswith("-link")]
        print("ESCAPED" if found else "BLOCKED", found)
        return [0, 1]
`,
      });
      expectProbe(next);
    },
  },
];

/** Only compiled C++ has a compile step worth attacking. */
export const COMPILE_BOMBS: Hostile[] = [
  {
    name: "C++ exponential template recursion",
    limits: { compileMs: 3000 },
    code: {
      cpp: cpp(
        "        return {Boom<40, 0>::value, 0};",
        `template <int N, int M> struct Boom { static const int value = Boom<N - 1, 2 * M>::value + Boom<N - 1, 2 * M + 1>::value; };
template <int M> struct Boom<0, M> { static const int value = 1; };
`,
      ),
    },
    check(ev) {
      expect(ev.status).toBe("compile_error");
      expect(ev.error).toBeTruthy();
    },
  },
  {
    name: "C++ #include </dev/random>",
    limits: { compileMs: 3000 },
    code: { cpp: `#include </dev/random>\n${cpp("        return {0, 1};")}` },
    check(ev) {
      expect(ev.status).toBe("compile_error");
      expect(ev.error).toBeTruthy();
    },
  },
];

