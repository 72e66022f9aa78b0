/**
 * Sandbox overhead per language and launcher: median wall time of a trivial run (one test)
 * and of a 20-test run, next to the same runner doing the same work as a bare process on
 * the host (no sandbox), with the ratio. Run by `npm run bench`.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { BwrapLauncher, RUNNABLE_LANGUAGES } from "@/lib/launcher";
import { DEFAULT_LIMITS, type Launcher, type SandboxJob } from "@/lib/launcher/types";
import { getProblem } from "@/lib/problems";
import type { Language } from "@/lib/problems/types";

const ROOT = path.resolve(import.meta.dirname, "..");
const RUNNER = path.join(ROOT, "sandbox-images", "runner", "runner.py");
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 5);
const SOLUTION_FILES: Record<Language, string> = {
  python: "solution.py",
  javascript: "solution.js",
  java: "Solution.java",
  cpp: "solution.cpp",
  go: "solution.go",
};

const problem = getProblem(1)!;

function job(language: Language, code: string, testCount: number): SandboxJob {
  const visible = problem.tests.visible;
  const tests = Array.from({ length: testCount }, (_, i) => ({ id: `t${i + 1}`, input: visible[i % visible.length].input }));
  if ((problem.signature as { kind?: string }).kind === "design") throw new Error("two-sum is a function problem");
  return { language, code, signature: problem.signature, tests, limits: { ...DEFAULT_LIMITS, wallMs: 20_000 } } as SandboxJob;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeLauncher(launcher: Launcher, j: SandboxJob): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const t = performance.now();
    const r = await launcher.run(j);
    times.push(performance.now() - t);
    if (r.status !== "ok") throw new Error(`${launcher.name} ${j.language}: ${r.status} ${r.stderr.slice(0, 300)}`);
  }
  return median(times);
}

/** The same runner on the host, outside any sandbox: what the work costs by itself. */
function timeBare(j: SandboxJob): number {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-job-")), "job.json");
  fs.writeFileSync(file, JSON.stringify(j));
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const t = performance.now();
    const r = spawnSync("/usr/bin/python3", ["-I", "-B", RUNNER, file], { encoding: "utf8", maxBuffer: 64 << 20 });
    times.push(performance.now() - t);
    const out = JSON.parse(r.stdout || "{}");
    if (out.status !== "ok") throw new Error(`bare ${j.language}: ${out.status} ${String(out.stderr ?? r.stderr).slice(0, 300)}`);
  }
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return median(times);
}

async function launchers(): Promise<[string, Launcher][]> {
  const list: [string, Launcher][] = [["bwrap", new BwrapLauncher()]];
  try {
    const docker = (await import("@/lib/launcher/docker")) as Record<string, unknown>;
    const available = docker.dockerAvailable as undefined | (() => Promise<boolean>);
    const Ctor = docker.DockerLauncher as undefined | (new (o: { poolSize: number }) => Launcher & { close?: () => Promise<void> });
    if (Ctor && (!available || (await available()))) {
      list.push(["docker (cold)", new Ctor({ poolSize: 0 })]);
      list.push(["docker (warm pool)", new Ctor({ poolSize: 2 })]);
    }
  } catch {
    // No Docker launcher on this machine: the table shows bubblewrap only.
  }
  return list;
}

const rows: string[][] = [];
const all = await launchers();
for (const language of RUNNABLE_LANGUAGES) {
  const file = path.join(ROOT, "problems", problem.slug, "solutions", SOLUTION_FILES[language]);
  if (!fs.existsSync(file)) continue;
  const code = fs.readFileSync(file, "utf8");
  for (const tests of [1, 20]) {
    const j = job(language, code, tests);
    const bare = timeBare(j);
    for (const [name, launcher] of all) {
      const t = await timeLauncher(launcher, j);
      rows.push([language, name, String(tests), t.toFixed(0), bare.toFixed(0), (t / bare).toFixed(2)]);
    }
  }
}
for (const [, l] of all) await (l as { close?: () => Promise<void> }).close?.();

const header = ["language", "launcher", "tests", "median ms", "bare ms", "ratio"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(widths[i])).join(" | ") + " |";
console.log(`\nSandbox overhead (two-sum, median of ${SAMPLES})`);
console.log(line(header));
console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
for (const r of rows) console.log(line(r));
process.exit(0);
