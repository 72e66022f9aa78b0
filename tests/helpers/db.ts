import crypto from "node:crypto";
import pg from "pg";
import { openDb, setDbHandle } from "@/db/client";
import { queueIdle } from "@/lib/queue";

export type DbKind = "pglite" | "postgres";

/** Admin URL of the machine's PostgreSQL; each suite gets a database of its own there. */
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * The databases every data-layer suite runs on: embedded PGlite always, and the machine's
 * PostgreSQL when it is there (required under CI, where a missing server is an error).
 */
export async function availableDbKinds(): Promise<DbKind[]> {
  if (await postgresReachable()) return ["pglite", "postgres"];
  if (process.env.CI) throw new Error(`PostgreSQL is not reachable at ${ADMIN_URL}; CI runs every suite on it too`);
  console.warn(`[tests] PostgreSQL not reachable at ${ADMIN_URL}: running on PGlite only`);
  return ["pglite"];
}

/** Opens a fresh, migrated database of the given kind and makes it the app's database. */
export async function useFreshDb(kind: DbKind): Promise<() => Promise<void>> {
  if (kind === "pglite") {
    const handle = await openDb({ url: "memory://", driver: "pglite" });
    setDbHandle(handle);
    return async () => {
      // Jobs still running (a run's measurement, the interviewer's reaction) finish on this database first.
      await queueIdle();
      setDbHandle(undefined);
      await handle.close();
    };
  }
  const name = `ic_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = await openDb({ url: url.toString(), driver: "pg" });
  setDbHandle(handle);
  return async () => {
    await queueIdle();
    setDbHandle(undefined);
    await handle.close();
    const a = new pg.Client({ connectionString: ADMIN_URL });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await a.end();
  };
}
