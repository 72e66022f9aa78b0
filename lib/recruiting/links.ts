import { randomInt } from "node:crypto";
import { and, count, desc, eq, gt, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { interviewLinks, interviews, teams, users, type InterviewLink, type Language, type Team } from "@/db/schema";
import { HttpError, notFound } from "@/lib/api/http";
import type {
  LinkCreateRequestSchema,
  LinkCreateResponseSchema,
  LinkDTO,
  LinkInterviewDTO,
  LinkInviteDTO,
  LinkStartResponseSchema,
} from "@/lib/api/schemas";
import { getAuth } from "@/lib/auth/server";
import { authError, type CurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { createInterview, interviewProblem } from "@/lib/interviews/service";
import { getProblem, getSystemDesignProblem, listProblems } from "@/lib/problems";
import { recordAudit } from "./audit";
import { newToken } from "./teams";

/** A link lasts this long when the recruiter gives no expiry; no link lasts longer than a year. */
export const DEFAULT_LINK_DAYS = 14;
const MAX_LINK_DAYS = 366;
const DAY_MS = 24 * 3600_000;

/** The page the candidate opens (the web app's route; the API behind it is /links/{token}/invite and /start). */
export const linkUrl = (token: string) => `${new URL(env().APP_URL).origin}/invite/${token}`;

/** Tokens are 43 URL-safe characters; anything else is no link at all. */
const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

type LinkStatus = LinkDTO["status"];

export function linkStatus(link: InterviewLink, now = Date.now()): LinkStatus {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt.getTime() <= now) return "expired";
  if (link.maxUses !== null && link.uses >= link.maxUses) return "used_up";
  return "active";
}

/** Why a link can no longer be used, said so the candidate understands (HTTP 410). */
function goneError(status: Exclude<LinkStatus, "active">, link: InterviewLink): HttpError {
  const messages: Record<typeof status, string> = {
    revoked: "This interview link has been revoked by the team that sent it; ask them for a new one",
    expired: `This interview link expired on ${link.expiresAt.toISOString()}; ask the team that sent it for a new one`,
    used_up: "This interview link has been used as many times as allowed; ask the team that sent it for a new one",
  };
  return new HttpError(410, messages[status], { status });
}

function requireUsable(link: InterviewLink): void {
  const status = linkStatus(link);
  if (status !== "active") throw goneError(status, link);
}

type LinkInput = z.infer<typeof LinkCreateRequestSchema>;

/** Checks the problem choice: a known problem id, or at least one coding problem matching the filters. */
function checkProblemChoice(input: LinkInput): void {
  if (input.problem_id !== undefined) {
    if (!getProblem(input.problem_id) && !getSystemDesignProblem(input.problem_id)) {
      throw new HttpError(400, `problem_id: no problem with id ${input.problem_id}`);
    }
    return;
  }
  if (candidatesFor(input).length === 0) {
    const wanted = [input.difficulty && `difficulty ${input.difficulty}`, input.category && `category "${input.category}"`].filter(Boolean).join(" and ");
    throw new HttpError(400, `No coding problem matches ${wanted}; widen the choice or pick a problem_id`);
  }
}

/** The coding problems a random link draws from. */
function candidatesFor(link: { difficulty?: InterviewLink["difficulty"] | undefined; category?: string | null | undefined }) {
  return listProblems({ difficulty: link.difficulty ?? undefined, category: link.category ?? undefined });
}

export async function createLink(
  user: CurrentUser,
  team: Team,
  input: LinkInput,
): Promise<z.infer<typeof LinkCreateResponseSchema>> {
  checkProblemChoice(input);
  const now = Date.now();
  const expiresAt = input.expires_at ? new Date(input.expires_at) : new Date(now + DEFAULT_LINK_DAYS * DAY_MS);
  if (expiresAt.getTime() <= now) throw new HttpError(400, "expires_at: must be in the future");
  if (expiresAt.getTime() > now + MAX_LINK_DAYS * DAY_MS) throw new HttpError(400, "expires_at: at most a year from now");
  const token = newToken();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [link] = await tx
      .insert(interviewLinks)
      .values({
        teamId: team.id,
        createdBy: user.id,
        token,
        problemId: input.problem_id ?? null,
        difficulty: input.difficulty ?? null,
        category: input.category ?? null,
        languages: input.languages,
        durationMinutes: input.duration_minutes,
        hintsAllowed: input.hints_allowed,
        note: input.note,
        expiresAt,
        maxUses: input.max_uses ?? null,
      })
      .returning();
    await recordAudit(
      {
        teamId: team.id,
        actor: user,
        action: "link.create",
        target: { type: "link", id: link.id },
        details: {
          problem_id: link.problemId,
          difficulty: link.difficulty,
          category: link.category,
          languages: link.languages,
          duration_minutes: link.durationMinutes,
          hints_allowed: link.hintsAllowed,
          expires_at: link.expiresAt.toISOString(),
          max_uses: link.maxUses,
        },
      },
      tx,
    );
    return { id: link.id, token, url: linkUrl(token) };
  });
}

