/**
 * First-load JavaScript per page route of the production build, raw and gzipped, with the
 * interview room checked against its budget, then the largest chunks and whether Monaco and
 * Excalidraw stay out of the interview room's first load. Run by `npm run bench`.
 *
 * Usage: node bench/bundle-size.mjs [--build | --no-build]
 *   default: runs `next build` when .next is missing or older than the sources.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import vm from "node:vm";

const ROOT = path.resolve(import.meta.dirname, "..");
const DIST = path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next");
const INTERVIEW_ROUTE = "/interview/[id]";
const INTERVIEW_BUDGET_GZIP = 250 * 1024;
const SOURCE_DIRS = ["app", "components", "stores", "lib", "hooks"];
const SOURCE_FILES = ["package-lock.json", "next.config.ts", "postcss.config.mjs", "tsconfig.json"];
/** Strings that survive minification and only appear in each library's own code. */
const HEAVY_LIBRARIES = {
  // Strings only the library's own code holds: our components may name its CSS classes.
  Monaco: ["editor.action.clipboardCopyAction"],
  Excalidraw: ["excalidraw-container", "@excalidraw/excalidraw"],
  "TypeScript (Monaco worker)": ["webworker.importscripts"],
};

function newestSourceMtime() {
  let newest = 0;
  const walk = (p) => {
    let st;
    try { st = fs.statSync(p); } catch { return; }
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p)) if (name !== "node_modules" && !name.startsWith(".")) walk(path.join(p, name));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const d of [...SOURCE_DIRS, ...SOURCE_FILES]) walk(path.join(ROOT, d));
  return newest;
}

function buildIfNeeded() {
  const args = process.argv.slice(2);
  if (args.includes("--no-build")) return;
  const buildId = path.join(DIST, "BUILD_ID");
  const stale = !fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < newestSourceMtime();
  if (!args.includes("--build") && !stale) return;
  console.log(stale ? "\n.next is missing or older than the sources: running next build…" : "\nrunning next build…");
  const r = spawnSync(path.join(ROOT, "node_modules", ".bin", "next"), ["build"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) throw new Error("next build failed");
}

/** page_client-reference-manifest.js assigns globalThis.__RSC_MANIFEST[page]; evaluate it in a sandbox. */
function clientReferenceManifest(page) {
  const file = path.join(DIST, "server", "app", `${page}_client-reference-manifest.js`);
  if (!fs.existsSync(file)) return null;
  const context = { self: {}, globalThis: {} };
  context.self = context.globalThis = context;
  vm.runInNewContext(fs.readFileSync(file, "utf8"), context);
  return context.__RSC_MANIFEST?.[page] ?? null;
}

const sizes = new Map();
function chunkSize(rel) {
  if (!sizes.has(rel)) {
    const buf = fs.readFileSync(path.join(DIST, rel));
    sizes.set(rel, { raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length, text: buf.toString("latin1") });
  }
  return sizes.get(rel);
}

const normalize = (chunk) => chunk.replace(/^\/?_next\//, "");
const kb = (n) => (n / 1024).toFixed(1);

buildIfNeeded();

const buildManifest = JSON.parse(fs.readFileSync(path.join(DIST, "build-manifest.json"), "utf8"));
const appRoutes = JSON.parse(fs.readFileSync(path.join(DIST, "app-path-routes-manifest.json"), "utf8"));
const rootMain = (buildManifest.rootMainFiles ?? []).map(normalize);

/**
 * The chunks a page's HTML asks for up front: the runtime plus the entry chunks of the page and of
 * the layouts, error and not-found boundaries of the segments above it (the polyfill chunk is
 * nomodule, so modern browsers skip it). Checked against Next 16 / Turbopack: the <script src>
 * tags `next start` serves for /interview/<id> are exactly these chunks plus the polyfill. What a
 * page imports with import() or next/dynamic after it is interactive is not first-load.
 */
const firstLoad = new Map();
for (const [page, route] of Object.entries(appRoutes)) {
  if (!page.endsWith("/page") || route.startsWith("/_")) continue;
  const manifest = clientReferenceManifest(page);
  if (!manifest) continue;
  const chunks = new Set(rootMain);
  const pageKey = `[project]/app${page}`;
  for (const [entry, files] of Object.entries(manifest.entryJSFiles ?? {})) {
    const segment = entry.slice(0, entry.lastIndexOf("/") + 1);
    const isBoundaryAbove = /\/(layout|template|error|not-found|loading)$/.test(entry) && pageKey.startsWith(segment);
    if (entry === pageKey || isBoundaryAbove) for (const f of files) chunks.add(normalize(f));
  }
  firstLoad.set(route, [...chunks].filter((c) => c.endsWith(".js")));
}

const table = (title, header, rows) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => "| " + cells.map((c, i) => c.padEnd(widths[i])).join(" | ") + " |";
  console.log(`\n${title}`);
  console.log(line(header));
  console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const r of rows) console.log(line(r));
};

