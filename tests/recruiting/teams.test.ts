import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queueIdle } from "@/lib/queue";
import { guest } from "../helpers/api";
import { availableDbKinds, useFreshDb } from "../helpers/db";
import { api, memberOf, ownerWithTeam, register } from "./helpers";

const kinds = await availableDbKinds();

describe.each(kinds)("teams on %s", (kind) => {
  let close: () => Promise<void>;
  beforeAll(async () => {
    close = await useFreshDb(kind);
  });
  afterAll(async () => {
    await queueIdle();
    await close();
  });

  it("needs an account: signed out is 401, a guest is 403", async () => {
    expect((await api("POST", "/teams", { body: { name: "Acme" } })).status).toBe(401);
    const { token } = await guest();
    const res = await api("POST", "/teams", { token, body: { name: "Acme" } });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatch(/account/);
    expect((await api("GET", "/teams/me", { token })).status).toBe(403);
  });

  it("creates a team with its creator as owner, once per user", async () => {
    const ada = await register("Ada");
    const none = await api("GET", "/teams/me", { token: ada.token });
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ team: null, role: null, members: [] });

    const empty = await api("POST", "/teams", { token: ada.token, body: { name: "   " } });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatch(/name/);

    const res = await api("POST", "/teams", { token: ada.token, body: { name: "Acme Hiring" } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ team: { name: "Acme Hiring" }, role: "owner" });
    const me = await api("GET", "/teams/me", { token: ada.token });
    expect(me.body.team.id).toBe(res.body.team.id);
    expect(me.body.role).toBe("owner");
    expect(me.body.members).toEqual([expect.objectContaining({ user_id: ada.id, name: "Ada", email: ada.email, role: "owner" })]);

    const again = await api("POST", "/teams", { token: ada.token, body: { name: "Second" } });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatch(/one team/);
  });

  it("lets only owners invite; an invitation is for one email and is used once", async () => {
    const owner = await ownerWithTeam("Olivia");
    const bob = await register("Bob");
    const mallory = await register("Mallory");

    const badEmail = await api("POST", `/teams/${owner.teamId}/invites`, { token: owner.token, body: { email: "not-an-email" } });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.error).toMatch(/email/);
    const badRole = await api("POST", `/teams/${owner.teamId}/invites`, { token: owner.token, body: { email: bob.email, role: "admin" } });
    expect(badRole.status).toBe(400);

    const invite = await api("POST", `/teams/${owner.teamId}/invites`, { token: owner.token, body: { email: bob.email.toUpperCase() } });
    expect(invite.status).toBe(201);
    expect(invite.body).toMatchObject({ email: bob.email, role: "member" });
    expect(invite.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // Someone else cannot use Bob's invitation, nor can a guest.
    const stolen = await api("POST", `/teams/invites/${invite.body.token}/accept`, { token: mallory.token });
    expect(stolen.status).toBe(403);
    expect(stolen.body.error).toMatch(/another email/);
    expect((await api("POST", `/teams/invites/${invite.body.token}/accept`, { token: (await guest()).token })).status).toBe(403);
    expect((await api("POST", `/teams/invites/${invite.body.token}/accept`)).status).toBe(401);
    expect((await api("POST", `/teams/invites/${"x".repeat(43)}/accept`, { token: bob.token })).status).toBe(404);

    const accepted = await api("POST", `/teams/invites/${invite.body.token}/accept`, { token: bob.token });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ team: { id: owner.teamId }, role: "member" });
    const reused = await api("POST", `/teams/invites/${invite.body.token}/accept`, { token: bob.token });
    expect(reused.status).toBe(410);
    expect(reused.body.error).toMatch(/already been used/);

    // A member cannot invite; neither can another team's owner, to whom this team does not exist.
    const byMember = await api("POST", `/teams/${owner.teamId}/invites`, { token: bob.token, body: { email: mallory.email } });
    expect(byMember.status).toBe(403);
    expect(byMember.body.error).toMatch(/owners/);
    const other = await ownerWithTeam("Oscar");
    expect((await api("POST", `/teams/${owner.teamId}/invites`, { token: other.token, body: { email: mallory.email } })).status).toBe(404);
    expect((await api("POST", `/teams/${owner.teamId}/invites`, { token: owner.token, body: { email: bob.email } })).status).toBe(409);

    // A user in a team cannot join a second one.
    const toOther = await api("POST", `/teams/${other.teamId}/invites`, { token: other.token, body: { email: bob.email } });
    const second = await api("POST", `/teams/invites/${toOther.body.token}/accept`, { token: bob.token });
    expect(second.status).toBe(409);
  });

  it("lists members to members only and lets owners change roles, keeping one owner", async () => {
    const owner = await ownerWithTeam("Priya");
    const member = await memberOf(owner, "Quinn");
    const outsider = await ownerWithTeam("Rita");

    const list = await api("GET", `/teams/${owner.teamId}/members`, { token: member.token });
    expect(list.status).toBe(200);
    expect(list.body.members.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([
      ["Priya", "owner"],
      ["Quinn", "member"],
    ]);
    expect((await api("GET", `/teams/${owner.teamId}/members`, { token: outsider.token })).status).toBe(404);
    expect((await api("GET", `/teams/not-a-uuid/members`, { token: owner.token })).status).toBe(404);

    const byMember = await api("PATCH", `/teams/${owner.teamId}/members/${owner.id}`, { token: member.token, body: { role: "member" } });
    expect(byMember.status).toBe(403);
    const lastOwner = await api("PATCH", `/teams/${owner.teamId}/members/${owner.id}`, { token: owner.token, body: { role: "member" } });
    expect(lastOwner.status).toBe(409);
    expect(lastOwner.body.error).toMatch(/at least one owner/);
    expect((await api("PATCH", `/teams/${owner.teamId}/members/${outsider.id}`, { token: owner.token, body: { role: "owner" } })).status).toBe(404);
    expect((await api("PATCH", `/teams/${owner.teamId}/members/${member.id}`, { token: owner.token, body: { role: "boss" } })).status).toBe(400);

    const promoted = await api("PATCH", `/teams/${owner.teamId}/members/${member.id}`, { token: owner.token, body: { role: "owner" } });
    expect(promoted.status).toBe(200);
    expect(promoted.body.members.find((m: { user_id: string }) => m.user_id === member.id).role).toBe("owner");
    // With a second owner, the first may step down; then they can no longer invite.
    const down = await api("PATCH", `/teams/${owner.teamId}/members/${owner.id}`, { token: owner.token, body: { role: "member" } });
    expect(down.status).toBe(200);
    expect((await api("GET", "/teams/me", { token: owner.token })).body.role).toBe("member");
    expect((await api("POST", `/teams/${owner.teamId}/invites`, { token: owner.token, body: { email: "x@example.com" } })).status).toBe(403);
  });

  it("lets an owner remove a member and a member leave, then join another team", async () => {
    const owner = await ownerWithTeam("Sam");
    const a = await memberOf(owner, "Tess");
    const b = await memberOf(owner, "Uma");
    expect((await api("DELETE", `/teams/${owner.teamId}/members/${b.id}`, { token: a.token })).status).toBe(403);
    const last = await api("DELETE", `/teams/${owner.teamId}/members/${owner.id}`, { token: owner.token });
    expect(last.status).toBe(409);
    const removed = await api("DELETE", `/teams/${owner.teamId}/members/${b.id}`, { token: owner.token });
    expect(removed.status).toBe(200);
    expect(removed.body.members.map((m: { name: string }) => m.name)).toEqual(["Sam", "Tess"]);
    expect((await api("GET", "/teams/me", { token: b.token })).body.team).toBeNull();
    const left = await api("DELETE", `/teams/${owner.teamId}/members/${a.id}`, { token: a.token });
    expect(left.status).toBe(200);
    // Out of the team means out of its links too.
    expect((await api("GET", "/links", { token: a.token })).status).toBe(403);
    const other = await ownerWithTeam("Vic");
    const invite = await api("POST", `/teams/${other.teamId}/invites`, { token: other.token, body: { email: a.email } });
    expect((await api("POST", `/teams/invites/${invite.body.token}/accept`, { token: a.token })).status).toBe(200);
  });
});