function problemOf(link: InterviewLink): LinkDTO["problem"] {
  if (link.problemId === null) return null;
  const { kind, title } = interviewProblem(link.problemId);
  return { id: link.problemId, kind, title };
}

/** The team's links, newest first, with how many were opened, started and finished. */
export async function listLinks(teamId: string): Promise<LinkDTO[]> {
  const db = await getDb();
  const rows = await db
    .select({ link: interviewLinks, creatorName: users.name })
    .from(interviewLinks)
    .leftJoin(users, eq(users.id, interviewLinks.createdBy))
    .where(eq(interviewLinks.teamId, teamId))
    .orderBy(desc(interviewLinks.createdAt))
    .limit(500);
  const ids = rows.map((r) => r.link.id);
  const finished = ids.length
    ? await db
        .select({ linkId: interviews.linkId, n: count() })
        .from(interviews)
        .where(and(inArray(interviews.linkId, ids), eq(interviews.status, "completed")))
        .groupBy(interviews.linkId)
    : [];
  const finishedBy = new Map(finished.map((f) => [f.linkId, f.n]));
  return rows.map(({ link, creatorName }) => ({
    id: link.id,
    token: link.token,
    url: linkUrl(link.token),
    status: linkStatus(link),
    problem: problemOf(link),
    difficulty: link.difficulty,
    category: link.category,
    languages: link.languages,
    duration_minutes: link.durationMinutes,
    hints_allowed: link.hintsAllowed,
    note: link.note,
    expires_at: link.expiresAt.toISOString(),
    max_uses: link.maxUses,
    revoked_at: link.revokedAt?.toISOString() ?? null,
    created_at: link.createdAt.toISOString(),
    created_by: link.createdBy && creatorName !== null ? { id: link.createdBy, name: creatorName } : null,
    counts: { opened: link.openedCount, started: link.uses, finished: finishedBy.get(link.id) ?? 0 },
  }));
}

/** One of the team's links by id; another team's link is indistinguishable from none (404). */
export async function getTeamLink(teamId: string, id: string): Promise<InterviewLink> {
  const db = await getDb();
  const [link] = await db
    .select()
    .from(interviewLinks)
    .where(and(eq(interviewLinks.id, id), eq(interviewLinks.teamId, teamId)))
    .limit(1);
  if (!link) throw notFound("Link not found");
  return link;
}

export async function revokeLink(user: CurrentUser, teamId: string, id: string): Promise<InterviewLink> {
  const link = await getTeamLink(teamId, id);
  if (link.revokedAt) return link;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(interviewLinks)
      .set({ revokedAt: new Date(), revokedBy: user.id })
      .where(and(eq(interviewLinks.id, link.id), isNull(interviewLinks.revokedAt)))
      .returning();
    if (!revoked) return link;
    await recordAudit(
      { teamId, actor: user, action: "link.revoke", target: { type: "link", id: link.id }, details: { started: link.uses } },
      tx,
    );
    return revoked;
  });
}

/** The interviews started from a link, newest first. */
export async function linkInterviews(link: InterviewLink): Promise<LinkInterviewDTO[]> {
  const db = await getDb();
  const rows = await db.select().from(interviews).where(eq(interviews.linkId, link.id)).orderBy(desc(interviews.startedAt));
  return rows.map((r) => {
    const problem = interviewProblem(r.problemId);
    return {
      id: r.id,
      kind: problem.kind,
      status: r.status,
      problem_id: r.problemId,
      problem_title: problem.title,
      language: r.language,
      started_at: r.startedAt.toISOString(),
      ended_at: r.endedAt?.toISOString() ?? null,
      duration_minutes: r.durationMinutes,
      hints_used: r.hintsUsed,
      current_score: r.currentScore,
      final_score: r.finalScore,
    };
  });
}

async function linkByToken(token: string): Promise<InterviewLink> {
  if (!TOKEN_RE.test(token)) throw notFound("Interview link not found");
  const db = await getDb();
  const [link] = await db.select().from(interviewLinks).where(eq(interviewLinks.token, token)).limit(1);
  if (!link) throw notFound("Interview link not found");
  return link;
}

/**
 * What the candidate sees on opening the link: who invites them and the rules. Never the
 * problem (not even its title), so a random link does not give away which one it draws.
 * Each view of a usable link counts as "opened".
 */
