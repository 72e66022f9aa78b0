#!/usr/bin/env node
// Type-checks sst.config.ts and infra/*.ts against the SST platform's own component types, without
// deploying and without network:   node infra/typecheck.mjs
//
// 1. The platform (.sst/platform: SST's component sources, e.g. sst.aws.Task's TaskArgs) is written by
//    `sst install`. With network, run `npx sst install` yourself and the real @pulumi/* packages land in
//    .sst/platform/node_modules. Without, this script runs the installed sst binary's `install` with a
//    placeholder pulumi binary and a no-op npm, so it only unpacks the platform embedded in the binary.
// 2. tsc runs with infra/tsconfig.json. @pulumi/pulumi resolves to the real package when present, else
//    to infra/typecheck/pulumi.d.ts (Input/Output modelled as Pulumi does); other provider packages to
//    `any` (so plain aws.* resource arguments are only checked with the real packages installed).
// 3. Only diagnostics in sst.config.ts and infra/ count; the platform's own sources do not type-check
//    without their dependencies and are not ours to fix.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");

export function ensurePlatform(root = ROOT) {
  const platform = path.join(root, ".sst", "platform");
  if (fs.existsSync(path.join(platform, "config.d.ts")) && fs.existsSync(path.join(platform, "src", "components", "aws", "task.ts"))) {
    return { platform, unpacked: false };
  }
  const sstBin = [path.join(root, "node_modules", `sst-${process.platform}-${process.arch === "x64" ? "x64" : process.arch}`, "bin", "sst")].find((p) => fs.existsSync(p));
  if (!sstBin) throw new Error("the sst binary is not installed (node_modules/sst-<platform>); run npm install");
  const fake = fs.mkdtempSync(path.join(os.tmpdir(), "sst-offline-"));
  try {
    // `sst` checks for pulumi first; this answers its version check and is never asked to deploy anything.
    fs.writeFileSync(path.join(fake, "pulumi"), "#!/bin/sh\necho v3.210.0\n", { mode: 0o755 });
    for (const tool of ["npm", "bun"]) fs.writeFileSync(path.join(fake, tool), "#!/bin/sh\nexit 0\n", { mode: 0o755 });
    const r = spawnSync(sstBin, ["install", "--stage", "typecheck"], {
      cwd: root,
      encoding: "utf8",
      timeout: 180_000,
      env: {
        ...process.env,
        PATH: `${fake}:${process.env.PATH}`,
        SST_PULUMI_PATH: path.join(fake, "pulumi"),
        SST_NO_BUN: "1",
        SST_TELEMETRY_DISABLED: "1",
        SST_SKIP_DEPENDENCY_CHECK: "1",
      },
    });
    if (!fs.existsSync(path.join(platform, "config.d.ts"))) {
      throw new Error(`sst install did not unpack the platform:\n${r.stdout}\n${r.stderr}`);
    }
  } finally {
    fs.rmSync(fake, { recursive: true, force: true });
  }
  return { platform, unpacked: true };
}

export function typecheckInfra(root = ROOT) {
  const { unpacked } = ensurePlatform(root);
  const realPulumi = fs.existsSync(path.join(root, ".sst", "platform", "node_modules", "@pulumi", "pulumi", "package.json"));
  const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
  const r = spawnSync(process.execPath, [tsc, "-p", path.join(root, "infra", "tsconfig.json"), "--pretty", "false"], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const lines = `${r.stdout}${r.stderr}`.split("\n");
  const errors = [];
  let ignored = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = /^(.+?)\(\d+,\d+\): error TS\d+/.exec(lines[i]);
    if (!m) continue;
    const file = m[1].replace(/\\/g, "/");
    if (file === "sst.config.ts" || (file.startsWith("infra/") && !file.startsWith("infra/typecheck/"))) {
      const detail = [lines[i]];
      while (i + 1 < lines.length && /^\s/.test(lines[i + 1])) detail.push(lines[++i]);
      errors.push(detail.join("\n"));
    } else ignored++;
  }
  return { errors, ignored, realPulumi, unpacked };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const { errors, ignored, realPulumi, unpacked } = typecheckInfra();
  if (unpacked) console.log("unpacked the SST platform from the installed sst binary (offline)");
  console.log(`checked sst.config.ts and infra/ against the SST platform (${realPulumi ? "real @pulumi packages" : "offline: @pulumi/pulumi stand-in, provider packages untyped"}); ${ignored} diagnostics inside the platform ignored`);
  for (const e of errors) console.error(e);
  console.log(errors.length ? `${errors.length} error(s) in infra` : "infra: no type errors");
  process.exit(errors.length ? 1 : 0);
}
