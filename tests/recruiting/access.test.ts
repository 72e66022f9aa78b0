import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { queueIdle } from "@/lib/queue";
import { ROOM_SECRET_HEADER } from "@/lib/room/token";
import { guest } from "../helpers/api";
import { availableDbKinds, useFreshDb } from "../helpers/db";
import { api, inDays, memberOf, ownerWithTeam, register } from "./helpers";

const kinds = await availableDbKinds();

describe.each(kinds)("who may read an interview, on %s", (kind) => {
  let close: () => Promise<void>;
  let owner: Awaited<ReturnType<typeof ownerWithTeam>>;
  let member: Awaited<ReturnType<typeof memberOf>>;
  let rival: Awaited<ReturnType<typeof ownerWithTeam>>;
  let linkToken: string;
  let candA: { token: string; id: string };
  let candB: { token: string; id: string };

  beforeAll(async () => {
    close = await useFreshDb(kind);
    owner = await ownerWithTeam("Olivia");
    member = await memberOf(owner, "Mia");
    rival = await ownerWithTeam("Rex");
    const link = await api("POST", "/links", {
      token: member.token,
      body: { problem_id: 1, languages: ["python"], duration_minutes: 30, hints_allowed: false, expires_at: inDays(2) },
    });
    linkToken = link.body.token;
    const start = async () => {
      const res = await api("POST", `/links/${linkToken}/start`, { body: {} });
      return { token: res.body.access_token as string, id: res.body.interview_id as string };
    };
    candA = await start();
    candB = await start();
  });
  afterAll(async () => {
    await queueIdle();
    await close();
  });

  it("lets every member of the link's team read its interviews, read-only", async () => {
    for (const recruiter of [owner, member]) {
      const detail = await api("GET", `/interviews/${candA.id}`, { token: recruiter.token });
      expect(detail.status).toBe(200);
      expect(detail.body).toMatchObject({ id: candA.id, problem_id: 1, language: "python" });
      expect((await api("GET", `/interviews/${candA.id}/metrics`, { token: recruiter.token })).status).toBe(200);
    }
    const t = { token: owner.token };
    // Nothing that changes the interview or speaks for the candidate.
    expect((await api("PUT", `/interviews/${candA.id}`, { ...t, body: { notes: "hi" } })).status).toBe(404);
    expect((await api("PUT", `/interviews/${candA.id}`, { ...t, body: { status: "completed" } })).status).toBe(404);
    expect((await api("DELETE", `/interviews/${candA.id}`, t)).status).toBe(404);
    expect((await api("POST", `/interviews/${candA.id}/code/execute`, { ...t, body: { code: "print(1)", language: "python" } })).status).toBe(404);
    expect((await api("POST", `/interviews/${candA.id}/code/submit`, { ...t, body: { code: "print(1)", language: "python" } })).status).toBe(404);
    // The room token it gets is an observer's (read-only), never the candidate's.
    const room = await api("GET", `/interviews/${candA.id}/room`, t);
    expect(room.status).toBe(200);
    expect(JSON.parse(Buffer.from(room.body.token.split(".")[1], "base64url").toString())).toMatchObject({ role: "observer", sub: owner.id });
    const chat = await api("POST", `/interviews/${candA.id}/chat`, {
      ...t,
      body: { id: "chat", messages: [{ id: "m1", role: "user", parts: [{ type: "text", text: "hello" }] }] },
    });
    expect(chat.status).toBe(404);
    // The recruiter's own interview list is theirs alone.
    expect((await api("GET", "/interviews", t)).body.interviews).toEqual([]);
    // The candidate still owns it: the attempts above changed nothing.
    const mine = await api("GET", `/interviews/${candA.id}`, { token: candA.token });
    expect(mine.body).toMatchObject({ status: "in_progress", notes: "" });
  });

  it("never shows another team the link's interviews", async () => {
    expect((await api("GET", `/interviews/${candA.id}`, { token: rival.token })).status).toBe(404);
    expect((await api("GET", `/interviews/${candA.id}/metrics`, { token: rival.token })).status).toBe(404);
    const noTeam = await register("Nobody");
    expect((await api("GET", `/interviews/${candA.id}`, { token: noTeam.token })).status).toBe(404);
  });

  it("keeps a candidate's own practice private from recruiters, even the link's team", async () => {
    // The link's guest practises on their own, and so does a candidate with an account.
    const practice = await api("POST", "/interviews", { token: candA.token, body: { problem_id: 1, difficulty: "easy", language: "python" } });
    expect(practice.status).toBe(201);
    const carol = await register("Carol");
    const own = await api("POST", "/interviews", { token: carol.token, body: { problem_id: 1, difficulty: "easy", language: "java" } });
    for (const id of [practice.body.interview_id, own.body.interview_id]) {
      for (const recruiter of [owner, member, rival]) {
        expect((await api("GET", `/interviews/${id}`, { token: recruiter.token })).status).toBe(404);
        expect((await api("GET", `/interviews/${id}/metrics`, { token: recruiter.token })).status).toBe(404);
      }
    }
    // Their owners still read them.
    expect((await api("GET", `/interviews/${practice.body.interview_id}`, { token: candA.token })).status).toBe(200);
    expect((await api("GET", `/interviews/${own.body.interview_id}`, { token: carol.token })).status).toBe(200);
    // A recruiter's own practice stays theirs too.
    const ownerPractice = await api("POST", "/interviews", { token: owner.token, body: { problem_id: 1, difficulty: "easy", language: "python" } });
    expect((await api("GET", `/interviews/${ownerPractice.body.interview_id}`, { token: owner.token })).status).toBe(200);
    expect((await api("GET", `/interviews/${ownerPractice.body.interview_id}`, { token: member.token })).status).toBe(404);
  });

  it("never lets one candidate read another's interview, from the same link or not", async () => {
    expect((await api("GET", `/interviews/${candB.id}`, { token: candA.token })).status).toBe(404);
    expect((await api("GET", `/interviews/${candA.id}`, { token: candB.token })).status).toBe(404);
    expect((await api("GET", `/interviews/${candA.id}/metrics`, { token: candB.token })).status).toBe(404);
    expect((await api("PUT", `/interviews/${candA.id}`, { token: candB.token, body: { notes: "x" } })).status).toBe(404);
    const stranger = await guest();
    expect((await api("GET", `/interviews/${candA.id}`, { token: stranger.token })).status).toBe(404);
    // Nor list it: each candidate's list has their own interview only.
    const list = await api("GET", "/interviews", { token: candB.token });
    expect(list.body.interviews.map((i: { id: string }) => i.id)).toEqual([candB.id]);
  });

  it("refuses the hint button too when the link turns hints off", async () => {
    const res = await api("POST", "/internal/room-events", {
      headers: { [ROOM_SECRET_HEADER]: env().ROOM_SECRET },
      body: { interview_id: candB.id, user: { user_id: (await api("GET", "/auth/me", { token: candB.token })).body.id, role: "candidate" }, event: { type: "request_hint" } },
    });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatch(/Hints are turned off/);
    expect((await api("GET", `/interviews/${candB.id}`, { token: candB.token })).body.hints_used).toBe(0);
  });

  it("works the same for a system-design link: the team reads the whiteboard, audited; others do not", async () => {
    const link = await api("POST", "/links", { token: owner.token, body: { problem_id: 46, duration_minutes: 60, expires_at: inDays(1) } });
    expect(link.status).toBe(201);
    const invite = await api("GET", `/links/${link.body.token}/invite`);
    expect(invite.body).toMatchObject({ kind: "system_design", rules: { languages: [], duration_minutes: 60 } });
    expect(invite.text).not.toMatch(/shortener/i);
    // A language means nothing to a whiteboard interview: it is ignored, not refused.
    const cand = await api("POST", `/links/${link.body.token}/start`, { body: { language: "go" } });
    expect(cand.status).toBe(201);
    const detail = await api("GET", `/interviews/${cand.body.interview_id}`, { token: member.token });
    expect(detail.body).toMatchObject({ kind: "system_design", language: null, duration_minutes: 60 });
    expect((await api("GET", `/interviews/${cand.body.interview_id}/whiteboard`, { token: member.token })).status).toBe(200);
    expect((await api("GET", `/interviews/${cand.body.interview_id}/whiteboard`, { token: rival.token })).status).toBe(404);
    expect((await api("PUT", `/interviews/${cand.body.interview_id}/whiteboard`, { token: member.token, body: { elements: [] } })).status).toBe(404);
    const audit = await api("GET", "/audit", { token: owner.token });
    expect(audit.body.entries[0]).toMatchObject({ action: "interview.whiteboard_view", actor: { name: "Mia" }, target: { id: cand.body.interview_id } });
  });
});
