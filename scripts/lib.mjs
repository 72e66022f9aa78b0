// Shared set-up steps for `npm run dev` and `npm test`: install what is missing, start and stop servers.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

export function log(msg) {
  process.stdout.write(`\x1b[36m[setup]\x1b[0m ${msg}\n`);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: ROOT, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited with ${r.status}`);
}

/** npm packages: a clean install when node_modules is missing or older than the lockfile. */
export function ensureNodeModules() {
  const marker = path.join(ROOT, "node_modules", ".package-lock.json");
  const lock = path.join(ROOT, "package-lock.json");
  const stale = !fs.existsSync(marker) || fs.statSync(marker).mtimeMs < fs.statSync(lock).mtimeMs;
  if (stale) {
    log("installing npm packages (npm ci)…");
    run("npm", ["ci", "--no-audit", "--no-fund"]);
  }
}

const has = (bin) => spawnSync("sh", ["-c", `command -v ${bin}`], { stdio: "ignore" }).status === 0;

/** Debian packages for the sandbox toolchains and the browser tests. */
export function ensureDebianPackages(wanted) {
  const missing = wanted.filter(([bin]) => !has(bin)).map(([, pkg]) => pkg);
  if (missing.length === 0) return;
  const unique = [...new Set(missing)];
  if (process.getuid?.() !== 0 || !has("apt-get")) {
    throw new Error(`Missing system packages: ${unique.join(", ")}. Install them with: sudo apt-get install -y ${unique.join(" ")}`);
  }
  log(`installing Debian packages: ${unique.join(" ")}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () => spawnSync("apt-get", ["install", "-y", "-qq", ...unique], { stdio: "inherit", env }).status === 0;
  if (!install()) {
    run("apt-get", ["update", "-qq"], { env });
    run("apt-get", ["install", "-y", "-qq", ...unique], { env });
  }
}

/** Binaries the sandbox needs, with the Debian package that provides each. */
export const SANDBOX_PACKAGES = [
  ["bwrap", "bubblewrap"],
  ["python3", "python3"],
  // The sandbox runs Node from /usr (Debian's, read-only inside), never an app's own Node in /usr/local.
  ["/usr/bin/node", "nodejs"],
  ["go", "golang-go"], // /usr/bin/go -> /usr/lib/go-1.19/bin/go on Debian 12
  // The JDK lives in /usr/lib/jvm (javac and java through /etc/alternatives); addr2line (binutils,
  // a g++ dependency) names the candidate's line when C++ code crashes.
  ["/usr/bin/javac", "openjdk-17-jdk-headless"],
  ["/usr/bin/g++", "g++"],
  ["/usr/bin/addr2line", "binutils"],
];
export const BROWSER_PACKAGES = [["chromium", "chromium"]];

/**
 * The sandbox's optional prebuilt parts on this machine (C++ precompiled prelude, compiled Java
 * driver; sandbox-images/runner/README.md): C++ and Java runs compile in about half the time.
 * Built once per driver source version; without write access to /usr/local they are skipped.
 */
export function ensureSandboxCaches() {
  for (const [language, step] of [
    ["C++", ["sandbox-images/runner/drivers/cpp/compile.py", "--build-pch"]],
    ["Java", ["sandbox-images/runner/drivers/java/compile.py", "--build-driver"]],
  ]) {
    const res = spawnSync("python3", ["-I", "-B", ...step], { cwd: ROOT, encoding: "utf8" });
    if (res.status !== 0) log(`${language} sandbox cache not built, runs will compile from scratch (${(res.stderr || "").trim().split("\n").at(-1)})`);
  }
}

/**
 * Everything a production web server and its room server need for a throwaway run (e2e, benches):
 * free ports, a scratch data folder and fresh secrets. The app builds with the same env.
 */
export async function productionServerEnv(label) {
  const secret = () => crypto.randomBytes(32).toString("hex");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `interview-coach-${label}-`));
  const [webPort, roomPort] = [await freePort(), await freePort()];
  const env = {
    NODE_ENV: "production",
    DATA_DIR: dataDir,
    AUTH_SECRET: secret(),
    ROOM_SECRET: secret(),
    APP_URL: `http://localhost:${webPort}`,
    PARTYKIT_URL: `http://127.0.0.1:${roomPort}`,
    NEXT_PUBLIC_PARTYKIT_URL: `http://localhost:${roomPort}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  return { env, webPort, roomPort, dataDir };
}

/** Starts `next start` (an existing build) and `partykit dev` for productionServerEnv's setup; resolves once both answer. */
export async function startProductionServers({ env, webPort, roomPort, dataDir }) {
  // Offline flags as in scripts/dev.mjs; --var stays last.
  const room = startProcess("room", bin("partykit"), ["dev", "--port", String(roomPort), "--disable-request-cf-fetch", "--no-hotkeys", "--persist", path.join(dataDir, "partykit"), "--var", `ROOM_SECRET=${env.ROOM_SECRET}`, `APP_URL=${env.APP_URL}`], { env: { ...env, NO_UPDATE_NOTIFIER: "1" }, quiet: true });
  const web = startProcess("web", bin("next"), ["start", "--port", String(webPort)], { env, quiet: true });
  await waitForHttp(`http://127.0.0.1:${roomPort}/`, { child: room, timeoutMs: 120_000 });
  await waitForHttp(`http://127.0.0.1:${webPort}/api/v1/health`, { child: web, timeoutMs: 120_000 });
  return { room, web };
}

/** A secret kept under data/ so sessions survive restarts of the dev server. */
export function persistentSecret(dataDir, name) {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, `.${name}`);
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("hex"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export function portInUse(port) {
  return new Promise((resolve) => {
    const sock = net.connect(port, "127.0.0.1");
    sock.once("connect", () => (sock.destroy(), resolve(true)));
    sock.once("error", () => resolve(false));
  });
}

const children = new Set();

/** Starts a long-running process in its own group, output prefixed with its name. */
export function startProcess(name, cmd, args, { env = {}, quiet = false } = {}) {
  const child = spawn(cmd, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  children.add(child);
  const prefix = `\x1b[35m[${name}]\x1b[0m `;
  const logs = [];
  const pipe = (stream, out) => {
    let buf = "";
    stream.on("data", (chunk) => {
      buf += chunk.toString();
      let i;
      while ((i = buf.indexOf("\n")) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        logs.push(line);
        if (logs.length > 400) logs.shift();
        if (!quiet) out.write(prefix + line + "\n");
      }
    });
  };
  pipe(child.stdout, process.stdout);
  pipe(child.stderr, process.stderr);
  child.on("exit", () => children.delete(child));
  child.recentLogs = () => logs.join("\n");
  return child;
}

export function stopProcess(child) {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try { process.kill(-child.pid, "SIGKILL"); } catch {}
      resolve();
    }, 5000);
    child.once("exit", () => (clearTimeout(timer), resolve()));
    try { process.kill(-child.pid, "SIGTERM"); } catch { clearTimeout(timer); resolve(); }
  });
}

export async function stopAll() {
  await Promise.all([...children].map(stopProcess));
}

export async function waitForHttp(url, { timeoutMs = 120_000, child } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${url}: server exited early\n${child.recentLogs?.() ?? ""}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (res.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s\n${child?.recentLogs?.() ?? ""}`);
}

export const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);
