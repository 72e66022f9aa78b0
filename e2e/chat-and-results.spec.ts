import { expect, test, type Locator, type Page } from "@playwright/test";
import { CORRECT_TWO_SUM as CORRECT, WRONG_TWO_SUM as WRONG, startTwoSum } from "./helpers/interview";

/**
 * The chat's long-history behaviour (windowed list, no yank while reading back, "new messages"
 * jump) and the test-results panel (explanations, highlighted differences, re-running one test,
 * custom input, copy, Ctrl+Shift+Enter submit), against the real app, room and sandbox.
 */


const CRASHES = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        return [nums[100], 0]
`;

const LOOPS = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        while True:
            pass
`;

type EditorHandle = { getValue: () => string; setValue: (code: string) => void };

async function setCode(page: Page, code: string) {
  await page.getByRole("tab", { name: /Code/ }).click();
  await expect(page.getByTestId("code-editor").locator(".monaco-editor").first()).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => page.evaluate(() => !!(window as unknown as { __interviewCoachEditor?: EditorHandle }).__interviewCoachEditor)).toBe(true);
  await page.evaluate((c) => (window as unknown as { __interviewCoachEditor: EditorHandle }).__interviewCoachEditor.setValue(c), code);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __interviewCoachEditor: EditorHandle }).__interviewCoachEditor.getValue().trim()))
    .toBe(code.trim());
}

async function runAndWait(page: Page) {
  const before = await page.getByTestId("test-results").getAttribute("data-execution");
  await page.getByTestId("run-button").click();
  await expect(page.getByTestId("test-results")).not.toHaveAttribute("data-execution", before ?? "", { timeout: 60_000 });
  await expect(page.getByTestId("results-summary")).toHaveText(/^\d+\/\d+ passed$/, { timeout: 60_000 });
}

function log(page: Page): Locator {
  return page.getByRole("log", { name: "Conversation" });
}

const SEEDED = 300;

function seededMessages() {
  const start = Date.now() - 2 * 60 * 60 * 1000;
  return Array.from({ length: SEEDED }, (_, i) => {
    const ai = i % 2 === 1;
    const long = i % 7 === 0;
    const code = i % 11 === 0;
    let content = `${ai ? "Interviewer" : "Candidate"} message ${i}.`;
    if (long) content += " " + "This one is longer, so the list has to measure real heights rather than trust one estimate. ".repeat(4);
    if (code && ai) content += "\n\n```python\nfor i, x in enumerate(nums):\n    seen[x] = i\n```";
    return {
      id: `seed-${String(i).padStart(3, "0")}`,
      role: ai ? "ai" : "user",
      content,
      content_type: "text",
      timestamp: new Date(start + i * 10_000).toISOString(),
      code_snippet: null,
    };
  });
}

const distanceFromBottom = (el: Element) => el.scrollHeight - el.scrollTop - el.clientHeight;

