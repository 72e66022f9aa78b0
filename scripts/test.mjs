// `npm test`: installs what is missing, then runs every suite: vitest (domain, API on PGlite and
// PostgreSQL, sandbox, room) and the Playwright journey against a production build.
// Usage: npm test [-- --only=unit|e2e]
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import {
  BROWSER_PACKAGES, ROOT, SANDBOX_PACKAGES, bin, ensureDebianPackages, ensureNodeModules, ensureSandboxCaches, freePort, log,
  startProcess, stopAll, waitForHttp,
} from "./lib.mjs";
import { setupSandboxDocker } from "./sandbox-image.mjs";

const only = process.argv.find((a) => a.startsWith("--only="))?.split("=")[1];
const extra = process.argv.slice(2).filter((a) => !a.startsWith("--only="));

ensureNodeModules();
ensureDebianPackages([...SANDBOX_PACKAGES, ...(only === "unit" ? [] : BROWSER_PACKAGES)]);
ensureSandboxCaches();
ensureLocalServices();

const resultsDir = path.join(ROOT, "test-results");
fs.mkdirSync(resultsDir, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

if (only !== "e2e") {
  // Docker and the sandbox image for the docker launcher's suites: skipped with a reason locally, required under CI.
  try {
    await setupSandboxDocker({ required: Boolean(process.env.CI) });
  } catch (err) {
    console.error(`sandbox docker set-up failed: ${err instanceof Error ? err.message : err}`);
    totals.failed += 1;
    ok = false;
  }
  ok = runVitest() && ok;
}
if (only !== "unit") ok = (await runPlaywright()) && ok;

await stopAll();
console.log("");
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok && totals.failed === 0 ? 0 : 1);

/** PostgreSQL and Redis back the "real server" variants of the suites; start them if installed and down. */
function ensureLocalServices() {
  const pgUp = spawnSync("pg_isready", ["-h", "127.0.0.1", "-p", "5432"], { stdio: "ignore" }).status === 0;
  if (!pgUp && fs.existsSync("/etc/postgresql")) {
    const version = fs.readdirSync("/etc/postgresql")[0];
    log("starting PostgreSQL…");
    spawnSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "start"], { stdio: "inherit" });
  }
}

function runVitest() {
  log("running vitest suites…");
  const out = path.join(resultsDir, "vitest.json");
  fs.rmSync(out, { force: true });
  const r = spawnSync(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`, ...extra], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "test" },
  });
  try {
    const report = JSON.parse(fs.readFileSync(out, "utf8"));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
    totals.skipped += report.numPendingTests + report.numTodoTests;
  } catch {
    totals.failed += 1;
  }
  return r.status === 0;
}

async function runPlaywright() {
  log("building the web app for the browser journey (next build)…");
  const secret = () => crypto.randomBytes(32).toString("hex");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "interview-coach-e2e-"));
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
  const build = spawnSync(bin("next"), ["build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  if (build.status !== 0) {
    totals.failed += 1;
    console.error("next build failed");
    return false;
  }
  const room = startProcess("room", bin("partykit"), ["dev", "--port", String(roomPort), "--disable-request-cf-fetch", "--no-hotkeys", "--persist", path.join(dataDir, "partykit"), "--var", `ROOM_SECRET=${env.ROOM_SECRET}`, `APP_URL=${env.APP_URL}`], { env: { ...env, NO_UPDATE_NOTIFIER: "1" }, quiet: true });
  const web = startProcess("web", bin("next"), ["start", "--port", String(webPort)], { env, quiet: true });
  try {
    await waitForHttp(`http://127.0.0.1:${roomPort}/`, { child: room, timeoutMs: 120_000 });
    await waitForHttp(`http://127.0.0.1:${webPort}/api/v1/health`, { child: web, timeoutMs: 120_000 });
  } catch (err) {
    console.error(String(err));
    totals.failed += 1;
    return false;
  }
  log("running the Playwright journey…");
  const out = path.join(resultsDir, "playwright.json");
  const r = spawnSync(bin("playwright"), ["test"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, E2E_BASE_URL: `http://localhost:${webPort}`, PLAYWRIGHT_JSON_OUTPUT_NAME: out },
  });
  try {
    const stats = JSON.parse(fs.readFileSync(out, "utf8")).stats;
    totals.passed += stats.expected + (stats.flaky ?? 0);
    totals.failed += stats.unexpected;
    totals.skipped += stats.skipped;
  } catch {
    totals.failed += 1;
  }
  if (r.status !== 0) {
    console.error("--- web server log (tail) ---\n" + web.recentLogs().split("\n").slice(-60).join("\n"));
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  return r.status === 0;
}
