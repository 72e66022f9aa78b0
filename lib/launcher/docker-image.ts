import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The sandbox image's tag for the current content of sandbox-images/ (the Dockerfile and the
 * runner, without caches and docs): interview-coach-sandbox:<16 hex of sha256>. The build
 * script (scripts/sandbox-image.mjs) computes the same tag, so the launcher only ever starts
 * an image built from the runner in this checkout.
 */
export const SANDBOX_IMAGE_REPO = "interview-coach-sandbox";

export function defaultImageDir(): string {
  return path.join(process.cwd(), "sandbox-images");
}

export function imageContextFiles(imageDir: string): string[] {
  const files = ["Dockerfile"];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(imageDir, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.name === "__pycache__" || entry.name.endsWith(".pyc") || entry.name.endsWith(".md")) continue;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) files.push(child);
    }
  };
  walk("runner");
  return files.sort();
}

export function sandboxImageTag(imageDir: string = defaultImageDir()): string {
  const hash = crypto.createHash("sha256");
  for (const rel of imageContextFiles(imageDir)) {
    hash.update(rel);
    hash.update("\0");
    hash.update(fs.readFileSync(path.join(imageDir, rel)));
    hash.update("\0");
  }
  return `${SANDBOX_IMAGE_REPO}:${hash.digest("hex").slice(0, 16)}`;
}