test("a 300-message history is windowed, reading back is never yanked down, and the jump button returns", async ({ page }) => {
  // The interview as the server sends it, with 300 earlier messages before the greeting.
  await page.route(/\/api\/v1\/interviews\/[0-9a-f-]{36}$/, async (route) => {
    if (route.request().method() !== "GET") return route.fallback();
    const response = await route.fetch();
    const body = await response.json();
    body.messages = [...seededMessages(), ...(body.messages ?? [])];
    await route.fulfill({ response, json: body });
  });
  const id = await startTwoSum(page);
  const chat = log(page);
  await expect(chat).toHaveAttribute("data-total", /^\d+$/);
  const total = Number(await chat.getAttribute("data-total"));
  expect(total).toBeGreaterThan(SEEDED);

  // Starts at the bottom with the greeting in view; far fewer nodes than messages.
  const greeting = chat.locator('[data-role="assistant"]').last();
  await expect(greeting).toContainText("Two Sum");
  await expect(greeting).toBeInViewport();
  const rendered = await chat.locator('[data-testid="chat-message"]').count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(60);
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-state", "open", { timeout: 30_000 });

  // Back to the very first message: it renders on demand, and the DOM stays small.
  await chat.evaluate((el) => (el.scrollTop = 0));
  await expect(chat.locator('[data-message-id="seed-000"]')).toBeVisible();
  expect(await chat.locator('[data-testid="chat-message"]').count()).toBeLessThan(60);

  // Reading somewhere in the middle; note what is on screen.
  await chat.evaluate((el) => (el.scrollTop = el.scrollHeight * 0.5));
  await page.waitForTimeout(400);
  const anchor = await chat.evaluate((el) => {
    const top = el.getBoundingClientRect().top;
    const first = [...el.querySelectorAll<HTMLElement>('[data-testid="chat-message"]')].find((m) => m.getBoundingClientRect().bottom > top + 10)!;
    return { id: first.dataset.messageId!, offset: first.getBoundingClientRect().top - top, scrollTop: el.scrollTop };
  });
  await expect(page.getByTestId("jump-to-latest")).toBeVisible();

  // A new exchange arrives (sent from elsewhere: the room delivers both messages here).
  const sent = await page.evaluate(async (interviewId) => {
    const res = await fetch(`/api/v1/interviews/${interviewId}/chat`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ id: `interview-${interviewId}`, messages: [{ id: "e2e-elsewhere-1", role: "user", parts: [{ type: "text", text: "Sent from my other tab: should I consider sorting first?" }] }] }),
    });
    await res.text();
    return res.status;
  }, id);
  expect(sent).toBe(200);
  await expect(chat).toHaveAttribute("data-total", String(total + 2), { timeout: 60_000 });

  // Not yanked: the same message is at the same place on screen.
  await page.waitForTimeout(300);
  const after = await chat.evaluate((el, anchorId) => {
    const top = el.getBoundingClientRect().top;
    const m = el.querySelector<HTMLElement>(`[data-message-id="${anchorId}"]`);
    return { offset: m ? m.getBoundingClientRect().top - top : null, scrollTop: el.scrollTop };
  }, anchor.id);
  expect(after.offset).not.toBeNull();
  expect(Math.abs(after.offset! - anchor.offset)).toBeLessThan(3);
  expect(await chat.evaluate(distanceFromBottom)).toBeGreaterThan(500);

  // The jump button counts what arrived and takes the reader there.
  const jump = page.getByTestId("jump-to-latest");
  await expect(jump).toContainText(/2 new messages/);
  await jump.click();
  await expect.poll(() => chat.evaluate(distanceFromBottom), { timeout: 5_000 }).toBeLessThan(80);
  await expect(chat.locator('[data-testid="chat-message"]').last()).toBeInViewport();
  await expect(chat.locator('[data-role="user"]').last()).toContainText("Sent from my other tab");
  await expect(jump).toBeHidden();

  // At the bottom, a message sent here is followed as the reply streams in.
  const input = page.getByRole("textbox", { name: "Message the interviewer" });
  await input.fill("Thanks, I'll start with the hash map.");
  await input.press("Enter");
  await expect(chat).toHaveAttribute("data-total", String(total + 4), { timeout: 60_000 });
  await expect(chat.locator('[data-role="assistant"]').last()).toHaveAttribute("data-streaming", "false", { timeout: 60_000 });
  await expect.poll(() => chat.evaluate(distanceFromBottom)).toBeLessThan(80);
  expect(await chat.locator('[data-testid="chat-message"]').count()).toBeLessThan(60);
});

test("chat renders Markdown with highlighted, copyable code and safe links", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.route(/\/api\/v1\/interviews\/[0-9a-f-]{36}$/, async (route) => {
    if (route.request().method() !== "GET") return route.fallback();
    const response = await route.fetch();
    const body = await response.json();
    body.messages = [
      {
        id: "md-1",
        role: "ai",
        content:
          "Try **a hash map** :rocket: — see [the docs](https://docs.python.org/3/tutorial/datastructures.html).\n\n```python\nseen = {}  # value -> index\nfor i, x in enumerate(nums):\n    seen[x] = i\n```",
        content_type: "text",
        timestamp: new Date(Date.now() - 60_000).toISOString(),
        code_snippet: null,
      },
      ...(body.messages ?? []),
    ];
    await route.fulfill({ response, json: body });
  });
  await startTwoSum(page);
  const message = log(page).locator('[data-message-id="md-1"]');
  await expect(message.locator('[data-markdown="rendered"]')).toBeVisible();
  await expect(message.locator("strong")).toHaveText("a hash map");
  await expect(message).toContainText("🚀");
  const link = message.getByRole("link", { name: "the docs" });
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", /noopener/);
  const block = message.getByTestId("code-block");
  await expect(block.locator("code span").first()).toBeVisible(); // highlighted tokens
  await expect(block.locator("code")).toContainText("seen[x] = i");
  await block.hover();
  await block.getByRole("button", { name: "Copy code" }).click();
  await expect(block.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("for i, x in enumerate(nums):");
  await expect(message).toContainText(/\d{1,2}:\d{2}/); // timestamp
});

