import crypto from "node:crypto";
import { and, asc, count, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { teamInvites, teamMembers, teams, users, type Team, type TeamRole } from "@/db/schema";
import { HttpError, notFound } from "@/lib/api/http";
import type { z } from "zod";
import type { MyTeamResponseSchema, TeamMemberSchema, TeamInviteResponseSchema } from "@/lib/api/schemas";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "./audit";

/** How long a team invitation can be accepted. */
export const INVITE_TTL_DAYS = 7;

/** 256 random bits, URL-safe: link and invite tokens. */
export const newToken = () => crypto.randomBytes(32).toString("base64url");
export const sha256 = (text: string) => crypto.createHash("sha256").update(text).digest("hex");

export interface Membership {
  team: Team;
  role: TeamRole;
}

/** The caller's team and role, or null (a user is in at most one team). */
export async function membershipOf(userId: string): Promise<Membership | null> {
  const db = await getDb();
  const [row] = await db
    .select({ team: teams, role: teamMembers.role })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(eq(teamMembers.userId, userId))
    .limit(1);
  return row ?? null;
}

/** Recruiting needs an account: guests (candidates) cannot create or join teams. */
export async function requireAccount(req: Request): Promise<CurrentUser> {
  const user = await requireUser(req);
  if (user.isGuest) throw new HttpError(403, "Recruiting needs an account: register or sign in with email and password");
  return user;
}

/** A signed-in team member (any role) and their team. */
export async function requireRecruiter(req: Request): Promise<{ user: CurrentUser } & Membership> {
  const user = await requireAccount(req);
  const membership = await membershipOf(user.id);
  if (!membership) throw new HttpError(403, "You are not in a team: create one (POST /teams) or accept an invitation");
  return { user, ...membership };
}

/**
 * The caller's membership of the team in the path. Another team (or none) is a 404, like an
 * unknown id; a member where an owner is needed is a 403.
 */
export async function requireTeamRole(req: Request, teamId: string, need: TeamRole | "any"): Promise<{ user: CurrentUser } & Membership> {
  const user = await requireAccount(req);
  const membership = await membershipOf(user.id);
  if (!membership || membership.team.id !== teamId) throw notFound("Team not found");
  if (need === "owner" && membership.role !== "owner") throw new HttpError(403, "Only the team's owners can do this");
  return { user, ...membership };
}

export const teamDTO = (t: Team) => ({ id: t.id, name: t.name, created_at: t.createdAt.toISOString() });

export async function createTeam(user: CurrentUser, name: string): Promise<Membership> {
  if (await membershipOf(user.id)) throw new HttpError(409, "You are already in a team; a user belongs to one team at most");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [team] = await tx.insert(teams).values({ name, createdBy: user.id }).returning();
    // The primary key on user_id settles a race between two creations by the same user.
    await tx.insert(teamMembers).values({ teamId: team.id, userId: user.id, role: "owner" });
    await recordAudit({ teamId: team.id, actor: user, action: "team.create", target: { type: "team", id: team.id }, details: { name } }, tx);
    return { team, role: "owner" as const };
  });
}

export async function listMembers(teamId: string): Promise<z.infer<typeof TeamMemberSchema>[]> {
  const db = await getDb();
  const rows = await db
    .select({ userId: teamMembers.userId, role: teamMembers.role, joinedAt: teamMembers.createdAt, name: users.name, email: users.email })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(eq(teamMembers.teamId, teamId))
    .orderBy(asc(teamMembers.createdAt));
  return rows.map((r) => ({ user_id: r.userId, name: r.name, email: r.email, role: r.role, joined_at: r.joinedAt.toISOString() }));
}

export async function myTeam(user: CurrentUser): Promise<z.infer<typeof MyTeamResponseSchema>> {
  const membership = await membershipOf(user.id);
  if (!membership) return { team: null, role: null, members: [] };
  return { team: teamDTO(membership.team), role: membership.role, members: await listMembers(membership.team.id) };
}

