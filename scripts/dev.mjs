// `npm run dev`: installs what is missing, then runs the web app and the PartyKit room
// server on the embedded defaults until Ctrl-C.
import path from "node:path";
import crypto from "node:crypto";
import {
  ROOT, SANDBOX_PACKAGES, bin, ensureDebianPackages, ensureNodeModules, ensureSandboxCaches, log, persistentSecret,
  portInUse, startProcess, stopAll, waitForHttp,
} from "./lib.mjs";
import { setupSandboxDocker } from "./sandbox-image.mjs";

const WEB_PORT = Number(process.env.PORT ?? 3000);
const ROOM_PORT = Number(process.env.PARTYKIT_PORT ?? 1999);

ensureNodeModules();
ensureDebianPackages(SANDBOX_PACKAGES);
ensureSandboxCaches();
if (process.env.SANDBOX_LAUNCHER === "docker") {
  try {
    await setupSandboxDocker({ required: true });
  } catch (err) {
    console.error(`SANDBOX_LAUNCHER=docker, but ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
}

for (const [port, what] of [[WEB_PORT, "web app"], [ROOM_PORT, "PartyKit"]]) {
  if (await portInUse(port)) {
    console.error(`Port ${port} (${what}) is already in use. Stop the other process or set ${what === "web app" ? "PORT" : "PARTYKIT_PORT"}.`);
    process.exit(1);
  }
}

const dataDir = path.resolve(ROOT, process.env.DATA_DIR ?? "data");
const env = {
  DATA_DIR: dataDir,
  AUTH_SECRET: process.env.AUTH_SECRET ?? persistentSecret(dataDir, "auth-secret"),
  ROOM_SECRET: process.env.ROOM_SECRET ?? crypto.randomBytes(32).toString("hex"),
  APP_URL: process.env.APP_URL ?? `http://localhost:${WEB_PORT}`,
  PARTYKIT_URL: process.env.PARTYKIT_URL ?? `http://127.0.0.1:${ROOM_PORT}`,
  NEXT_PUBLIC_PARTYKIT_URL: process.env.NEXT_PUBLIC_PARTYKIT_URL ?? `http://localhost:${ROOM_PORT}`,
};

// Offline flags: no request.cf download, no terminal hotkeys, no update check; --var stays last.
const room = startProcess(
  "room",
  bin("partykit"),
  ["dev", "--port", String(ROOM_PORT), "--disable-request-cf-fetch", "--no-hotkeys", "--var", `ROOM_SECRET=${env.ROOM_SECRET}`, `APP_URL=${env.APP_URL}`,
    ...(process.env.IDLE_CHECKIN_SECONDS ? [`IDLE_CHECKIN_SECONDS=${process.env.IDLE_CHECKIN_SECONDS}`] : [])],
  { env: { ...env, NO_UPDATE_NOTIFIER: "1" } },
);
const web = startProcess("web", bin("next"), ["dev", "--port", String(WEB_PORT)], { env });

let stopping = false;
async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  log("stopping…");
  await stopAll();
  process.exit(code);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));
for (const [name, child] of [["room", room], ["web", web]]) {
  child.on("exit", (code) => {
    if (!stopping) {
      console.error(`${name} server exited (${code}); stopping.`);
      void shutdown(1);
    }
  });
}

await waitForHttp(`http://127.0.0.1:${WEB_PORT}/api/v1/health`, { child: web, timeoutMs: 300_000 });
log(`Interview Coach is running: http://localhost:${WEB_PORT}  (rooms on http://localhost:${ROOM_PORT}). Ctrl-C stops.`);
