import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queueIdle } from "@/lib/queue";
import { guest } from "../helpers/api";
import { availableDbKinds, useFreshDb } from "../helpers/db";
import { api, inDays, ownerWithTeam, register } from "./helpers";

const kinds = await availableDbKinds();

interface Entry {
  id: string;
  actor: { id: string | null; name: string; email: string | null };
  action: string;
  target: { type: string; id: string | null };
  details: Record<string, unknown>;
  at: string;
}

describe.each(kinds)("audit log on %s", (kind) => {
  let close: () => Promise<void>;
  beforeAll(async () => {
    close = await useFreshDb(kind);
  });
  afterAll(async () => {
    await queueIdle();
    await close();
  });

  it("records every recruiter action and shows it to the team's owners only", async () => {
    const started = Date.now();
    const owner = await ownerWithTeam("Olivia", "Acme");
    const mia = await register("Mia");
    const invite = await api("POST", `/teams/${owner.teamId}/invites`, { token: owner.token, body: { email: mia.email } });
    await api("POST", `/teams/invites/${invite.body.token}/accept`, { token: mia.token });
    await api("PATCH", `/teams/${owner.teamId}/members/${mia.id}`, { token: owner.token, body: { role: "owner" } });
    await api("PATCH", `/teams/${owner.teamId}/members/${mia.id}`, { token: owner.token, body: { role: "member" } });
    const link = await api("POST", "/links", { token: mia.token, body: { problem_id: 1, languages: ["python"], expires_at: inDays(1), max_uses: 3 } });
    const cand = await api("POST", `/links/${link.body.token}/start`, { body: {} });
    await api("GET", `/interviews/${cand.body.interview_id}`, { token: mia.token });
    await api("GET", `/interviews/${cand.body.interview_id}/metrics`, { token: owner.token });
    await api("DELETE", `/links/${link.body.id}`, { token: owner.token });
    // Refused or candidate-side actions are not recruiter actions.
    await api("GET", `/interviews/${cand.body.interview_id}`, { token: cand.body.access_token });
    await api("POST", "/links", { token: mia.token, body: { problem_id: 9999 } });

    const res = await api("GET", "/audit", { token: owner.token });
    expect(res.status).toBe(200);
    const entries: Entry[] = res.body.entries;
    const oldestFirst = [...entries].reverse();
    expect(oldestFirst.map((e) => [e.action, e.actor.name])).toEqual([
      ["team.create", "Olivia"],
      ["team.invite", "Olivia"],
      ["team.invite_accept", "Mia"],
      ["team.role_change", "Olivia"],
      ["team.role_change", "Olivia"],
      ["link.create", "Mia"],
      ["interview.view", "Mia"],
      ["interview.metrics_view", "Olivia"],
      ["link.revoke", "Olivia"],
    ]);
    const find = (action: string) => oldestFirst.find((e) => e.action === action)!;
    expect(find("team.create")).toMatchObject({ actor: { id: owner.id, email: owner.email }, target: { type: "team", id: owner.teamId }, details: { name: "Acme" } });
    expect(find("team.invite")).toMatchObject({ target: { type: "team_invite", id: invite.body.id }, details: { email: mia.email, role: "member" } });
    expect(find("team.role_change")).toMatchObject({ target: { type: "team_member", id: mia.id }, details: { from: "member", to: "owner" } });
    expect(find("link.create")).toMatchObject({ actor: { id: mia.id }, target: { type: "link", id: link.body.id }, details: { problem_id: 1, languages: ["python"], max_uses: 3 } });
    expect(find("interview.view")).toMatchObject({ target: { type: "interview", id: cand.body.interview_id }, details: { link_id: link.body.id } });
    expect(find("link.revoke")).toMatchObject({ target: { type: "link", id: link.body.id }, details: { started: 1 } });
    for (const e of entries) {
      expect(Date.parse(e.at)).toBeGreaterThanOrEqual(started - 1000);
      expect(Date.parse(e.at)).toBeLessThanOrEqual(Date.now() + 1000);
    }
    // The link token is a secret of the team's links page, not of the log.
    expect(res.text).not.toContain(link.body.token);
    expect(res.text).not.toContain(invite.body.token);

    // Paging: newest first, `before` continues.
    const page = await api("GET", "/audit?limit=2", { token: owner.token });
    expect(page.body.entries.map((e: Entry) => e.action)).toEqual(["link.revoke", "interview.metrics_view"]);
    const next = await api("GET", `/audit?limit=2&before=${page.body.entries[1].id}`, { token: owner.token });
    expect(next.body.entries.map((e: Entry) => e.action)).toEqual(["interview.view", "link.create"]);
    expect((await api("GET", "/audit?limit=0", { token: owner.token })).status).toBe(400);
    expect((await api("GET", "/audit?before=yesterday", { token: owner.token })).status).toBe(400);
    // Another team's entry id as a cursor gives nothing of theirs.
    const rivalFirst = await ownerWithTeam("Rhea");
    const rivalEntry = (await api("GET", "/audit", { token: rivalFirst.token })).body.entries[0].id;
    expect((await api("GET", `/audit?before=${rivalEntry}`, { token: owner.token })).body.entries).toEqual([]);

    // Members, guests, the signed-out and other teams' owners do not see it.
    const forMember = await api("GET", "/audit", { token: mia.token });
    expect(forMember.status).toBe(403);
    expect(forMember.body.error).toMatch(/owners/);
    expect((await api("GET", "/audit", { token: (await guest()).token })).status).toBe(403);
    expect((await api("GET", "/audit")).status).toBe(401);
    const rival = await ownerWithTeam("Rex");
    const theirs = await api("GET", "/audit", { token: rival.token });
    expect(theirs.body.entries.map((e: Entry) => e.action)).toEqual(["team.create"]);
    expect(theirs.text).not.toContain(owner.teamId);
  });
});
