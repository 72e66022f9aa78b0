import { and, desc, eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { auditLog, type AuditEntry } from "@/db/schema";
import type { AuditAction, AuditEntryDTO } from "@/lib/api/schemas";
import type { CurrentUser } from "@/lib/auth/session";

/** A database or an open transaction: an action and its audit entry are written together. */
export type Tx = Pick<Db, "insert" | "select" | "update" | "delete">;

export interface AuditInput {
  teamId: string;
  actor: Pick<CurrentUser, "id" | "name" | "email">;
  action: AuditAction;
  target: { type: "team" | "team_invite" | "team_member" | "link" | "interview"; id: string | null };
  details?: Record<string, unknown>;
}

/** Records one recruiter action (who, what, which target, when, details) in the team's log. */
export async function recordAudit(entry: AuditInput, tx?: Tx): Promise<void> {
  const db = tx ?? (await getDb());
  await db.insert(auditLog).values({
    teamId: entry.teamId,
    actorId: entry.actor.id,
    actorName: entry.actor.name,
    actorEmail: entry.actor.email,
    action: entry.action,
    targetType: entry.target.type,
    targetId: entry.target.id,
    details: entry.details ?? {},
  });
}

export function auditEntryDTO(e: AuditEntry): AuditEntryDTO {
  return {
    id: e.id,
    actor: { id: e.actorId, name: e.actorName, email: e.actorEmail },
    action: e.action,
    target: { type: e.targetType, id: e.targetId },
    details: e.details,
    at: e.createdAt.toISOString(),
  };
}

/** The team's log, newest first. */
export async function listAudit(teamId: string, options: { limit: number; before?: string }): Promise<AuditEntryDTO[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.teamId, teamId),
        // Compared in the database, at its full timestamp precision, with the id to settle ties.
        options.before
          ? sql`(${auditLog.createdAt}, ${auditLog.id}) < (select a.created_at, a.id from audit_log a where a.id = ${options.before} and a.team_id = ${teamId})`
          : undefined,
      ),
    )
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(options.limit);
  return rows.map(auditEntryDTO);
}
