import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviews, type Interview } from "@/db/schema";
import { HttpError, notFound } from "@/lib/api/http";
import { ReportSchema, type AnyInterviewDetail, type ShareResponse } from "@/lib/api/schemas";
import { env } from "@/lib/env";
import { buildTimeline, loadRecord, publicTimeline } from "./events";
import { interviewDetail } from "./service";

/**
 * Sharing a finished interview's report by a link that needs no sign-in. Only the owner turns it on
 * or off; turning it off forgets the token, so an old link stops working at once and turning it on
 * again makes a new one.
 */

export const shareUrl = (token: string) => `${new URL(env().APP_URL).origin}/shared/${token}`;

export function shareState(row: Pick<Interview, "shareToken">): ShareResponse {
  return { shared: row.shareToken !== null, url: row.shareToken ? shareUrl(row.shareToken) : null };
}

export async function setSharing(row: Interview, enabled: boolean): Promise<ShareResponse> {
  if (enabled && !ReportSchema.safeParse(row.report).success) {
    throw new HttpError(409, "This interview has no report yet: end it first, then share its report.");
  }
  if (enabled === (row.shareToken !== null)) return shareState(row);
  // 32 random bytes: a link nobody can guess, and the only way in.
  const token = enabled ? crypto.randomBytes(32).toString("base64url") : null;
  const db = await getDb();
  await db.update(interviews).set({ shareToken: token }).where(eq(interviews.id, row.id));
  return shareState({ shareToken: token });
}

/**
 * GET /shared/{token}: what a reader without an account sees. The report, the replay with the
 * interviewer's hint texts left out, the final code and the last submission (hidden tests carry no
 * data, as everywhere); never the candidate's name, notes or account.
 */
export async function sharedReport(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw notFound("This report is not shared (the link may be mistyped).");
  const db = await getDb();
  const [row] = await db.select().from(interviews).where(eq(interviews.shareToken, token)).limit(1);
  const report = ReportSchema.safeParse(row?.report);
  if (!row || !report.success) throw notFound("This report is no longer shared.");
  const detail: AnyInterviewDetail = await interviewDetail(row);
  const events = publicTimeline(buildTimeline(await loadRecord(row)));
  return {
    interview: {
      kind: detail.kind,
      problem_title: detail.problem.title,
      difficulty: detail.difficulty,
      language: detail.language,
      started_at: detail.started_at,
      ended_at: detail.ended_at,
      candidate_name: null,
    },
    report: report.data,
    timeline: { events },
    latest_submission: detail.kind === "coding" ? detail.latest_submission : null,
    whiteboard:
      detail.kind === "system_design" && detail.whiteboard
        ? { snapshot_count: detail.whiteboard.snapshot_count, saved_at: detail.whiteboard.saved_at, graph: detail.whiteboard.graph }
        : null,
    final_code: detail.kind === "coding" ? (detail.code_by_language[detail.language] ?? null) : null,
  };
}
