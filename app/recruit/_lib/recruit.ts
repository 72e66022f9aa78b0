import { z } from "zod";
import { ApiError } from "@/app/_lib/api";
import { fetchJson } from "@/app/interview/[id]/report/_lib/data";
import {
  AuditListResponseSchema,
  LinkCreateResponseSchema,
  LinkInterviewsResponseSchema,
  LinkInviteSchema,
  LinkListResponseSchema,
  LinkStartResponseSchema,
  MyTeamResponseSchema,
  TeamInviteAcceptResponseSchema,
  TeamInviteResponseSchema,
  TeamMembersResponseSchema,
  TeamSchema,
  TeamRoleSchema,
  type LinkDTO,
} from "@/lib/api/schemas";
import { ComparisonSchema } from "@/lib/recruiting/compare-schema";

/** The recruiting routes of /api/v1 as the recruiter and candidate pages call them; every answer is parsed with its zod contract. */

export type LinkCreateInput = {
  problem_id?: number;
  difficulty?: "easy" | "medium" | "hard";
  category?: string;
  languages: string[];
  duration_minutes: number;
  hints_allowed: boolean;
  expires_at: string;
  max_uses: number | null;
  note: string;
};

const enc = encodeURIComponent;

export const recruit = {
  myTeam: () => fetchJson("/teams/me", MyTeamResponseSchema),
  createTeam: (name: string) =>
    fetchJson("/teams", z.object({ team: TeamSchema, role: TeamRoleSchema }), { method: "POST", json: { name } }),
  invite: (teamId: string, body: { email: string; role: "owner" | "member" }) =>
    fetchJson(`/teams/${enc(teamId)}/invites`, TeamInviteResponseSchema, { method: "POST", json: body }),
  acceptInvite: (token: string) =>
    fetchJson(`/teams/invites/${enc(token)}/accept`, TeamInviteAcceptResponseSchema, { method: "POST" }),
  setRole: (teamId: string, userId: string, role: "owner" | "member") =>
    fetchJson(`/teams/${enc(teamId)}/members/${enc(userId)}`, TeamMembersResponseSchema, { method: "PATCH", json: { role } }),
  removeMember: (teamId: string, userId: string) =>
    fetchJson(`/teams/${enc(teamId)}/members/${enc(userId)}`, TeamMembersResponseSchema, { method: "DELETE" }),
  audit: (before?: string) =>
    fetchJson(`/audit?limit=50${before ? `&before=${enc(before)}` : ""}`, AuditListResponseSchema),

  links: () => fetchJson("/links", LinkListResponseSchema),
  createLink: (body: LinkCreateInput) => fetchJson("/links", LinkCreateResponseSchema, { method: "POST", json: body }),
  revokeLink: (id: string) =>
    fetchJson(`/links/${enc(id)}`, z.object({ id: z.string(), status: z.string(), revoked_at: z.string().nullable() }), { method: "DELETE" }),
  linkInterviews: (id: string) => fetchJson(`/links/${enc(id)}/interviews`, LinkInterviewsResponseSchema),
  compare: (id: string) => fetchJson(`/links/${enc(id)}/compare`, ComparisonSchema),

  invitation: (token: string) => fetchJson(`/links/${enc(token)}/invite`, LinkInviteSchema),
  start: (token: string, language?: string) =>
    fetchJson(`/links/${enc(token)}/start`, LinkStartResponseSchema, { method: "POST", json: language ? { language } : {} }),
};

export const isStatus = (err: unknown, status: number) => err instanceof ApiError && err.status === status;

export const LINK_STATUS: Record<LinkDTO["status"], { label: string; variant: "success" | "warning" | "muted" | "error" }> = {
  active: { label: "Active", variant: "success" },
  expired: { label: "Expired", variant: "warning" },
  used_up: { label: "Used up", variant: "muted" },
  revoked: { label: "Revoked", variant: "error" },
};

export const INTERVIEW_STATUS: Record<string, { label: string; variant: "success" | "default" | "warning" | "muted" }> = {
  completed: { label: "Finished", variant: "success" },
  in_progress: { label: "In progress", variant: "default" },
  paused: { label: "Paused", variant: "warning" },
  abandoned: { label: "Abandoned", variant: "muted" },
};
export const interviewStatus = (s: string) => INTERVIEW_STATUS[s] ?? { label: s.replace(/_/g, " "), variant: "muted" as const };

export const dateTime = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "—";

/** The link's problem in words: a fixed problem's title, or what a random one is drawn from. */
export function problemLabel(link: Pick<LinkDTO, "problem" | "difficulty" | "category">): string {
  if (link.problem) return link.problem.title;
  const parts = [link.difficulty, link.category].filter(Boolean).join(", ");
  return `Random problem${parts ? ` (${parts})` : ""}`;
}
