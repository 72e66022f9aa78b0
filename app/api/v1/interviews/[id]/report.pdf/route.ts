import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviewLinks, teams, users } from "@/db/schema";
import { handle, requireUuid, type RouteCtx } from "@/lib/api/http";
import { requireUser } from "@/lib/auth/session";
import { getOwnedInterview, interviewDetail } from "@/lib/interviews/service";
import { candidateLabel } from "@/lib/recruiting/compare";
import { buildReportPdf } from "@/lib/recruiting/pdf";

/**
 * The interview's report as a PDF (score, recommendation, rubric with evidence, complexity, final
 * code, transcript): for its candidate, and for the team whose link started it (audited).
 */
export const GET = handle(async (req, ctx: RouteCtx<{ id: string }>) => {
  const user = await requireUser(req);
  const row = await getOwnedInterview(user, requireUuid((await ctx.params).id), "interview.report_view");
  const detail = await interviewDetail(row);
  const db = await getDb();
  const [candidate] = await db.select({ name: users.name, isAnonymous: users.isAnonymous }).from(users).where(eq(users.id, row.userId)).limit(1);
  let team: string | null = null;
  if (row.linkId) {
    const [t] = await db
      .select({ name: teams.name })
      .from(interviewLinks)
      .innerJoin(teams, eq(teams.id, interviewLinks.teamId))
      .where(eq(interviewLinks.id, row.linkId))
      .limit(1);
    team = t?.name ?? null;
  }
  const bytes = buildReportPdf({
    title: detail.problem.title,
    kind: detail.kind,
    difficulty: detail.difficulty,
    language: detail.language,
    candidate: row.userId === user.id ? user.name : candidateLabel(candidate, row.id),
    status: detail.status,
    startedAt: detail.started_at,
    endedAt: detail.ended_at,
    report: detail.report,
    finalCode: detail.kind === "coding" ? (detail.code_by_language[detail.language] ?? null) : null,
    messages: detail.messages,
    team,
  });
  const slug = detail.problem.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "interview";
  return new Response(Buffer.from(bytes), {
    status: 200,
    headers: {
      "content-type": "application/pdf",
      "content-length": String(bytes.byteLength),
      "content-disposition": `attachment; filename="report-${slug}-${row.id.slice(0, 8)}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
});
