import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReportSchema } from "@/lib/api/schemas";
import { getSystemDesignProblem } from "@/lib/problems";
import { queueIdle } from "@/lib/queue";
import { api, guest } from "../helpers/api";
import { useFreshDb } from "../helpers/db";
import { arrow, box, elementsOf, urlShortenerScene } from "../whiteboard/scenes";

/** The system-design rubric: the same dimension ids where they make sense, from the diagram and the talk. */
const URLS = getSystemDesignProblem(46)!;
const chat = (text: string) => ({ id: "chat", trigger: "submit-message", messages: [{ id: `m-${Math.random()}`, role: "user", parts: [{ type: "text", text }] }] });
const scene = (elements: unknown[]) => ({ elements, appState: {}, files: {} });

describe("system-design rubric", () => {
  let close: () => Promise<void>;
  let token: string;
  beforeAll(async () => {
    close = await useFreshDb("pglite");
    token = (await guest()).token;
  });
  afterAll(async () => {
    await queueIdle();
    await close();
  });

  async function session(elements: unknown[], talk: string[]) {
    const id = (await api("POST", "/interviews", { token, body: { problem_id: URLS.id, difficulty: URLS.difficulty } })).body.interview_id as string;
    for (const text of talk) await api("POST", `/interviews/${id}/chat`, { token, body: chat(text) });
    const saved = await api("PUT", `/interviews/${id}/whiteboard`, { token, body: scene(elements) });
    expect(saved.status, saved.text).toBe(200);
    await queueIdle();
    const ended = await api("PUT", `/interviews/${id}`, { token, body: { status: "completed" } });
    expect(ended.status, ended.text).toBe(200);
    return { id, report: ReportSchema.parse(ended.body.report), snapshot: saved.body.snapshot_id as string };
  }

  it("scores a complete design high, without a testing dimension, with evidence on the whiteboard save", async () => {
    const { id, report, snapshot } = await session(urlShortenerScene({ replica: true }), [
      "How many new URLs per day, and how long do links live?",
      "Is it read-heavy? I'd guess 100 million redirects a day, so about 1,200 requests per second at peak.",
      "I'd put a cache in front of the database because redirects are read-heavy; the trade-off is eventual consistency when a link is deleted.",
    ]);
    expect(report.rubric.map((d) => d.id)).toEqual(["problem_solving", "correctness", "efficiency", "code_quality", "communication", "independence", "time_management"]);
    expect(report.rubric.reduce((s, d) => s + d.weight, 0)).toBeCloseTo(1, 6);
    const dim = (id: string) => report.rubric.find((d) => d.id === id)!;
    expect(dim("correctness").label).toBe("Design coverage");
    expect(dim("correctness").score).toBeGreaterThanOrEqual(90);
    expect(dim("correctness").evidence[0]).toMatchObject({ positive: true, event_id: snapshot });
    expect(dim("problem_solving").evidence[0].text).toBe("Asked 2 clarifying questions before drawing");
    expect(dim("communication").evidence.map((e) => e.text)).toContain("Discussed trade-offs");
    expect(dim("independence").score).toBe(100);
    expect(report.score).toBeGreaterThanOrEqual(70);
    expect(["hire", "lean_hire"]).toContain(report.recommendation?.verdict);

    const events = (await api("GET", `/interviews/${id}/timeline`, { token })).body.events as { id: string; type: string; summary: string }[];
    const save = events.find((e) => e.type === "whiteboard_save")!;
    expect(save.id).toBe(snapshot);
    expect(save.summary).toMatch(/^Whiteboard saved: \d+ components, \d+ connections$/);
    const ids = new Set(events.map((e) => e.id));
    for (const e of report.rubric.flatMap((d) => d.evidence).filter((e) => e.event_id)) expect(ids.has(e.event_id!), e.text).toBe(true);
  });

  it("a sketch of half the design shows the gaps as weak areas", async () => {
    const lb = box("lb", "LB", 0, 0);
    const app = box("app", "App servers", 300, 0);
    const { report } = await session(elementsOf(lb, app, arrow("a", lb, app)), []);
    const dim = (id: string) => report.rubric.find((d) => d.id === id)!;
    expect(dim("correctness").score).toBeLessThan(60);
    expect(dim("correctness").evidence.map((e) => e.text).join("\n")).toMatch(/^Missing: /m);
    expect(report.weak_areas.map((w) => w.area)).toEqual(expect.arrayContaining(["Design coverage", "Requirements", "System Design"]));
    expect(["no_hire", "lean_no_hire"]).toContain(report.recommendation?.verdict);
  });
});
