// Docker for the sandbox: `ensureDocker()` installs and starts the daemon when it is missing or
// down, `ensureSandboxImage()` builds the sandbox image (sandbox-images/Dockerfile) unless the
// image for the current Dockerfile + runner content is already there.
//
//   node scripts/sandbox-image.mjs [--force]     # same as node sandbox-images/build-image.mjs
//
// No registry is needed: the base image debian:bookworm-slim is made locally with debootstrap
// from the Debian mirror apt on this machine uses, then imported into Docker.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
export const IMAGE_DIR = path.join(ROOT, "sandbox-images");
export const IMAGE_REPO = "interview-coach-sandbox";
export const BASE_IMAGE = "debian:bookworm-slim";
const SUITE = "bookworm";
const DOCKERD_LOG = "/var/log/interview-coach-dockerd.log";
const DAEMON_WAIT_MS = 60_000;

function log(msg) {
  process.stdout.write(`\x1b[36m[sandbox-image]\x1b[0m ${msg}\n`);
}

const has = (bin) => spawnSync("sh", ["-c", `command -v ${bin}`], { stdio: "ignore" }).status === 0;
const isRoot = () => process.getuid?.() === 0;

/** The docker CLI: the Debian package's (it matches the daemon it came with) before any other on PATH. */
export function dockerBin() {
  if (process.env.DOCKER_BIN) return process.env.DOCKER_BIN;
  return fs.existsSync("/usr/bin/docker") ? "/usr/bin/docker" : "docker";
}

function docker(args, opts = {}) {
  return spawnSync(dockerBin(), args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...opts });
}

/** True when a docker daemon answers. */
export function dockerUp() {
  const r = docker(["version", "--format", "{{.Server.Version}}"], { timeout: 15_000 });
  return r.status === 0 && r.stdout.trim() !== "";
}

function aptInstall(pkgs) {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () => spawnSync("apt-get", ["install", "-y", "-qq", ...pkgs], { stdio: "inherit", env }).status === 0;
  if (install()) return;
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  if (!install()) throw new Error(`apt-get install ${pkgs.join(" ")} failed`);
}

function tail(file, lines = 15) {
  try {
    return fs.readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

/**
 * Makes sure a docker daemon answers: installs docker.io (and debootstrap, for the base image)
 * when missing and we are root, and starts dockerd in the background when it is down.
 * Never throws; returns { ok: true } or { ok: false, reason } so callers decide how bad that is.
 */
export async function ensureDocker() {
  if (dockerUp()) return { ok: true };
  const missing = [];
  if (!has("dockerd") && !fs.existsSync("/usr/sbin/dockerd")) missing.push("docker.io");
  if (!has("debootstrap") && !fs.existsSync("/usr/sbin/debootstrap")) missing.push("debootstrap");
  if (missing.length) {
    if (!isRoot() || !has("apt-get")) {
      return { ok: false, reason: `Docker is not installed. Install it with: sudo apt-get install -y ${missing.join(" ")}` };
    }
    log(`installing Debian packages: ${missing.join(" ")}…`);
    try {
      aptInstall(missing);
    } catch (err) {
      return { ok: false, reason: String(err instanceof Error ? err.message : err) };
    }
    if (dockerUp()) return { ok: true };
  }
  const host = process.env.DOCKER_HOST;
  if (host && host !== "unix:///var/run/docker.sock") {
    return { ok: false, reason: `DOCKER_HOST=${host} does not answer; start that daemon, or unset DOCKER_HOST to use a local one` };
  }
  if (!isRoot()) {
    return {
      ok: false,
      reason: "The docker daemon is not running and only root can start it here. Start it (sudo systemctl start docker, or sudo dockerd &) or add this user to the docker group.",
    };
  }
  const dockerd = fs.existsSync("/usr/sbin/dockerd") ? "/usr/sbin/dockerd" : "dockerd";
  log(`starting dockerd in the background (log: ${DOCKERD_LOG})…`);
  fs.mkdirSync(path.dirname(DOCKERD_LOG), { recursive: true });
  const out = fs.openSync(DOCKERD_LOG, "a");
  // Its own session, no ties to this process: the daemon outlives `npm test` like PostgreSQL does.
  const child = spawn(dockerd, [], { detached: true, stdio: ["ignore", out, out], env: { ...process.env, PATH: `/usr/sbin:/usr/bin:/sbin:/bin:${process.env.PATH ?? ""}` } });
  fs.closeSync(out);
  let exited = null;
  child.on("exit", (code, sig) => (exited = sig ?? code));
  child.on("error", (e) => (exited = e.message));
  child.unref();
  const deadline = Date.now() + DAEMON_WAIT_MS;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 300));
    if (dockerUp()) {
      log("dockerd is up");
      return { ok: true };
    }
    if (exited !== null) break;
  }
  const why = exited !== null ? `dockerd exited (${exited})` : `dockerd did not answer within ${DAEMON_WAIT_MS / 1000}s`;
  return { ok: false, reason: `${why}. Last lines of ${DOCKERD_LOG}:\n${tail(DOCKERD_LOG)}` };
}

