import { sql } from "drizzle-orm";
import { getDbHandle } from "@/db/client";
import { json } from "@/lib/api/http";
import { listProblems } from "@/lib/problems";

export async function GET() {
  try {
    const { db, driver } = await getDbHandle();
    await db.execute(sql`select 1`);
    return json({ status: "ok", database: driver, problems: listProblems({}).length });
  } catch (err) {
    return json({ status: "error", error: err instanceof Error ? err.message : String(err) }, 503);
  }
}
