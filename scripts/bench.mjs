// `npm run bench`: installs what is missing, then prints the benchmark tables under bench/.
import { spawnSync } from "node:child_process";
import { BROWSER_PACKAGES, ROOT, SANDBOX_PACKAGES, bin, ensureDebianPackages, ensureNodeModules } from "./lib.mjs";

ensureNodeModules();
ensureDebianPackages(SANDBOX_PACKAGES);
const r = spawnSync(bin("vitest"), ["bench", "--run", ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "test", CHAT_CHUNK_DELAY_MS: "0" },
});
if (r.status !== 0) process.exit(r.status ?? 1);
const overhead = spawnSync(bin("tsx"), ["bench/execution-overhead.ts"], { cwd: ROOT, stdio: "inherit" });
// Client bundle (builds .next when it is older than the sources) and Lighthouse on that build.
ensureDebianPackages(BROWSER_PACKAGES);
const bundle = spawnSync(process.execPath, ["bench/bundle-size.mjs"], { cwd: ROOT, stdio: "inherit" });
const lighthouse = spawnSync(process.execPath, ["bench/lighthouse.mjs"], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
});
process.exit([overhead, bundle, lighthouse].map((r) => r.status ?? 1).find((s) => s !== 0) ?? 0);
