import path from "node:path";
import fs from "node:fs";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import * as schema from "./schema";
import { env } from "@/lib/env";

/** All drivers expose the same query builder; the node-postgres type stands for them. */
export type Db = NodePgDatabase<typeof schema>;

export type DbDriver = "pglite" | "pg" | "neon";

export function chooseDriver(url: string | undefined, explicit?: string): DbDriver {
  if (explicit === "pglite" || explicit === "pg" || explicit === "neon") return explicit;
  if (!url) return "pglite";
  return /\.neon\.tech|neon\.build/.test(url) ? "neon" : "pg";
}

const MIGRATIONS = path.join(process.cwd(), "db", "migrations");

interface DbHandle {
  db: Db;
  driver: DbDriver;
  close: () => Promise<void>;
}

/**
 * Opens a database and applies migrations. `url` of "memory://" gives a throwaway
 * in-process PGlite (tests); no url gives PGlite persisted under DATA_DIR.
 */
export async function openDb(options: { url?: string; driver?: DbDriver } = {}): Promise<DbHandle> {
  const driver = chooseDriver(options.url, options.driver);
  if (driver === "pglite") {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    let dataDir: string | undefined;
    let release = () => {};
    if (options.url !== "memory://") {
      dataDir = path.resolve(env().DATA_DIR, "pglite");
      fs.mkdirSync(dataDir, { recursive: true });
      release = lockDataDir(dataDir);
    }
    const client = new PGlite(dataDir);
    const close = async () => {
      if (!client.closed) await client.close();
      release();
    };
    if (dataDir) closeOnExit(close);
    const db = drizzle({ client, schema });
    await migrate(db, { migrationsFolder: MIGRATIONS });
    return { db: db as unknown as Db, driver, close };
  }
  if (driver === "neon") {
    const { Pool, neonConfig } = await import("@neondatabase/serverless");
    const { drizzle } = await import("drizzle-orm/neon-serverless");
    const { migrate } = await import("drizzle-orm/neon-serverless/migrator");
    if (typeof WebSocket === "undefined") {
      const ws = await import("ws");
      neonConfig.webSocketConstructor = ws.default;
    }
    const pool = new Pool({ connectionString: options.url });
    keepPoolAliveOnIdleErrors(pool);
    const db = drizzle({ client: pool, schema });
    await migrate(db, { migrationsFolder: MIGRATIONS });
    return { db: db as unknown as Db, driver, close: () => pool.end() };
  }
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const pool = new Pool({ connectionString: options.url, max: 10 });
  keepPoolAliveOnIdleErrors(pool);
  const db = drizzle({ client: pool, schema });
  await migrate(db, { migrationsFolder: MIGRATIONS });
  return { db, driver, close: () => pool.end() };
}

/**
 * PGlite has no cross-process locking: two servers on one folder corrupt it. A lock file
 * holding the owner's pid turns that into a clear error instead.
 */
function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  try {
    const owner = Number(fs.readFileSync(lockFile, "utf8"));
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `The database folder ${dataDir} is in use by process ${owner}. Stop that server, or set DATA_DIR to another folder.`,
      );
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => {
    try {
      if (Number(fs.readFileSync(lockFile, "utf8")) === process.pid) fs.rmSync(lockFile);
    } catch {}
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Ctrl-C must flush and close the embedded database, or its files can be left half-written. */
function closeOnExit(close: () => Promise<void>) {
  let closing = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      if (closing) return;
      closing = true;
      void close().finally(() => process.exit(0));
    });
  }
}

// One handle per process, kept on globalThis so hot reloads and separate route bundles share it.
const globalForDb = globalThis as unknown as { __interviewCoachDb?: Promise<DbHandle> };

export function getDbHandle(): Promise<DbHandle> {
  if (!globalForDb.__interviewCoachDb) {
    const e = env();
    globalForDb.__interviewCoachDb = openDb({
      url: e.DATABASE_URL,
      driver: process.env.DATABASE_DRIVER as DbDriver | undefined,
    }).catch((err) => {
      globalForDb.__interviewCoachDb = undefined;
      throw err;
    });
  }
  return globalForDb.__interviewCoachDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/** Tests install their own handle (in-memory PGlite or the machine's PostgreSQL). */
export function setDbHandle(handle: DbHandle | undefined): void {
  globalForDb.__interviewCoachDb = handle ? Promise.resolve(handle) : undefined;
}

/**
 * An idle connection the server ends (a restart, a failover, an administrator) is dropped and
 * replaced by the pool; without a listener its error would bring the whole process down.
 */
function keepPoolAliveOnIdleErrors(pool: { on(event: "error", listener: (err: Error) => void): unknown }) {
  pool.on("error", (err) => console.warn(`[db] an idle database connection was closed: ${err.message}`));
}
