import { desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviews, users, type InterviewLink } from "@/db/schema";
import { ReportSchema, RUBRIC_DIMENSIONS } from "@/lib/api/schemas";
import { ComparisonSchema, type Comparison } from "./compare-schema";
import type { CurrentUser } from "@/lib/auth/session";
import { interviewProblem } from "@/lib/interviews/service";
import { recordAudit } from "./audit";

/**
 * Candidates who took the same link, side by side: overall score, recommendation, the rubric's
 * dimensions, tests, hints, time and measured complexity. Interviews without a report yet are
 * listed with nulls, so the recruiter sees who is still going.
 */

export { ComparisonRowSchema, ComparisonSchema, type Comparison } from "./compare-schema";

/** How a candidate is named to recruiters: a guest from a link has no name, so a short stable id. */
export function candidateLabel(user: { name: string; isAnonymous: boolean } | undefined, interviewId: string): string {
  if (user && !user.isAnonymous && user.name.trim()) return user.name;
  return `Candidate ${interviewId.slice(0, 6).toUpperCase()}`;
}

export async function compareLinkInterviews(link: InterviewLink, viewer: CurrentUser): Promise<Comparison> {
  const db = await getDb();
  const rows = await db.select().from(interviews).where(eq(interviews.linkId, link.id)).orderBy(desc(interviews.startedAt));
  const people = rows.length
    ? await db
        .select({ id: users.id, name: users.name, isAnonymous: users.isAnonymous })
        .from(users)
        .where(inArray(users.id, [...new Set(rows.map((r) => r.userId))]))
    : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  const labels = new Map<string, string>();
  const candidates = rows.map((r) => {
    const report = ReportSchema.safeParse(r.report);
    const rep = report.success ? report.data : null;
    for (const d of rep?.rubric ?? []) labels.set(d.id, d.label);
    return {
      interview_id: r.id,
      candidate: candidateLabel(byId.get(r.userId), r.id),
      status: r.status,
      problem_title: interviewProblem(r.problemId).title,
      language: r.language,
      started_at: r.startedAt.toISOString(),
      ended_at: r.endedAt?.toISOString() ?? null,
      score: rep ? rep.score : r.finalScore,
      recommendation: rep?.recommendation?.verdict ?? null,
      rubric: Object.fromEntries((rep?.rubric ?? []).map((d) => [d.id, d.score])),
      tests_passed: rep ? rep.tests_passed : null,
      tests_total: rep ? rep.tests_total : null,
      hints_used: r.hintsUsed,
      time_spent_seconds: rep ? rep.time_spent_seconds : null,
      complexity: rep?.complexity ? `${rep.complexity.time.best_fit} (optimal ${rep.complexity.optimal_time})` : null,
    };
  });
  const order = RUBRIC_DIMENSIONS as readonly string[];
  const dimensions = [...labels.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([id, label]) => ({ id, label }));
  // Reading the reports side by side is reading each of them: the owner sees it in the log.
  for (const c of candidates.filter((c) => c.score !== null)) {
    await recordAudit({
      teamId: link.teamId,
      actor: viewer,
      action: "interview.report_view",
      target: { type: "interview", id: c.interview_id },
      details: { link_id: link.id, via: "compare" },
    });
  }
  return ComparisonSchema.parse({ link_id: link.id, dimensions, candidates });
}
