import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviewLinks, type Interview } from "@/db/schema";
import type { AuditAction } from "@/lib/api/schemas";
import type { CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "./audit";
import { membershipOf } from "./teams";

/** The read-only views of an interview a recruiter can open; each is recorded in the team's audit log. */
export type InterviewViewAction = Extract<AuditAction, `interview.${string}`>;

/**
 * Whether a user who does not own an interview may read it: only a member of the team whose
 * link the interview was started from. A candidate's own practice (no link) is never readable
 * by anyone else, and guests are never recruiters. A granted view is audited.
 */
export async function mayViewAsRecruiter(user: CurrentUser, interview: Interview, action: InterviewViewAction): Promise<boolean> {
  if (!interview.linkId || user.isGuest) return false;
  const membership = await membershipOf(user.id);
  if (!membership) return false;
  const db = await getDb();
  const [link] = await db
    .select({ teamId: interviewLinks.teamId })
    .from(interviewLinks)
    .where(eq(interviewLinks.id, interview.linkId))
    .limit(1);
  if (!link || link.teamId !== membership.team.id) return false;
  await recordAudit({
    teamId: membership.team.id,
    actor: user,
    action,
    target: { type: "interview", id: interview.id },
    details: { link_id: interview.linkId, status: interview.status },
  });
  return true;
}