// ------------------------------------------------------------------ image content and tag

/** Files that go into the image build context, relative to sandbox-images/, sorted. Mirrors lib/launcher/docker-image.ts. */
export function contextFiles() {
  const files = ["Dockerfile"];
  const walk = (rel) => {
    for (const entry of fs.readdirSync(path.join(IMAGE_DIR, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.name === "__pycache__" || entry.name.endsWith(".pyc") || entry.name.endsWith(".md")) continue;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) files.push(child);
    }
  };
  walk("runner");
  return files.sort();
}

/** The image tag for the current content: interview-coach-sandbox:<first 16 hex of sha256>. */
export function sandboxImageTag() {
  const hash = crypto.createHash("sha256");
  for (const rel of contextFiles()) {
    hash.update(rel);
    hash.update("\0");
    hash.update(fs.readFileSync(path.join(IMAGE_DIR, rel)));
    hash.update("\0");
  }
  return `${IMAGE_REPO}:${hash.digest("hex").slice(0, 16)}`;
}

export function imageExists(ref) {
  return docker(["image", "inspect", "--format", "{{.Id}}", ref]).status === 0;
}

// ------------------------------------------------------------------ base image

/** The Debian mirror apt on this machine uses (deb822 .sources or one-line .list), else deb.debian.org. */
export function debianMirror() {
  if (process.env.SANDBOX_DEBIAN_MIRROR) return { main: process.env.SANDBOX_DEBIAN_MIRROR, security: null };
  const files = [];
  if (fs.existsSync("/etc/apt/sources.list")) files.push("/etc/apt/sources.list");
  try {
    for (const name of fs.readdirSync("/etc/apt/sources.list.d").sort()) {
      if (name.endsWith(".list") || name.endsWith(".sources")) files.push(path.join("/etc/apt/sources.list.d", name));
    }
  } catch {}
  let main = null;
  let security = null;
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    const uris = [];
    for (const line of text.split("\n")) {
      const l = line.trim();
      if (l.startsWith("#")) continue;
      let m = /^URIs:\s*(\S+)/i.exec(l);
      if (m) uris.push(m[1]);
      m = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)/.exec(l);
      if (m) uris.push(m[1]);
    }
    for (const uri of uris) {
      const u = uri.replace(/\/+$/, "");
      if (/\/debian-security$/.test(u)) security ??= u;
      else if (/\/debian$/.test(u)) main ??= u;
    }
  }
  return { main: main ?? "http://deb.debian.org/debian", security };
}

