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
process.exit(r.status ?? 1);
