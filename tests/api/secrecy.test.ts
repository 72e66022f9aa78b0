import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listProblems, listSystemDesignProblems } from "@/lib/problems";
import { queueIdle } from "@/lib/queue";
import { api, guest } from "../helpers/api";
import { useFreshDb } from "../helpers/db";
import { leakedSecrets, problemSecrets } from "../helpers/problem-secrets";

/** Hidden tests, hints, pitfalls and solutions never leave the server through the API. */
describe("problem secrets stay on the server", () => {
  const secrets = problemSecrets();
  let close: () => Promise<void>;
  beforeAll(async () => {
    close = await useFreshDb("pglite");
  });
  afterAll(async () => {
    await queueIdle();
    await close();
  });

  it("the secrets list covers every problem, so the checks below check something", () => {
    const slugs = new Set(secrets.map((s) => s.slug));
    for (const p of listProblems()) expect(slugs, p.slug).toContain(p.slug);
    expect(secrets.filter((s) => s.what.startsWith("hidden test")).length).toBeGreaterThan(listProblems().length * 5);
  });

  it("no problem endpoint returns any of them", async () => {
    const texts = [(await api("GET", "/problems")).text, (await api("GET", "/openapi.json")).text];
    for (const p of listProblems()) {
      texts.push((await api("GET", `/problems/${p.id}`)).text, (await api("GET", `/problems/${p.id}/test-cases`)).text);
    }
    for (let i = 0; i < 10; i++) texts.push((await api("GET", "/problems/random")).text);
    expect(leakedSecrets(texts.join("\n"), secrets)).toEqual([]);
  });

  it("an interview's own responses return none of them", async () => {
    const { token } = await guest();
    const texts: string[] = [];
    for (const p of listProblems().filter((_, i) => i % 5 === 0)) {
      const created = await api("POST", "/interviews", { token, body: { problem_id: p.id, difficulty: p.difficulty, language: "java" } });
      expect(created.status).toBe(201);
      texts.push(created.text, (await api("GET", `/interviews/${created.body.interview_id}`, { token })).text);
    }
    expect(leakedSecrets(texts.join("\n"), secrets)).toEqual([]);
  });

  it("a system-design brief leaves out its answer key", async () => {
    const list = await api("GET", "/system-design");
    expect(list.status).toBe(200);
    const problems = listSystemDesignProblems();
    expect(list.body.problems.map((p: { slug: string }) => p.slug)).toEqual(problems.map((p) => p.slug));
    const texts = [list.text];
    for (const p of problems) {
      const detail = await api("GET", `/system-design/${p.slug}`);
      expect(detail.status).toBe(200);
      expect(detail.body.brief).toBe(p.brief);
      expect(detail.body.requirements.functional).toEqual(p.requirements.functional);
      texts.push(detail.text, (await api("GET", `/system-design/${p.id}`)).text);
    }
    const text = texts.join("\n");
    for (const p of problems) {
      const answerKey = [
        ...p.components.map((c) => c.role),
        ...p.connections.map((c) => c.why),
        ...p.followUps,
        ...p.hints.map((h) => h.text),
        ...p.pitfalls,
        ...p.deepDives,
      ];
      expect(answerKey.filter((secret) => text.includes(secret))).toEqual([]);
    }
    expect((await api("GET", "/system-design/9999")).status).toBe(404);
    expect((await api("GET", "/system-design?difficulty=impossible")).status).toBe(400);
  });
});
