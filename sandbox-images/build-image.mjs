#!/usr/bin/env node
// Builds the sandbox image if the one for the current Dockerfile + runner content is missing.
//   node sandbox-images/build-image.mjs [--force]
// Starts dockerd (and installs docker.io/debootstrap as root) when needed; makes the
// debian:bookworm-slim base with debootstrap when no registry has it. Prints the image tag.
import { ensureDocker, ensureSandboxImage } from "../scripts/sandbox-image.mjs";

const up = await ensureDocker();
if (!up.ok) {
  console.error(up.reason);
  process.exit(1);
}
console.log(ensureSandboxImage({ force: process.argv.includes("--force") }));
