import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HistoryResponseSchema, ShareResponseSchema } from "@/lib/api/schemas";
import { queueIdle } from "@/lib/queue";
import { api, guest } from "../helpers/api";
import { useFreshDb } from "../helpers/db";
import { referenceSolution } from "../helpers/solutions";

/** GET /history and report sharing (PUT /interviews/{id}/share, GET /shared/{token}), through the real routes on PGlite and the real sandbox. */
const TWO_SUM_OK = referenceSolution("two-sum");
const TWO_SUM_WRONG = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 0]\n";
const chat = (text: string) => ({ id: "chat", trigger: "submit-message", messages: [{ id: `m-${Math.random()}`, role: "user", parts: [{ type: "text", text }] }] });

async function finishedTwoSum(token: string, code: string, opts: { hint?: boolean } = {}): Promise<string> {
  const created = await api("POST", "/interviews", { token, body: { problem_id: 1, difficulty: "easy", language: "python" } });
  const id = created.body.interview_id as string;
  if (opts.hint) await api("POST", `/interviews/${id}/chat`, { token, body: chat("I'm stuck, can I get a hint?") });
  const submit = await api("POST", `/interviews/${id}/code/submit`, { token, body: { code, language: "python" } });
  expect(submit.status).toBe(200);
  await queueIdle();
  const ended = await api("PUT", `/interviews/${id}`, { token, body: { status: "completed" } });
  expect(ended.status).toBe(200);
  return id;
}

