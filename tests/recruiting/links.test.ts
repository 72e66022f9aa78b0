import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviewLinks, interviews, users } from "@/db/schema";
import { queueIdle } from "@/lib/queue";
import { getProblem } from "@/lib/problems";
import { guest } from "../helpers/api";
import { availableDbKinds, useFreshDb } from "../helpers/db";
import { api, inDays, memberOf, ownerWithTeam, register, sessionCookie } from "./helpers";

const kinds = await availableDbKinds();

function uiChatBody(text: string) {
  return { id: "chat", trigger: "submit-message", messages: [{ id: `msg-${Math.random().toString(36).slice(2)}`, role: "user", parts: [{ type: "text", text }] }] };
}

/** Rows that a refused start must not have created. */
async function rowCounts() {
  const db = await getDb();
  const [u] = await db.select({ n: count() }).from(users);
  const [i] = await db.select({ n: count() }).from(interviews);
  return { users: u.n, interviews: i.n };
}

describe.each(kinds)("interview links on %s", (kind) => {
  let close: () => Promise<void>;
  let owner: Awaited<ReturnType<typeof ownerWithTeam>>;
  beforeAll(async () => {
    close = await useFreshDb(kind);
    owner = await ownerWithTeam("Olivia", "Acme Hiring");
  });
  afterAll(async () => {
    await queueIdle();
    await close();
  });

  const create = (body: Record<string, unknown>, token = owner.token) => api("POST", "/links", { token, body });
  const twoSum = { problem_id: 1, languages: ["python", "go"], duration_minutes: 30, hints_allowed: true, expires_at: inDays(3), max_uses: 5, note: "Good luck!" };

  it("is for signed-in team members only", async () => {
    expect((await create(twoSum, "")).status).toBe(401);
    const g = await guest();
    expect((await create(twoSum, g.token)).status).toBe(403);
    const loner = await register("Lonely");
    const res = await create(twoSum, loner.token);
    expect(res.status).toBe(403);
    expect(res.body.error).toMatch(/not in a team/);
    expect((await api("GET", "/links", { token: loner.token })).status).toBe(403);
  });

  it("explains what is wrong with a link's settings (400)", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...twoSum, problem_id: 9999 }, /problem_id: no problem with id 9999/],
      [{ ...twoSum, languages: ["python", "rust"] }, /languages/],
      [{ ...twoSum, languages: [] }, /at least one language/],
      [{ ...twoSum, languages: ["go", "go"] }, /at most once/],
      [{ ...twoSum, duration_minutes: 2 }, /duration_minutes: at least 5/],
      [{ ...twoSum, duration_minutes: 600 }, /duration_minutes: at most 180/],
      [{ ...twoSum, expires_at: new Date(Date.now() - 60_000).toISOString() }, /expires_at: must be in the future/],
      [{ ...twoSum, expires_at: "tomorrow" }, /expires_at/],
      [{ ...twoSum, expires_at: inDays(400) }, /expires_at: at most a year/],
      [{ ...twoSum, max_uses: 0 }, /max_uses: at least 1/],
      [{ ...twoSum, problem_id: undefined }, /Choose a problem/],
      [{ ...twoSum, difficulty: "easy" }, /not both/],
      [{ ...twoSum, problem_id: undefined, difficulty: "easy", category: "Underwater Basket Weaving" }, /No coding problem matches/],
      [{ ...twoSum, note: "x".repeat(2001) }, /note/],
    ];
    for (const [body, message] of cases) {
      const res = await create(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error, JSON.stringify(body)).toMatch(message);
    }
    expect((await api("GET", "/links", { token: owner.token })).body.links).toEqual([]);
  });

  it("creates a link with an unguessable token and shows the candidate the invitation without the problem", async () => {
    const res = await create(twoSum);
    expect(res.status).toBe(201);
    expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 random bits
    expect(res.body.url).toBe(`http://localhost:3000/invite/${res.body.token}`);
    const other = await create(twoSum);
    expect(other.body.token).not.toBe(res.body.token);

    const invite = await api("GET", `/links/${res.body.token}/invite`);
    expect(invite.status).toBe(200);
    expect(invite.body).toEqual({
      inviter: { name: "Olivia" },
      team: { name: "Acme Hiring" },
      kind: "coding",
      rules: { duration_minutes: 30, languages: ["python", "go"], hints_allowed: true, difficulty: "easy" },
      note: "Good luck!",
      expires_at: expect.any(String),
    });
    expect(invite.text).not.toContain("Two Sum");
    expect(invite.text).not.toContain(res.body.id);
    expect((await api("GET", `/links/${"A".repeat(43)}/invite`)).status).toBe(404);
    expect((await api("GET", `/links/short/invite`)).status).toBe(404);
  });

  it("starts a guest interview with the link's problem, duration and languages; the clock starts at start", async () => {
    const link = await create({ ...twoSum, languages: ["go", "python"] });
    await api("GET", `/links/${link.body.token}/invite`);
    await new Promise((r) => setTimeout(r, 50));
    const before = Date.now();

    const wrong = await api("POST", `/links/${link.body.token}/start`, { body: { language: "java" } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatch(/allows go, python; java is not one of them/);

    const counts = await rowCounts();
    const res = await api("POST", `/links/${link.body.token}/start`, { body: {} });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ token_type: "bearer", interview_id: expect.any(String) });
    expect(res.body.access_token.split(".")).toHaveLength(3);
    expect(await rowCounts()).toEqual({ users: counts.users + 1, interviews: counts.interviews + 1 });

    const token = res.body.access_token;
    const me = await api("GET", "/auth/me", { token });
    expect(me.body.is_guest).toBe(true);
    // The session cookie works as well as the bearer token.
    expect((await api("GET", "/auth/me", { cookie: sessionCookie(res) })).body.id).toBe(me.body.id);

    const detail = await api("GET", `/interviews/${res.body.interview_id}`, { token });
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ problem_id: 1, duration_minutes: 30, language: "go", status: "in_progress" });
    expect(Date.parse(detail.body.started_at)).toBeGreaterThanOrEqual(before - 5);
    expect(detail.body.code_by_language.go).toBe(getProblem(1)!.starterCode.go);

    // Only the link's languages, for code and runs alike; no pausing the clock; no deleting the record.
    const put = await api("PUT", `/interviews/${res.body.interview_id}`, { token, body: { language: "java" } });
    expect(put.status).toBe(400);
    expect(put.body.error).toMatch(/java is not one of them/);
    expect((await api("PUT", `/interviews/${res.body.interview_id}`, { token, body: { language: "python" } })).status).toBe(200);
    const run = await api("POST", `/interviews/${res.body.interview_id}/code/execute`, { token, body: { code: "print(1)", language: "javascript" } });
    expect(run.status).toBe(400);
    expect(run.body.error).toMatch(/javascript is not one of them/);
    const pause = await api("PUT", `/interviews/${res.body.interview_id}`, { token, body: { status: "paused" } });
    expect(pause.status).toBe(409);
    expect(pause.body.error).toMatch(/cannot be paused/);
    expect((await api("DELETE", `/interviews/${res.body.interview_id}`, { token })).status).toBe(409);
  });

  it("refuses hints when the link turns them off, and counts them when it allows them", async () => {
    const off = await create({ ...twoSum, hints_allowed: false });
    const invite = await api("GET", `/links/${off.body.token}/invite`);
    expect(invite.body.rules.hints_allowed).toBe(false);
    const started = await api("POST", `/links/${off.body.token}/start`, { body: { language: "python" } });
    const { access_token: token, interview_id: id } = started.body;
    const hint = await api("POST", `/interviews/${id}/chat`, { token, body: uiChatBody("I'm stuck, can I get a hint?") });
    expect(hint.status).toBe(403);
    expect(hint.body.error).toMatch(/Hints are turned off/);
    expect((await api("GET", `/interviews/${id}`, { token })).body.hints_used).toBe(0);

    const on = await create(twoSum);
    const s2 = await api("POST", `/links/${on.body.token}/start`, { body: { language: "python" } });
    const ok = await api("POST", `/interviews/${s2.body.interview_id}/chat`, { token: s2.body.access_token, body: uiChatBody("I'm stuck, can I get a hint?") });
    expect(ok.status).toBe(200);
    expect((await api("GET", `/interviews/${s2.body.interview_id}`, { token: s2.body.access_token })).body.hints_used).toBe(1);
  });

  it("draws a random problem by difficulty without revealing which", async () => {
    const link = await create({ difficulty: "medium", languages: ["python"], duration_minutes: 20 });
    expect(link.status).toBe(201);
    const invite = await api("GET", `/links/${link.body.token}/invite`);
    expect(invite.body.rules.difficulty).toBe("medium");
    expect(invite.text).not.toMatch(/problem/i);
    const res = await api("POST", `/links/${link.body.token}/start`, { body: { language: "python" } });
    const detail = await api("GET", `/interviews/${res.body.interview_id}`, { token: res.body.access_token });
    expect(detail.body.difficulty).toBe("medium");
    expect(detail.body.duration_minutes).toBe(20);
    const listed = (await api("GET", "/links", { token: owner.token })).body.links.find((l: { id: string }) => l.id === link.body.id);
    expect(listed).toMatchObject({ problem: null, difficulty: "medium", status: "active" });
  });

  it("says 410 for an expired, used-up or revoked link and creates nothing", async () => {
    const db = await getDb();
    const expired = await create(twoSum);
    await db.update(interviewLinks).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(interviewLinks.id, expired.body.id));
    const usedUp = await create({ ...twoSum, max_uses: 1 });
    const first = await api("POST", `/links/${usedUp.body.token}/start`, { body: { language: "python" } });
    expect(first.status).toBe(201);
    const revoked = await create(twoSum);
    const del = await api("DELETE", `/links/${revoked.body.id}`, { token: owner.token });
    expect(del.status).toBe(200);
    expect(del.body).toMatchObject({ id: revoked.body.id, status: "revoked", revoked_at: expect.any(String) });
    expect((await api("DELETE", `/links/${revoked.body.id}`, { token: owner.token })).status).toBe(200);

    const before = await rowCounts();
    for (const [link, message] of [
      [expired, /expired/],
      [usedUp, /used as many times as allowed/],
      [revoked, /revoked/],
    ] as const) {
      const invite = await api("GET", `/links/${link.body.token}/invite`);
      expect(invite.status).toBe(410);
      expect(invite.body.error).toMatch(message);
      const start = await api("POST", `/links/${link.body.token}/start`, { body: { language: "python" } });
      expect(start.status).toBe(410);
      expect(start.body.error).toMatch(message);
      expect(start.headers.getSetCookie()).toEqual([]);
    }
    expect(await rowCounts()).toEqual(before);

    const listed = (await api("GET", "/links", { token: owner.token })).body.links;
    const status = (id: string) => listed.find((l: { id: string }) => l.id === id).status;
    expect([status(expired.body.id), status(usedUp.body.id), status(revoked.body.id)]).toEqual(["expired", "used_up", "revoked"]);
  });

  it("lets two candidates race for the last use: exactly one starts", async () => {
    const link = await create({ ...twoSum, max_uses: 1 });
    const results = await Promise.all([1, 2, 3].map(() => api("POST", `/links/${link.body.token}/start`, { body: { language: "python" } })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 410, 410]);
    const started = (await api("GET", `/links/${link.body.id}/interviews`, { token: owner.token })).body.interviews;
    expect(started).toHaveLength(1);
  });

  it("counts opened, started and finished, and lists the interviews started from a link", async () => {
    const member = await memberOf(owner, "Mia");
    const link = await create({ ...twoSum, max_uses: null }, member.token);
    for (let i = 0; i < 3; i++) await api("GET", `/links/${link.body.token}/invite`);
    const a = await api("POST", `/links/${link.body.token}/start`, { body: { language: "python" } });
    const b = await api("POST", `/links/${link.body.token}/start`, { body: { language: "go" } });
    const ended = await api("PUT", `/interviews/${a.body.interview_id}`, { token: a.body.access_token, body: { status: "completed" } });
    expect(ended.status).toBe(200);

    const listed = (await api("GET", "/links", { token: owner.token })).body.links.find((l: { id: string }) => l.id === link.body.id);
    expect(listed).toMatchObject({
      token: link.body.token,
      url: link.body.url,
      status: "active",
      problem: { id: 1, title: "Two Sum", kind: "coding" },
      languages: ["python", "go"],
      duration_minutes: 30,
      hints_allowed: true,
      note: "Good luck!",
      max_uses: null,
      created_by: { id: member.id, name: "Mia" },
      counts: { opened: 3, started: 2, finished: 1 },
    });

    const res = await api("GET", `/links/${link.body.id}/interviews`, { token: member.token });
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(res.body.interviews.map((i: { id: string }) => [i.id, i]));
    expect(byId[a.body.interview_id]).toMatchObject({ status: "completed", problem_title: "Two Sum", language: "python", final_score: expect.any(Number), ended_at: expect.any(String) });
    expect(byId[b.body.interview_id]).toMatchObject({ status: "in_progress", language: "go", final_score: null, ended_at: null });
  });

  it("hides a team's links and their interviews from another team (404)", async () => {
    const link = await create(twoSum);
    await api("POST", `/links/${link.body.token}/start`, { body: { language: "python" } });
    const rival = await ownerWithTeam("Rex");
    expect((await api("GET", "/links", { token: rival.token })).body.links).toEqual([]);
    expect((await api("GET", `/links/${link.body.id}/interviews`, { token: rival.token })).status).toBe(404);
    expect((await api("DELETE", `/links/${link.body.id}`, { token: rival.token })).status).toBe(404);
    expect((await api("DELETE", `/links/not-a-uuid`, { token: rival.token })).status).toBe(404);
    // Still usable: the rival's attempt changed nothing.
    expect((await api("GET", `/links/${link.body.token}/invite`)).status).toBe(200);
  });
});
