/**
 * Lighthouse (desktop preset) on a signed-in guest's interview room, served by `next start`
 * and PartyKit as in the e2e run: performance score, FCP, LCP, TBT, CLS and transfer size per
 * run and their median. Needs a production build in .next (bench/bundle-size.mjs makes one).
 * Run by `npm run bench`; LIGHTHOUSE_RUNS sets the number of runs (default 3), LIGHTHOUSE_REPORT_DIR
 * keeps each run's full report as JSON.
 */
import fs from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { ROOT, productionServerEnv, startProductionServers, stopAll } from "../scripts/lib.mjs";

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

const readBuildId = () => {
  try { return fs.readFileSync(path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"), "utf8"); } catch { return null; }
};
const buildId = readBuildId();
if (!buildId) {
  console.error("No production build in .next: run `node bench/bundle-size.mjs --build` or `npx next build` first.");
  process.exit(1);
}

async function startServers() {
  const servers = await productionServerEnv("lighthouse");
  await startProductionServers(servers);
  return { base: servers.env.APP_URL, dataDir: servers.dataDir };
}

/** A guest session and a Two Sum interview in Python, through the public API. */
async function signedInInterview(base) {
  const guest = await fetch(`${base}/api/v1/auth/guest`, { method: "POST" });
  if (guest.status !== 201) throw new Error(`guest sign-in: ${guest.status} ${await guest.text()}`);
  const { access_token: token } = await guest.json();
  const cookie = guest.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const headers = { Cookie: cookie, Authorization: `Bearer ${token}` };
  const created = await fetch(`${base}/api/v1/interviews`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({ problem_id: 1, difficulty: "easy", language: "python" }),
  });
  if (created.status !== 201) throw new Error(`create interview: ${created.status} ${await created.text()}`);
  const { interview_id: id } = await created.json();
  return { url: `${base}/interview/${id}`, headers };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let exitCode = 0;
let dataDir;
let chrome;
try {
  const servers = await startServers();
  dataDir = servers.dataDir;
  chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    // A fresh interview each run, so every run sees the room's first visit.
    const { url, headers } = await signedInInterview(servers.base);
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"], extraHeaders: headers },
      desktopConfig,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error("lighthouse returned no report");
    if (process.env.LIGHTHOUSE_REPORT_DIR) {
      fs.mkdirSync(process.env.LIGHTHOUSE_REPORT_DIR, { recursive: true });
      fs.writeFileSync(path.join(process.env.LIGHTHOUSE_REPORT_DIR, `interview-run-${i + 1}.json`), JSON.stringify(lhr));
    }
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) {
      throw new Error(`the interview page redirected to ${lhr.finalDisplayedUrl}: the session did not reach it`);
    }
    // Another `next build` swapping .next under the server serves 404s for the page's chunks.
    if (readBuildId() !== buildId) throw new Error(".next was rebuilt during the run: measure again once the build is done");
    const failed = (lhr.audits["network-requests"]?.details?.items ?? []).filter((r) => r.statusCode >= 400 && r.url.includes("/_next/"));
    if (failed.length) throw new Error(`the page's assets failed to load: ${failed.map((r) => `${r.statusCode} ${r.url}`).join(", ")}`);
    const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
    samples.push({
      score: (lhr.categories.performance.score ?? NaN) * 100,
      fcp: audit("first-contentful-paint"),
      lcp: audit("largest-contentful-paint"),
      tbt: audit("total-blocking-time"),
      cls: audit("cumulative-layout-shift"),
      bytes: audit("total-byte-weight"),
    });
  }

  const format = (s) => [
    s.score.toFixed(0), s.fcp.toFixed(0), s.lcp.toFixed(0), s.tbt.toFixed(0), s.cls.toFixed(3), (s.bytes / 1024).toFixed(1),
  ];
  const rows = samples.map((s, i) => [`run ${i + 1}`, ...format(s)]);
  if (samples.length > 1) {
    const keys = ["score", "fcp", "lcp", "tbt", "cls", "bytes"];
    rows.push(["median", ...format(Object.fromEntries(keys.map((k) => [k, median(samples.map((s) => s[k]))])))]);
  }
  const header = ["", "performance", "FCP ms", "LCP ms", "TBT ms", "CLS", "transfer KB"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => "| " + cells.map((c, i) => c.padEnd(widths[i])).join(" | ") + " |";
  console.log(`\nLighthouse, interview room signed in (desktop preset, ${RUNS} run${RUNS === 1 ? "" : "s"})`);
  console.log(line(header));
  console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const r of rows) console.log(line(r));
} catch (err) {
  console.error(String(err instanceof Error ? err.stack ?? err.message : err));
  exitCode = 1;
} finally {
  try { chrome?.kill(); } catch {}
  await stopAll();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