/** debian:bookworm-slim without a registry: debootstrap minbase, trimmed the way the official slim image is, imported. */
export function ensureBaseImage() {
  if (imageExists(BASE_IMAGE)) return;
  if (!isRoot()) throw new Error(`${BASE_IMAGE} is missing and building it with debootstrap needs root`);
  if (!has("debootstrap") && !fs.existsSync("/usr/sbin/debootstrap")) aptInstall(["debootstrap"]);
  const { main, security } = debianMirror();
  const started = Date.now();
  log(`building the base image ${BASE_IMAGE} with debootstrap from ${main} (takes a minute or two)…`);
  const dir = fs.mkdtempSync(path.join(process.env.SANDBOX_BUILD_TMP ?? "/var/tmp", "ic-rootfs-"));
  try {
    const boot = spawnSync("debootstrap", ["--variant=minbase", SUITE, dir, main], {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, PATH: `/usr/sbin:/usr/bin:/sbin:/bin:${process.env.PATH ?? ""}`, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (boot.status !== 0) throw new Error(`debootstrap failed (exit ${boot.status})`);
    // Like the official image: deb822 sources with updates and security, no docs or man pages.
    fs.rmSync(path.join(dir, "etc/apt/sources.list"), { force: true });
    const suites = [
      `Types: deb\nURIs: ${main}\nSuites: ${SUITE} ${SUITE}-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n`,
      `Types: deb\nURIs: ${security ?? main.replace(/\/debian$/, "/debian-security")}\nSuites: ${SUITE}-security\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n`,
    ];
    fs.writeFileSync(path.join(dir, "etc/apt/sources.list.d/debian.sources"), suites.join("\n"));
    fs.writeFileSync(
      path.join(dir, "etc/dpkg/dpkg.cfg.d/docker"),
      ["path-exclude /usr/share/doc/*", "path-include /usr/share/doc/*/copyright", "path-exclude /usr/share/man/*", "path-exclude /usr/share/info/*", "path-exclude /usr/share/locale/*", ""].join("\n"),
    );
    fs.writeFileSync(path.join(dir, "etc/apt/apt.conf.d/docker-clean"), 'DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/*.bin || true"; };\nAPT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/*.bin || true"; };\n');
    for (const p of ["var/cache/apt/archives", "var/lib/apt/lists", "usr/share/doc", "usr/share/man", "usr/share/info", "var/log"]) {
      const full = path.join(dir, p);
      for (const entry of fs.existsSync(full) ? fs.readdirSync(full) : []) {
        if (entry === "partial" || entry === "lock") continue;
        fs.rmSync(path.join(full, entry), { recursive: true, force: true });
      }
    }
    const imp = spawnSync(
      "bash",
      ["-o", "pipefail", "-c", 'tar --numeric-owner -C "$1" -c . | "$2" import --change \'CMD ["bash"]\' - "$3"', "import", dir, dockerBin(), BASE_IMAGE],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
    if (imp.status !== 0) throw new Error(`docker import failed (exit ${imp.status})`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  log(`base image ${BASE_IMAGE} ready in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

// ------------------------------------------------------------------ sandbox image

/**
 * Builds the sandbox image unless the tag for the current content exists. Returns the tag.
 * The build context is a staged copy of exactly the files the tag is computed from.
 */
export function ensureSandboxImage({ force = false } = {}) {
  const tag = sandboxImageTag();
  if (!force && imageExists(tag)) {
    log(`image ${tag} is up to date`);
    return tag;
  }
  const started = Date.now();
  ensureBaseImage();
  const ctx = fs.mkdtempSync(path.join(os.tmpdir(), "ic-image-ctx-"));
  try {
    for (const rel of contextFiles()) {
      fs.mkdirSync(path.dirname(path.join(ctx, rel)), { recursive: true });
      fs.copyFileSync(path.join(IMAGE_DIR, rel), path.join(ctx, rel));
    }
    log(`building ${tag} (first build installs the toolchains: a few minutes; later ones reuse that layer)…`);
    // The build reaches the Debian mirror over the host network; containers that run code never have one.
    const r = spawnSync(
      dockerBin(),
      ["build", "--network", "host", "--label", `interview-coach.content=${tag.split(":")[1]}`, "-t", tag, ctx],
      { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, DOCKER_BUILDKIT: "0" } },
    );
    if (r.status !== 0) throw new Error(`docker build of ${tag} failed (exit ${r.status})`);
  } finally {
    fs.rmSync(ctx, { recursive: true, force: true });
  }
  removeOldTags(tag);
  log(`image ${tag} built in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return tag;
}

/**
 * Untags older builds, keeping the newest few: another process on this machine (a test run, the
 * dev server) may still be using the tag it built a moment ago. Layers shared with the current
 * image stay; an image a container still uses is not removed.
 */
const KEEP_TAGS = 5;
function removeOldTags(current) {
  const r = docker(["image", "ls", IMAGE_REPO, "--format", "{{.CreatedAt}}\t{{.Repository}}:{{.Tag}}"]);
  if (r.status !== 0) return;
  const tags = r.stdout
    .split("\n")
    .map((l) => l.split("\t"))
    .filter(([, ref]) => ref && !ref.endsWith(":<none>"))
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0)) // newest first
    .map(([, ref]) => ref);
  const old = tags.filter((t) => t !== current).slice(KEEP_TAGS - 1);
  if (old.length) docker(["image", "rm", ...old]);
  // Builds of ours that lost their tag (two processes built the same content at once).
  docker(["image", "prune", "-f", "--filter", "label=interview-coach.content"]);
}

/**
 * The set-up step for scripts: docker up, image built. With `required` (CI, or the docker
 * launcher chosen) a failure throws; otherwise it prints why and returns false.
 */
export async function setupSandboxDocker({ required = false } = {}) {
  const up = await ensureDocker();
  if (!up.ok) {
    const msg = `Docker is not available, so the docker sandbox launcher and its tests cannot run: ${up.reason}`;
    if (required) throw new Error(msg);
    log(msg);
    return false;
  }
  try {
    ensureSandboxImage();
    return true;
  } catch (err) {
    if (required) throw err;
    log(`could not build the sandbox image: ${err instanceof Error ? err.message : err}`);
    return false;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const up = await ensureDocker();
  if (!up.ok) {
    console.error(up.reason);
    process.exit(1);
  }
  ensureSandboxImage({ force: process.argv.includes("--force") });
}