test("failing tests explain themselves, highlight the difference, and one test re-runs alone", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await startTwoSum(page);
  await setCode(page, WRONG);
  await runAndWait(page);

  const summary = page.getByTestId("results-summary");
  const summaryText = (await summary.innerText()).trim();
  expect(summaryText).not.toMatch(/^(\d+)\/\1 passed$/);
  const failing = page.locator('[data-testid="test-row"][data-passed="false"]').first();
  await expect(failing).toBeVisible();
  const failingId = await failing.getAttribute("data-test-id");

  // Opened by default: what failed, in words, and the differing elements marked.
  const why = failing.getByTestId("test-explanation");
  await expect(why).toBeVisible();
  await expect(why).toContainText(/Expected \[\d+,\d+\] but your function returned \[0,1\]/);
  await expect(why).toContainText(/element \[\d\] is \d+, expected \d+/);
  await expect(failing.getByTestId("expected-value").locator("mark")).not.toHaveCount(0);
  await expect(failing.getByTestId("actual-value").locator("mark")).not.toHaveCount(0);
  await expect(failing).toContainText("debug: trying the first pair");
  await expect(failing).toContainText(/\d+ ms|<1 ms/);

  // Collapsing hides the details; clicking again explains again.
  const toggle = failing.getByRole("button", { name: /^Test \d+/ });
  await toggle.click();
  await expect(why).toBeHidden();
  await toggle.click();
  await expect(why).toBeVisible();

  // Copy the actual output.
  await failing.getByRole("button", { name: "Copy actual" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("[0,1]");

  // Fix the code and re-run just that test: its row passes, the run's summary stays as it was.
  await setCode(page, CORRECT);
  const row = page.locator(`[data-testid="test-row"][data-test-id="${failingId}"]`);
  await row.getByTestId("rerun-test").click();
  await expect(row).toHaveAttribute("data-rerun", "done", { timeout: 60_000 });
  await expect(row).toHaveAttribute("data-passed", "true");
  await expect(row).toContainText("re-run");
  await expect(summary).toHaveText(summaryText);
  await expect(page.getByTestId("rerun-summary")).toBeVisible();

  // Custom input: Run uses it alone.
  await page.getByLabel("Run with a custom input").check();
  const box = page.getByRole("textbox", { name: "Custom input" });
  await expect(box).not.toHaveValue("");
  await box.fill("nums = [3, 3]\ntarget = 6");
  await runAndWait(page);
  await expect(page.getByTestId("test-row")).toHaveCount(1);
  await expect(page.getByTestId("test-row").first()).toContainText("Custom input");
  await expect(page.getByTestId("test-row").first()).toHaveAttribute("data-passed", "true");
  await page.getByLabel("Run with a custom input").uncheck();

  // Ctrl+Shift+Enter in the editor submits (hidden tests reveal no inputs).
  await page.getByTestId("code-editor").locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+Shift+Enter");
  await expect(page.getByTestId("submission-score")).toBeVisible({ timeout: 90_000 });
  const hidden = page.locator('[data-testid="test-row"]').filter({ hasText: /Hidden test/ });
  await expect(hidden.first()).toBeVisible();
  await expect(hidden.getByTestId("rerun-test")).toHaveCount(0);
  await expect(hidden.getByText("Input", { exact: true })).toHaveCount(0);
});

test("an exception names its type and line, and a timeout gets a complexity hint", async ({ page }) => {
  await startTwoSum(page);
  await setCode(page, CRASHES);
  await runAndWait(page);
  const crashed = page.locator('[data-testid="test-row"][data-passed="false"]').first();
  await expect(crashed.getByTestId("test-explanation")).toHaveAttribute("data-kind", "exception");
  await expect(crashed.getByTestId("test-explanation")).toContainText(/raised IndexError on line \d+/);
  await expect(crashed.getByTestId("test-explanation")).toContainText("An index went past the end of a list");

  await setCode(page, LOOPS);
  await runAndWait(page);
  const slow = page.locator('[data-testid="test-row"][data-passed="false"]').first();
  await expect(slow).toContainText("Time limit exceeded");
  await expect(slow.getByTestId("test-explanation")).toHaveAttribute("data-kind", "timeout");
  await expect(slow.getByTestId("test-explanation")).toContainText(/ran out of time/);
  await expect(slow.getByTestId("test-explanation")).toContainText(/loop/);
});
