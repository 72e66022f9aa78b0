import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDb } from "@/db/client";
import { users } from "@/db/schema";
import { resetEnvCache } from "@/lib/env";

describe("embedded database on disk", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ic-pglite-"));
    process.env.DATA_DIR = dir;
    resetEnvCache();
  });
  afterEach(() => {
    delete process.env.DATA_DIR;
    resetEnvCache();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("keeps data across restarts and releases its lock on close", async () => {
    const first = await openDb({ driver: "pglite" });
    await first.db.insert(users).values({ id: "u1", name: "Ada", email: "ada@example.com" });
    expect(fs.existsSync(path.join(dir, "pglite.lock"))).toBe(true);
    await first.close();
    expect(fs.existsSync(path.join(dir, "pglite.lock"))).toBe(false);
    const second = await openDb({ driver: "pglite" });
    const rows = await second.db.select().from(users);
    expect(rows.map((r) => r.email)).toEqual(["ada@example.com"]);
    await second.close();
  });

  it("refuses a folder another live server is using, and says what to do", async () => {
    fs.mkdirSync(path.join(dir, "pglite"), { recursive: true });
    fs.writeFileSync(path.join(dir, "pglite.lock"), String(process.ppid));
    await expect(openDb({ driver: "pglite" })).rejects.toThrow(/in use by process \d+.*DATA_DIR/);
  });

  it("takes over a lock left by a server that is gone", async () => {
    fs.mkdirSync(path.join(dir, "pglite"), { recursive: true });
    fs.writeFileSync(path.join(dir, "pglite.lock"), "999999");
    const handle = await openDb({ driver: "pglite" });
    expect(fs.readFileSync(path.join(dir, "pglite.lock"), "utf8")).toBe(String(process.pid));
    await handle.close();
  });
});