export async function inviteToTeam(
  owner: CurrentUser,
  team: Team,
  input: { email: string; role: TeamRole },
): Promise<z.infer<typeof TeamInviteResponseSchema>> {
  const db = await getDb();
  const [existing] = await db
    .select({ userId: teamMembers.userId })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(and(eq(teamMembers.teamId, team.id), eq(users.email, input.email)))
    .limit(1);
  if (existing) throw new HttpError(409, `${input.email} is already in this team`);
  const token = newToken();
  const expiresAt = new Date(Date.now() + INVITE_TTL_DAYS * 24 * 3600_000);
  return db.transaction(async (tx) => {
    const [invite] = await tx
      .insert(teamInvites)
      .values({ teamId: team.id, email: input.email, role: input.role, tokenHash: sha256(token), invitedBy: owner.id, expiresAt })
      .returning();
    await recordAudit(
      { teamId: team.id, actor: owner, action: "team.invite", target: { type: "team_invite", id: invite.id }, details: { email: input.email, role: input.role } },
      tx,
    );
    return { id: invite.id, token, email: invite.email, role: invite.role, expires_at: expiresAt.toISOString() };
  });
}

/**
 * Joins the team of an invitation. The invitation is for one email address: the signed-in
 * account must have it. Used, expired or unknown invitations are refused.
 */
export async function acceptInvite(user: CurrentUser, token: string): Promise<Membership> {
  const db = await getDb();
  const [invite] = await db.select().from(teamInvites).where(eq(teamInvites.tokenHash, sha256(token))).limit(1);
  if (!invite) throw notFound("Invitation not found");
  if (invite.acceptedAt) throw new HttpError(410, "This invitation has already been used");
  if (invite.expiresAt.getTime() <= Date.now()) throw new HttpError(410, "This invitation has expired; ask the team's owner for a new one");
  if (!user.email || user.email.toLowerCase() !== invite.email.toLowerCase()) {
    throw new HttpError(403, "This invitation is for another email address; sign in with the invited account");
  }
  if (await membershipOf(user.id)) throw new HttpError(409, "You are already in a team; a user belongs to one team at most");
  return db.transaction(async (tx) => {
    const claimed = await tx
      .update(teamInvites)
      .set({ acceptedAt: new Date(), acceptedBy: user.id })
      .where(and(eq(teamInvites.id, invite.id), isNull(teamInvites.acceptedAt), gt(teamInvites.expiresAt, new Date())))
      .returning({ id: teamInvites.id });
    if (claimed.length === 0) throw new HttpError(410, "This invitation has already been used");
    await tx.insert(teamMembers).values({ teamId: invite.teamId, userId: user.id, role: invite.role });
    await recordAudit(
      { teamId: invite.teamId, actor: user, action: "team.invite_accept", target: { type: "team_invite", id: invite.id }, details: { role: invite.role } },
      tx,
    );
    const [team] = await tx.select().from(teams).where(eq(teams.id, invite.teamId)).limit(1);
    return { team, role: invite.role };
  });
}

/** An owner changes a member's role; the team always keeps at least one owner. */
export async function changeRole(owner: CurrentUser, teamId: string, userId: string, role: TeamRole) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [member] = await tx
      .select()
      .from(teamMembers)
      .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)))
      .limit(1);
    if (!member) throw notFound("Member not found");
    if (member.role !== role) {
      if (member.role === "owner") {
        const [owners] = await tx.select({ n: count() }).from(teamMembers).where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.role, "owner")));
        if ((owners?.n ?? 0) <= 1) throw new HttpError(409, "A team needs at least one owner; make someone else an owner first");
      }
      await tx.update(teamMembers).set({ role }).where(eq(teamMembers.userId, userId));
      await recordAudit(
        { teamId, actor: owner, action: "team.role_change", target: { type: "team_member", id: userId }, details: { from: member.role, to: role } },
        tx,
      );
    }
  });
}

/**
 * Takes a member out of the team: an owner removes anyone, a member only themself (leaving).
 * The last owner cannot go; the links and audit entries they made stay with the team.
 */
export async function removeMember(actor: CurrentUser & { role: TeamRole }, teamId: string, userId: string) {
  if (actor.role !== "owner" && actor.id !== userId) throw new HttpError(403, "Only the team's owners can remove other members");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [member] = await tx
      .select()
      .from(teamMembers)
      .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)))
      .limit(1);
    if (!member) throw notFound("Member not found");
    if (member.role === "owner") {
      const [owners] = await tx.select({ n: count() }).from(teamMembers).where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.role, "owner")));
      if ((owners?.n ?? 0) <= 1) throw new HttpError(409, "A team needs at least one owner; make someone else an owner first");
    }
    await tx.delete(teamMembers).where(eq(teamMembers.userId, userId));
    await recordAudit(
      { teamId, actor, action: "team.member_remove", target: { type: "team_member", id: userId }, details: { role: member.role, left: actor.id === userId } },
      tx,
    );
  });
}
