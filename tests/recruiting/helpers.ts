import path from "node:path";
import { api as sharedApi, sessionCookie, type ApiResponse, type CallOptions, type Handler } from "../helpers/api";

/** The recruiting routes, matched like the App Router would (links/[id] carries the id or the token). */
const ROUTES: [RegExp, string][] = [
  [/^\/teams$/, "teams"],
  [/^\/teams\/me$/, "teams/me"],
  [/^\/teams\/invites\/(?<token>[^/]+)\/accept$/, "teams/invites/[token]/accept"],
  [/^\/teams\/(?<id>[^/]+)\/members$/, "teams/[id]/members"],
  [/^\/teams\/(?<id>[^/]+)\/members\/(?<userId>[^/]+)$/, "teams/[id]/members/[userId]"],
  [/^\/teams\/(?<id>[^/]+)\/invites$/, "teams/[id]/invites"],
  [/^\/links$/, "links"],
  [/^\/links\/(?<id>[^/]+)$/, "links/[id]"],
  [/^\/links\/(?<id>[^/]+)\/interviews$/, "links/[id]/interviews"],
  [/^\/links\/(?<id>[^/]+)\/invite$/, "links/[id]/invite"],
  [/^\/links\/(?<id>[^/]+)\/start$/, "links/[id]/start"],
  [/^\/links\/(?<id>[^/]+)\/compare$/, "links/[id]/compare"],
  [/^\/interviews\/(?<id>[^/]+)\/report\.pdf$/, "interviews/[id]/report.pdf"],
  [/^\/audit$/, "audit"],
];

/** Calls a route handler of app/api/v1 with a real Request: the recruiting routes here, the rest through tests/helpers/api. */
export async function api<T = any>(method: string, url: string, opts: CallOptions = {}): Promise<ApiResponse<T>> {
  const [pathname, search = ""] = url.split("?");
  const match = ROUTES.map(([re, file]) => ({ m: pathname.match(re), file })).find((r) => r.m);
  if (!match?.m) return sharedApi<T>(method, url, opts);
  const mod = (await import(path.resolve(import.meta.dirname, "../../app/api/v1", match.file, "route.ts"))) as Record<string, Handler>;
  const handler = mod[method];
  if (!handler) return { status: 405, headers: new Headers(), body: null as T, text: "" };
  const headers = new Headers({ origin: "http://localhost:3000", ...opts.headers });
  if (opts.token) headers.set("authorization", `Bearer ${opts.token}`);
  if (opts.cookie) headers.set("cookie", opts.cookie);
  const body = opts.rawBody ?? (opts.body !== undefined ? JSON.stringify(opts.body) : undefined);
  if (body !== undefined) headers.set("content-type", "application/json");
  const req = new Request(`http://localhost:3000/api/v1${pathname}${search ? `?${search}` : ""}`, { method, headers, body });
  const res = await handler(req, { params: Promise.resolve({ ...(match.m.groups ?? {}) }) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {}
  return { status: res.status, headers: res.headers, body: parsed as T, text };
}

export interface Account {
  id: string;
  token: string;
  email: string;
  name: string;
}

let counter = 0;

/** Registers an email/password account. */
export async function register(name: string, email = `${name.toLowerCase()}-${++counter}-${Date.now()}@example.com`): Promise<Account> {
  const res = await api("POST", "/auth/register", { body: { email, password: "correct horse battery", name } });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${res.text}`);
  const me = await api("GET", "/auth/me", { token: res.body.access_token });
  return { id: me.body.id, token: res.body.access_token, email, name };
}

/** An owner with a new team. */
export async function ownerWithTeam(name: string, teamName = `${name}'s team`): Promise<Account & { teamId: string }> {
  const owner = await register(name);
  const res = await api("POST", "/teams", { token: owner.token, body: { name: teamName } });
  if (res.status !== 201) throw new Error(`team create failed: ${res.status} ${res.text}`);
  return { ...owner, teamId: res.body.team.id };
}

/** Invites a new account into the team and accepts. */
export async function memberOf(owner: { token: string; teamId: string }, name: string, role: "owner" | "member" = "member"): Promise<Account> {
  const member = await register(name);
  const invite = await api("POST", `/teams/${owner.teamId}/invites`, { token: owner.token, body: { email: member.email, role } });
  if (invite.status !== 201) throw new Error(`invite failed: ${invite.status} ${invite.text}`);
  const accepted = await api("POST", `/teams/invites/${invite.body.token}/accept`, { token: member.token });
  if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status} ${accepted.text}`);
  return member;
}

export const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600_000).toISOString();

export { sessionCookie };