export async function inviteView(token: string): Promise<LinkInviteDTO> {
  const link = await linkByToken(token);
  requireUsable(link);
  const db = await getDb();
  await db
    .update(interviewLinks)
    .set({ openedCount: sql`${interviewLinks.openedCount} + 1`, firstOpenedAt: link.firstOpenedAt ?? new Date() })
    .where(eq(interviewLinks.id, link.id));
  const [team] = await db.select({ name: teams.name }).from(teams).where(eq(teams.id, link.teamId)).limit(1);
  const [inviter] = link.createdBy
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, link.createdBy)).limit(1)
    : [];
  const design = link.problemId !== null ? getSystemDesignProblem(link.problemId) : undefined;
  const fixed = link.problemId !== null ? getProblem(link.problemId) : undefined;
  return {
    inviter: inviter ? { name: inviter.name } : null,
    team: { name: team?.name ?? "" },
    kind: design ? "system_design" : "coding",
    rules: {
      duration_minutes: link.durationMinutes,
      languages: design ? [] : link.languages,
      hints_allowed: link.hintsAllowed,
      difficulty: design?.difficulty ?? fixed?.difficulty ?? link.difficulty,
    },
    note: link.note,
    expires_at: link.expiresAt.toISOString(),
  };
}

/** Takes one use of the link if it is still usable, atomically (two starts cannot both take the last use). */
async function claimUse(link: InterviewLink): Promise<void> {
  const db = await getDb();
  const now = new Date();
  const claimed = await db
    .update(interviewLinks)
    .set({ uses: sql`${interviewLinks.uses} + 1` })
    .where(
      and(
        eq(interviewLinks.id, link.id),
        isNull(interviewLinks.revokedAt),
        gt(interviewLinks.expiresAt, now),
        or(isNull(interviewLinks.maxUses), lt(interviewLinks.uses, interviewLinks.maxUses)),
      ),
    )
    .returning({ id: interviewLinks.id });
  if (claimed.length > 0) return;
  const [fresh] = await db.select().from(interviewLinks).where(eq(interviewLinks.id, link.id)).limit(1);
  const status = fresh ? linkStatus(fresh) : "revoked";
  throw goneError(status === "active" ? "used_up" : status, fresh ?? link);
}

async function releaseUse(linkId: string): Promise<void> {
  const db = await getDb();
  await db
    .update(interviewLinks)
    .set({ uses: sql`greatest(${interviewLinks.uses} - 1, 0)` })
    .where(eq(interviewLinks.id, linkId));
}

/**
 * Starts the candidate's interview: checks the link and the language, takes a use, signs in a
 * new guest (better-auth's anonymous sign-in, as POST /auth/guest) and creates the interview
 * with the link's problem, duration, languages and hint rule. The clock starts now.
 */
export async function startFromLink(req: Request, token: string, input: { language?: Language }): Promise<NextResponse> {
  const link = await linkByToken(token);
  requireUsable(link);

  const design = link.problemId !== null ? getSystemDesignProblem(link.problemId) : undefined;
  let language: Language | undefined;
  if (!design) {
    if (input.language !== undefined && !link.languages.includes(input.language)) {
      throw new HttpError(400, `language: this interview allows ${link.languages.join(", ")}; ${input.language} is not one of them`);
    }
    language = input.language ?? link.languages[0];
  }
  let problemId = link.problemId;
  if (problemId === null) {
    const pool = candidatesFor(link);
    if (pool.length === 0) throw new HttpError(409, "No problem matches this link any more; ask the team that sent it for a new one");
    problemId = pool[randomInt(pool.length)].id;
  }
  const problem = design ?? getProblem(problemId);
  if (!problem) throw new HttpError(409, "This link's problem is no longer available; ask the team that sent it for a new one");

  await claimUse(link);
  let guestId: string | undefined;
  try {
    const auth = await getAuth();
    // A fresh guest every time: whatever session the browser already has is not carried over.
    const headers = new Headers();
    for (const name of ["origin", "user-agent", "x-forwarded-for"]) {
      const value = req.headers.get(name);
      if (value) headers.set(name, value);
    }
    let result: { headers: Headers; response: { token: string; user: { id: string; name: string } } };
    try {
      result = await auth.api.signInAnonymous({ headers, returnHeaders: true });
    } catch (err) {
      authError(err);
    }
    guestId = result.response.user.id;
    const { token: accessToken } = await auth.api.getToken({
      headers: new Headers({ authorization: `Bearer ${result.response.token}` }),
    });
    const guest: CurrentUser = { id: guestId, name: result.response.user.name, email: null, isGuest: true };
    const created = await createInterview(
      guest,
      { problem_id: problem.id, difficulty: problem.difficulty, language },
      { link: { id: link.id, durationMinutes: link.durationMinutes, hintsAllowed: link.hintsAllowed, languages: link.languages } },
    );
    const body: z.infer<typeof LinkStartResponseSchema> = {
      access_token: accessToken,
      token_type: "bearer",
      interview_id: created.interview.id,
    };
    const res = NextResponse.json(body, { status: 201 });
    for (const cookie of result.headers.getSetCookie()) res.headers.append("set-cookie", cookie);
    return res;
  } catch (err) {
    // Nothing is left behind: the use is given back and the half-made guest removed.
    await releaseUse(link.id);
    if (guestId) {
      const db = await getDb();
      await db.delete(users).where(eq(users.id, guestId)).catch(() => {});
    }
    throw err;
  }
}
