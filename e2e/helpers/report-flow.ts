import { expect, type APIRequestContext, type Page } from "@playwright/test";

/**
 * Steps the report and history specs share: a guest session and short interviews driven
 * through the API (the same routes the interview page calls), so the specs spend their time
 * on the pages they check rather than on typing into the editor.
 */

export { CORRECT_TWO_SUM, WRONG_TWO_SUM } from "./interview";

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1440, height: 900 };

export async function signInAsGuest(page: Page) {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Continue as guest" }).click();
  await expect(page).toHaveURL(/\/problems$/);
}

async function ok<T>(res: Awaited<ReturnType<APIRequestContext["get"]>>, what: string): Promise<T> {
  expect(res.status(), `${what}: ${await res.text().catch(() => "")}`).toBeLessThan(300);
  return (await res.json()) as T;
}

export async function problemIdBySlug(request: APIRequestContext, slug: string): Promise<{ id: number; difficulty: string }> {
  const body = await ok<{ problems: { id: number; slug: string; difficulty: string }[] }>(
    await request.get("/api/v1/problems"),
    "GET /problems",
  );
  const p = body.problems.find((x) => x.slug === slug);
  if (!p) throw new Error(`no problem ${slug}`);
  return p;
}

async function waitForExecution(request: APIRequestContext, id: string, executionId: string) {
  await expect
    .poll(
      async () => {
        const r = await request.get(`/api/v1/interviews/${id}/code/execute/${executionId}`);
        if (!r.ok()) return "http-" + r.status();
        return ((await r.json()) as { status: string }).status;
      },
      { timeout: 90_000, intervals: [500, 1000, 2000] },
    )
    .not.toMatch(/^(queued|running)$/);
}

export interface InterviewPlan {
  /** Said in the chat first (the interviewer answers before the next step). */
  say?: string;
  /** Code saved and run (visible tests) before the submission. */
  runFirst?: string;
  /** Code saved and submitted (visible and hidden tests). */
  submit?: string;
  /** End the interview (the report is made); otherwise it stays in progress. */
  end?: boolean;
}

/** A short Two Sum interview in Python through the API; returns its id. */
export async function twoSumInterview(page: Page, plan: InterviewPlan): Promise<string> {
  const request = page.request;
  const problem = await problemIdBySlug(request, "two-sum");
  const created = await ok<{ interview_id: string }>(
    await request.post("/api/v1/interviews", { data: { problem_id: problem.id, difficulty: problem.difficulty, language: "python" } }),
    "POST /interviews",
  );
  const id = created.interview_id;
  if (plan.say) {
    const res = await request.post(`/api/v1/interviews/${id}/chat`, {
      data: { messages: [{ id: `u-${Date.now()}`, role: "user", parts: [{ type: "text", text: plan.say }] }] },
      timeout: 90_000,
    });
    expect(res.status(), "POST chat").toBeLessThan(300);
    await res.body(); // the whole streamed answer
  }
  if (plan.runFirst) {
    await ok(await request.put(`/api/v1/interviews/${id}`, { data: { code: { language: "python", code: plan.runFirst } } }), "PUT code");
    const q = await ok<{ execution_id: string }>(
      await request.post(`/api/v1/interviews/${id}/code/execute`, { data: { code: plan.runFirst, language: "python" } }),
      "POST execute",
    );
    await waitForExecution(request, id, q.execution_id);
  }
  if (plan.submit) {
    await ok(await request.put(`/api/v1/interviews/${id}`, { data: { code: { language: "python", code: plan.submit } } }), "PUT code");
    const res = await request.post(`/api/v1/interviews/${id}/code/submit`, {
      data: { code: plan.submit, language: "python" },
      timeout: 120_000,
    });
    expect(res.status(), "POST submit").toBeLessThan(300);
    const body = (await res.json()) as { submission_id: string };
    if (res.status() === 202) await waitForExecution(request, id, body.submission_id);
  }
  if (plan.end) {
    await ok(await request.put(`/api/v1/interviews/${id}`, { data: { status: "completed" }, timeout: 90_000 }), "PUT completed");
  }
  return id;
}

/** The page must not scroll sideways (single column on phones). */
export async function expectNoHorizontalScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, "page is wider than the viewport").toBeLessThanOrEqual(client + 1);
}
