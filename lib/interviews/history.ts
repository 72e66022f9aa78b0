import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviews, type Interview } from "@/db/schema";
import { ReportSchema, type HistoryResponse } from "@/lib/api/schemas";
import type { CurrentUser } from "@/lib/auth/session";
import { listProblems } from "@/lib/problems";
import type { Difficulty, Problem } from "@/lib/problems/types";
import { interviewProblem } from "./service";

/**
 * GET /history: the signed-in person's own interviews (never anyone else's), the trend of their
 * final scores, weak areas counted across reports, and what to practise next from the bank.
 */

/** A problem finished at this score or above counts as solved: it is not suggested again. */
const SOLVED_SCORE = 80;
const SUGGESTIONS = 3;
const LEVELS: readonly Difficulty[] = ["easy", "medium", "hard"];

export async function buildHistory(user: Pick<CurrentUser, "id">): Promise<HistoryResponse> {
  const db = await getDb();
  const rows = await db.select().from(interviews).where(eq(interviews.userId, user.id)).orderBy(desc(interviews.createdAt)).limit(200);

  const list = rows.map((r) => {
    const problem = interviewProblem(r.problemId);
    return {
      id: r.id,
      kind: problem.kind,
      problem_id: r.problemId,
      problem_title: problem.title,
      difficulty: r.difficulty,
      status: r.status,
      final_score: r.finalScore,
      started_at: r.startedAt.toISOString(),
      ended_at: r.endedAt?.toISOString() ?? null,
    };
  });

  const finished = rows.filter((r) => r.status === "completed" && r.finalScore !== null).reverse();
  const trend = finished.map((r) => ({ interview_id: r.id, at: (r.endedAt ?? r.startedAt).toISOString(), score: r.finalScore! }));

  const weak = new Map<string, number>();
  for (const r of finished) {
    const report = ReportSchema.safeParse(r.report);
    if (!report.success) continue;
    // An area counts once per interview, however many of its tests failed.
    for (const area of new Set(report.data.weak_areas.map((w) => w.area))) weak.set(area, (weak.get(area) ?? 0) + 1);
  }
  const weak_areas = [...weak].map(([area, count]) => ({ area, count })).sort((a, b) => b.count - a.count || a.area.localeCompare(b.area));

  return { interviews: list, trend, weak_areas, practice_next: practiceNext(finished, weak) };
}

/**
 * Coding problems to do next: the topics that came up weak most often, at the level the recent
 * scores point to (up a level after strong sessions, down after weak ones), never one already solved.
 */
function practiceNext(finished: Interview[], weak: Map<string, number>): HistoryResponse["practice_next"] {
  const solved = new Set(finished.filter((r) => (r.finalScore ?? 0) >= SOLVED_SCORE).map((r) => r.problemId));
  const tried = new Set(finished.map((r) => r.problemId));
  const target = targetLevel(finished);
  const scored = listProblems()
    .filter((p) => !solved.has(p.id))
    .map((p) => ({ p, ...fit(p, weak, target, tried) }))
    .sort((a, b) => b.points - a.points || a.p.id - b.p.id);
  // One suggestion per topic first, so the list is not three problems of the same kind.
  const picked: typeof scored = [];
  for (const s of scored) if (picked.length < SUGGESTIONS && !picked.some((q) => q.p.category === s.p.category)) picked.push(s);
  for (const s of scored) if (picked.length < SUGGESTIONS && !picked.includes(s)) picked.push(s);
  return picked.map(({ p, reason }) => ({ problem_id: p.id, title: p.title, difficulty: p.difficulty, reason }));
}

function targetLevel(finished: Interview[]): Difficulty {
  const recent = finished.slice(-3);
  if (recent.length === 0) return "easy";
  const average = recent.reduce((s, r) => s + (r.finalScore ?? 0), 0) / recent.length;
  const level = Math.max(...recent.map((r) => LEVELS.indexOf(r.difficulty)));
  const step = average >= SOLVED_SCORE ? 1 : average < 50 ? -1 : 0;
  return LEVELS[Math.min(LEVELS.length - 1, Math.max(0, level + step))];
}

function fit(p: Problem, weak: Map<string, number>, target: Difficulty, tried: Set<number>): { points: number; reason: string } {
  const topic = weak.get(p.category) ?? 0;
  const tags = p.tags.filter((t) => weak.has(t));
  const distance = Math.abs(LEVELS.indexOf(p.difficulty) - LEVELS.indexOf(target));
  const points = topic * 3 + tags.length * 2 + (2 - distance) + (tried.has(p.id) ? 1 : 0);
  let reason: string;
  if (topic > 0) reason = `${p.category} was a weak area in ${topic} interview${topic === 1 ? "" : "s"}`;
  else if (tags.length > 0) reason = `Practises ${tags.join(", ")}, where your tests failed`;
  else if (tried.has(p.id)) reason = "You tried it before: solve it from a blank editor";
  else reason = distance === 0 ? `A ${p.difficulty} ${p.category} problem at your current level` : `A new topic: ${p.category}`;
  return { points, reason };
}
