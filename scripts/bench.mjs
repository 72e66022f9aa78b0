// `npm run bench`: installs what is missing, then prints the benchmark tables under bench/.
import { spawnSync } from "node:child_process";
import { ROOT, SANDBOX_PACKAGES, bin, ensureDebianPackages, ensureNodeModules } from "./lib.mjs";

ensureNodeModules();
ensureDebianPackages(SANDBOX_PACKAGES);
const r = spawnSync(bin("vitest"), ["bench", "--run", ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "test", CHAT_CHUNK_DELAY_MS: "0" },
});
if (r.status !== 0) process.exit(r.status ?? 1);
const overhead = spawnSync(bin("tsx"), ["bench/execution-overhead.ts"], { cwd: ROOT, stdio: "inherit" });
process.exit(overhead.status ?? 1);