let overBudget = false;
const routeRows = [...firstLoad].sort(([a], [b]) => a.localeCompare(b)).map(([route, chunks]) => {
  const raw = chunks.reduce((s, c) => s + chunkSize(c).raw, 0);
  const gzip = chunks.reduce((s, c) => s + chunkSize(c).gzip, 0);
  let budget = "";
  if (route === INTERVIEW_ROUTE) {
    overBudget = gzip > INTERVIEW_BUDGET_GZIP;
    budget = `${kb(INTERVIEW_BUDGET_GZIP)} ${overBudget ? "FAIL" : "pass"}`;
  }
  return [route, String(chunks.length), kb(raw), kb(gzip), budget];
});
table("First-load JavaScript per route (production build, KB)", ["route", "chunks", "raw KB", "gzip KB", "gzip budget"], routeRows);

const interviewChunks = new Set(firstLoad.get(INTERVIEW_ROUTE) ?? []);
const chunkDir = path.join(DIST, "static", "chunks");
const allChunks = fs.readdirSync(chunkDir).filter((f) => f.endsWith(".js")).map((f) => `static/chunks/${f}`);
const libsIn = (text) => Object.entries(HEAVY_LIBRARIES).filter(([, marks]) => marks.some((m) => text.includes(m))).map(([name]) => name);
const largest = allChunks.map((c) => ({ chunk: c, ...chunkSize(c) })).sort((a, b) => b.raw - a.raw).slice(0, 12);
table(
  `Largest client chunks (interview route loads: "first" up front, "lazy" on demand or never)`,
  ["chunk", "raw KB", "gzip KB", "interview", "contains"],
  largest.map((c) => [path.basename(c.chunk), kb(c.raw), kb(c.gzip), interviewChunks.has(c.chunk) ? "first" : "lazy", libsIn(c.text).join(", ")]),
);

const heavyRows = Object.keys(HEAVY_LIBRARIES).map((name) => {
  const holding = allChunks.filter((c) => libsIn(chunkSize(c).text).includes(name));
  const eager = holding.filter((c) => interviewChunks.has(c));
  const verdict = eager.length ? `FAIL (${eager.map((c) => path.basename(c)).join(", ")})` : holding.length ? "pass" : "pass (not in the build)";
  return [name, String(holding.length), verdict];
});
table("Heavy libraries kept out of the interview route's first load", ["library", "chunks holding it", "lazy"], heavyRows);

const interviewGzip = (firstLoad.get(INTERVIEW_ROUTE) ?? []).reduce((sum, c) => sum + chunkSize(c).gzip, 0);
if (!firstLoad.has(INTERVIEW_ROUTE)) {
  console.error(`\nFAIL: ${INTERVIEW_ROUTE} not found in the build`);
  process.exitCode = 1;
} else if (overBudget) {
  console.error(`\nFAIL: ${INTERVIEW_ROUTE} first-load JavaScript is ${kb(interviewGzip)} KB gzipped, over its ${kb(INTERVIEW_BUDGET_GZIP)} KB budget`);
} else {
  console.log(`\npass: ${INTERVIEW_ROUTE} first-load JavaScript is ${kb(interviewGzip)} KB gzipped (budget ${kb(INTERVIEW_BUDGET_GZIP)} KB)`);
}
if (heavyRows.some((r) => r[2].startsWith("FAIL"))) console.error("FAIL: a heavy library is in the interview route's first load");
if (overBudget || heavyRows.some((r) => r[2].startsWith("FAIL"))) process.exitCode = 1;
