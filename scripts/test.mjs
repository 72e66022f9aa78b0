// `npm test`: installs what is missing, then runs every suite: vitest (domain, API on PGlite and
// PostgreSQL, sandbox, room) and the Playwright journey against a production build.
// Usage: npm test [-- --only=unit|e2e] [vitest or, with --only=e2e, Playwright arguments]
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import {
  BROWSER_PACKAGES, ROOT, SANDBOX_PACKAGES, bin, ensureDebianPackages, ensureNodeModules, ensureSandboxCaches, log,
  productionServerEnv, startProductionServers, stopAll,
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
  const servers = await productionServerEnv("e2e");
  const { env, webPort, dataDir } = servers;
  const build = spawnSync(bin("next"), ["build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  if (build.status !== 0) {
    totals.failed += 1;
    console.error("next build failed");
    return false;
  }
  let web;
  try {
    ({ web } = await startProductionServers(servers));
  } catch (err) {
    console.error(String(err));
    totals.failed += 1;
    return false;
  }
  log("running the Playwright journey…");
  const out = path.join(resultsDir, "playwright.json");
  const r = spawnSync(bin("playwright"), ["test", ...(only === "e2e" ? extra : [])], {
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