describe("history and sharing", () => {
  let close: () => Promise<void>;
  let token: string;
  let good: string;
  let bad: string;
  beforeAll(async () => {
    close = await useFreshDb("pglite");
    token = (await guest()).token;
  });
  afterAll(async () => {
    await queueIdle();
    await close();
  });

  it("a new user's history is empty, and still suggests first problems", async () => {
    const res = await api("GET", "/history", { token: (await guest()).token });
    expect(res.status).toBe(200);
    const h = HistoryResponseSchema.parse(res.body);
    expect(h.interviews).toEqual([]);
    expect(h.trend).toEqual([]);
    expect(h.weak_areas).toEqual([]);
    expect(h.practice_next.length).toBeGreaterThan(0);
    expect(h.practice_next.every((p) => p.difficulty === "easy")).toBe(true);
    expect((await api("GET", "/history")).status).toBe(401);
  });

  it("lists the caller's interviews, the trend of final scores, weak areas and what to practise next", async () => {
    good = await finishedTwoSum(token, TWO_SUM_OK);
    bad = await finishedTwoSum(token, TWO_SUM_WRONG, { hint: true });
    const open = (await api("POST", "/interviews", { token, body: { problem_id: 1, difficulty: "easy", language: "python" } })).body.interview_id;

    const h = HistoryResponseSchema.parse((await api("GET", "/history", { token })).body);
    expect(h.interviews.map((i) => i.id)).toEqual([open, bad, good]);
    expect(h.interviews[0]).toMatchObject({ status: "in_progress", final_score: null, problem_title: "Two Sum", kind: "coding" });
    expect(h.trend.map((t) => t.interview_id)).toEqual([good, bad]);
    const [first, second] = h.trend;
    expect(first.score).toBeGreaterThan(second.score);

    // Weak areas come from the reports' evidence: the failed submission's category at least.
    const badReport = (await api("GET", `/interviews/${bad}`, { token })).body.report;
    const areas = new Set<string>(badReport.weak_areas.map((w: { area: string }) => w.area));
    expect(areas.size).toBeGreaterThan(0);
    for (const w of h.weak_areas) expect(w.count).toBeGreaterThanOrEqual(1);
    expect(h.weak_areas.map((w) => w.area)).toEqual(expect.arrayContaining([...areas]));
    expect(h.weak_areas.map((w) => w.count)).toEqual([...h.weak_areas.map((w) => w.count)].sort((a, b) => b - a));

    // Suggestions come from the bank, one per topic first, and lead with the weak topic.
    expect(h.practice_next.length).toBe(3);
    const bank = (await api("GET", "/problems")).body.problems as Array<{ id: number; category: string }>;
    const categoryOf = new Map(bank.map((p) => [p.id, p.category]));
    expect(categoryOf.get(h.practice_next[0].problem_id)).toBe("Arrays & Hashing");
    expect(h.practice_next[0].reason).toMatch(/weak area|before/);
    expect(new Set(h.practice_next.map((p) => categoryOf.get(p.problem_id))).size).toBe(3);

    // Another person's history holds none of these.
    const other = HistoryResponseSchema.parse((await api("GET", "/history", { token: (await guest()).token })).body);
    expect(other.interviews).toEqual([]);
  });

  it("shares a finished report by a link without sign-in, and withdrawing it ends the link", async () => {
    // Off by default; the owner's detail says so.
    const detail = await api("GET", `/interviews/${good}`, { token });
    expect(detail.body).toMatchObject({ shared: false, share_url: null });

    const on = await api("PUT", `/interviews/${good}/share`, { token, body: { enabled: true } });
    expect(on.status).toBe(200);
    const share = ShareResponseSchema.parse(on.body);
    expect(share.shared).toBe(true);
    expect(share.url).toMatch(/^http:\/\/localhost:3000\/shared\/[A-Za-z0-9_-]{43}$/);
    const shareToken = share.url!.split("/").pop()!;
    // Turning it on again keeps the same link.
    expect((await api("PUT", `/interviews/${good}/share`, { token, body: { enabled: true } })).body.url).toBe(share.url);
    expect((await api("GET", `/interviews/${good}`, { token })).body).toMatchObject({ shared: true, share_url: share.url });

    const shared = await api("GET", `/shared/${shareToken}`);
    expect(shared.status).toBe(200);
    expect(shared.body.interview).toMatchObject({ kind: "coding", problem_title: "Two Sum", candidate_name: null });
    expect(shared.body.report.rubric.length).toBeGreaterThan(0);
    expect(shared.body.timeline.events.length).toBeGreaterThan(0);
    expect(shared.body.final_code).toContain("def twoSum");
    const hidden = shared.body.latest_submission.results.filter((r: { hidden: boolean }) => r.hidden);
    expect(hidden.length).toBeGreaterThan(0);
    for (const r of hidden) expect(r.input ?? null).toBeNull();
    expect(JSON.stringify(shared.body)).not.toMatch(/"notes"|"user_id"|"email"/);

    // Off: the link stops working at once; on again makes a new one.
    const off = await api("PUT", `/interviews/${good}/share`, { token, body: { enabled: false } });
    expect(off.body).toEqual({ shared: false, url: null });
    const gone = await api("GET", `/shared/${shareToken}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error).toMatch(/no longer shared/);
    const again = ShareResponseSchema.parse((await api("PUT", `/interviews/${good}/share`, { token, body: { enabled: true } })).body);
    expect(again.url).not.toBe(share.url);
  });

  it("only the owner shares, only a finished report, and bad input says what to fix", async () => {
    const stranger = (await guest()).token;
    expect((await api("PUT", `/interviews/${bad}/share`, { token: stranger, body: { enabled: true } })).status).toBe(404);
    expect((await api("GET", `/interviews/${bad}/share`, { token: stranger })).status).toBe(404);
    const open = (await api("POST", "/interviews", { token, body: { problem_id: 1, difficulty: "easy", language: "python" } })).body.interview_id;
    const early = await api("PUT", `/interviews/${open}/share`, { token, body: { enabled: true } });
    expect(early.status).toBe(409);
    expect(early.body.error).toMatch(/end it first/);
    const wrong = await api("PUT", `/interviews/${bad}/share`, { token, body: { enabled: "yes" } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatch(/enabled/);
    expect((await api("GET", "/shared/not-a-token")).status).toBe(404);
    expect((await api("GET", `/shared/${"x".repeat(43)}`)).status).toBe(404);
  });
});
