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
    if (options.url !== "memory://") {
      dataDir = path.resolve(env().DATA_DIR, "pglite");
      fs.mkdirSync(dataDir, { recursive: true });
    }
    const client = new PGlite(dataDir);
    const db = drizzle({ client, schema });
    await migrate(db, { migrationsFolder: MIGRATIONS });
    return { db: db as unknown as Db, driver, close: () => client.close() };
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
    const db = drizzle({ client: pool, schema });
    await migrate(db, { migrationsFolder: MIGRATIONS });
    return { db: db as unknown as Db, driver, close: () => pool.end() };
  }
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const pool = new Pool({ connectionString: options.url, max: 10 });
  const db = drizzle({ client: pool, schema });
  await migrate(db, { migrationsFolder: MIGRATIONS });
  return { db, driver, close: () => pool.end() };
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
