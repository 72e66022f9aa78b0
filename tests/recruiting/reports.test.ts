import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReportSchema, TimelineSchema } from "@/lib/api/schemas";
import { queueIdle } from "@/lib/queue";
import { ComparisonSchema } from "@/lib/recruiting/compare";
import { guest } from "../helpers/api";
import { useFreshDb } from "../helpers/db";
import { referenceSolution } from "../helpers/solutions";
import { api, inDays, memberOf, ownerWithTeam, register } from "./helpers";

/**
 * What a recruiter reads after the interview: the replay timeline, the report as a PDF and the
 * candidates of one link side by side, through the real routes on PGlite and the real sandbox.
 * Only the link's team reads them; every read is in the team's audit log.
 */
const TWO_SUM_OK = referenceSolution("two-sum");
const chat = (text: string) => ({ id: "chat", trigger: "submit-message", messages: [{ id: `m-${Math.random()}`, role: "user", parts: [{ type: "text", text }] }] });

describe("recruiters read the reports of their links", () => {
  let close: () => Promise<void>;
  let owner: Awaited<ReturnType<typeof ownerWithTeam>>;
  let member: Awaited<ReturnType<typeof memberOf>>;
  let rival: Awaited<ReturnType<typeof ownerWithTeam>>;
  let linkId: string;
  let rivalLinkId: string;
  /** Finished with the reference solution. */
  let strong: { id: string; token: string; score: number };
  /** Ended without writing anything. */
  let weak: { id: string; token: string; score: number };
  /** Still going. */
  let going: { id: string; token: string };

  async function start(token: string) {
    const res = await api("POST", `/links/${token}/start`, { body: { language: "python" } });
    expect(res.status).toBe(201);
    return { id: res.body.interview_id as string, token: res.body.access_token as string };
  }
  async function end(c: { id: string; token: string }) {
    const res = await api("PUT", `/interviews/${c.id}`, { token: c.token, body: { status: "completed" } });
    expect(res.status).toBe(200);
    return ReportSchema.parse(res.body.report).score;
  }

  beforeAll(async () => {
    close = await useFreshDb("pglite");
    owner = await ownerWithTeam("Olivia", "Acme Hiring");
    member = await memberOf(owner, "Mia");
    rival = await ownerWithTeam("Rex");
    const link = await api("POST", "/links", {
      token: member.token,
      body: { problem_id: 1, languages: ["python", "java"], duration_minutes: 30, expires_at: inDays(3), note: "Take your time." },
    });
    expect(link.status).toBe(201);
    linkId = link.body.id;
    const rivalLink = await api("POST", "/links", { token: rival.token, body: { problem_id: 1, expires_at: inDays(3) } });
    rivalLinkId = rivalLink.body.id;

    const a = await start(link.body.token);
    await api("POST", `/interviews/${a.id}/chat`, { token: a.token, body: chat("I'll use a hash map from value to index, O(n) time and O(n) space.") });
    await api("PUT", `/interviews/${a.id}`, { token: a.token, body: { code: { language: "python", code: TWO_SUM_OK } } });
    const submit = await api("POST", `/interviews/${a.id}/code/submit`, { token: a.token, body: { code: TWO_SUM_OK, language: "python" } });
    expect(submit.status).toBe(200);
    await queueIdle();
    strong = { ...a, score: await end(a) };
    const b = await start(link.body.token);
    weak = { ...b, score: await end(b) };
    going = await start(link.body.token);
  }, 120_000);
  afterAll(async () => {
    await queueIdle();
    await close();
  });

  it("gives the link's team the replay timeline, read-only and audited; nobody else", async () => {
    const own = await api("GET", `/interviews/${strong.id}/timeline`, { token: strong.token });
    expect(own.status).toBe(200);
    for (const recruiter of [owner, member]) {
      const res = await api("GET", `/interviews/${strong.id}/timeline`, { token: recruiter.token });
      expect(res.status).toBe(200);
      const { events } = TimelineSchema.parse(res.body);
      expect(events).toEqual(TimelineSchema.parse(own.body).events);
      expect(events.some((e) => e.type === "submit")).toBe(true);
    }
    expect((await api("GET", `/interviews/${strong.id}/timeline`, { token: rival.token })).status).toBe(404);
    expect((await api("GET", `/interviews/${strong.id}/timeline`, { token: weak.token })).status).toBe(404);
    expect((await api("GET", `/interviews/${strong.id}/timeline`, { token: (await guest()).token })).status).toBe(404);
    const audit = await api("GET", "/audit", { token: owner.token });
    expect(audit.body.entries[0]).toMatchObject({ action: "interview.timeline_view", actor: { name: "Mia" }, target: { type: "interview", id: strong.id } });
    expect(audit.body.entries[1]).toMatchObject({ action: "interview.timeline_view", actor: { name: "Olivia" }, target: { id: strong.id } });
  });

  it("exports the report as a PDF with the candidate's score, for the candidate and the team only", async () => {
    expect(strong.score).toBeGreaterThan(weak.score);
    for (const reader of [member, strong]) {
      const res = await api("GET", `/interviews/${strong.id}/report.pdf`, { token: reader.token });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="report-two-sum-[0-9a-f]{8}\.pdf"$/);
      const bytes = Buffer.from(res.text, "latin1");
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(res.text.trimEnd().endsWith("%%EOF")).toBe(true);
      expect(res.text).toContain(`(${Math.round(strong.score)} / 100)`);
      expect(res.text).toContain("Two Sum");
      expect(res.text).toContain("Team: Acme Hiring");
    }
    const weakPdf = await api("GET", `/interviews/${weak.id}/report.pdf`, { token: owner.token });
    expect(weakPdf.text).toContain(`(${Math.round(weak.score)} / 100)`);
    // In progress: the PDF says there is no report yet instead of inventing a score.
    const partial = await api("GET", `/interviews/${going.id}/report.pdf`, { token: owner.token });
    expect(partial.status).toBe(200);
    expect(partial.text).toContain("No report yet");
    for (const outsider of [rival, weak, await register("Nobody")]) {
      expect((await api("GET", `/interviews/${strong.id}/report.pdf`, { token: outsider.token })).status).toBe(404);
    }
    expect((await api("GET", `/interviews/not-a-uuid/report.pdf`, { token: owner.token })).status).toBe(404);
    expect((await api("GET", `/interviews/${strong.id}/report.pdf`)).status).toBe(401);
    const audit = await api("GET", "/audit", { token: owner.token });
    expect(audit.body.entries[0]).toMatchObject({ action: "interview.report_view", target: { id: going.id } });
  });

  it("compares the candidates of one of the team's links side by side, and only the team's", async () => {
    const res = await api("GET", `/links/${linkId}/compare`, { token: member.token });
    expect(res.status).toBe(200);
    const cmp = ComparisonSchema.parse(res.body);
    expect(cmp.link_id).toBe(linkId);
    expect(cmp.candidates.map((c) => c.interview_id).sort()).toEqual([strong.id, weak.id, going.id].sort());
    const byId = new Map(cmp.candidates.map((c) => [c.interview_id, c]));
    expect(byId.get(strong.id)).toMatchObject({ status: "completed", score: strong.score, problem_title: "Two Sum", language: "python" });
    expect(byId.get(strong.id)!.tests_passed).toBe(byId.get(strong.id)!.tests_total);
    expect(byId.get(weak.id)).toMatchObject({ status: "completed", score: weak.score });
    expect(byId.get(going.id)).toMatchObject({ status: "in_progress", score: null, recommendation: null, ended_at: null });
    // Link candidates are guests: named by a short stable id, never each other's accounts.
    expect(byId.get(strong.id)!.candidate).toBe(`Candidate ${strong.id.slice(0, 6).toUpperCase()}`);
    expect(cmp.dimensions.length).toBeGreaterThan(0);
    for (const d of cmp.dimensions) expect(byId.get(strong.id)!.rubric[d.id]).toEqual(expect.any(Number));

    // Another team's link is unknown here, and theirs does not list ours.
    expect((await api("GET", `/links/${rivalLinkId}/compare`, { token: owner.token })).status).toBe(404);
    expect((await api("GET", `/links/${linkId}/compare`, { token: rival.token })).status).toBe(404);
    const theirs = await api("GET", `/links/${rivalLinkId}/compare`, { token: rival.token });
    expect(theirs.status).toBe(200);
    expect(theirs.body.candidates).toEqual([]);
    // Candidates and people without a team are not recruiters.
    expect((await api("GET", `/links/${linkId}/compare`, { token: strong.token })).status).toBe(403);
    expect((await api("GET", `/links/${linkId}/compare`, { token: (await register("Solo")).token })).status).toBe(403);
    expect((await api("GET", `/links/not-a-uuid/compare`, { token: owner.token })).status).toBe(404);
    const audit = await api("GET", "/audit?limit=5", { token: owner.token });
    expect(audit.body.entries.filter((e: { details: { via?: string } }) => e.details.via === "compare")).toHaveLength(2);
  });
});
