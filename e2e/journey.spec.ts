import { expect, test } from "@playwright/test";
import { CORRECT_TWO_SUM as CORRECT_SOLUTION, WRONG_TWO_SUM as WRONG_SOLUTION, assistantMessages, editorValue, openCodeTab, startTwoSum, typeIntoEditor } from "./helpers/interview";

/**
 * The candidate's whole journey through the real UI, against a running Next server and
 * `partykit dev` (started by the test script; base URL from E2E_BASE_URL):
 * guest → Two Sum in Python → greeting → chat → run → reload restores everything →
 * submit (hidden tests, score) → end → report. A second test checks a failing run.
 */


test("a guest practises Two Sum in Python from start to report", async ({ page }) => {
  // 1. Continue as guest.
  await page.goto("/signin");
  await page.getByRole("button", { name: "Continue as guest" }).click();
  await expect(page).toHaveURL(/\/problems$/);

  // 2. Pick Two Sum in Python.
  await page.getByRole("combobox", { name: "Language" }).click();
  await page.getByRole("option", { name: "Python" }).click();
  await expect(page.getByRole("combobox", { name: "Language" })).toHaveText(/Python/);
  const start = page.getByRole("button", { name: "Start Two Sum in Python" });
  await expect(start).toBeVisible();
  await start.click();
  await expect(page).toHaveURL(/\/interview\/[0-9a-f-]{36}$/);
  const interviewUrl = page.url();

  // 3. The greeting streams in (typewriter on first view) and completes; the statement is shown.
  await expect(page.getByTestId("interview-title")).toHaveText("Two Sum");
  const greeting = assistantMessages(page).first();
  await expect(greeting).toBeVisible();
  await expect(greeting).toHaveAttribute("data-streaming", "false");
  await expect(greeting).toContainText("Two Sum");
  await expect(page.getByTestId("problem-statement")).toContainText("Two Sum");
  await expect(page.getByTestId("problem-statement").getByRole("heading", { name: "Examples" })).toBeVisible();

  // The room connects (ping latency shows once live).
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-state", "open", { timeout: 30_000 });

  // 4. Chat: Enter sends; the reply streams in and completes.
  const chatMessage = "I'd use a hash map from value to index and look up target minus the current number in one pass.";
  const input = page.getByRole("textbox", { name: "Message the interviewer" });
  await input.fill(chatMessage);
  await input.press("Enter");
  await expect(input).toHaveValue("");
  const log = page.getByRole("log", { name: "Conversation" });
  await expect(log.locator('[data-role="user"]').last()).toContainText(chatMessage);
  await expect(assistantMessages(page)).toHaveCount(2, { timeout: 60_000 });
  const reply = assistantMessages(page).nth(1);
  await expect(reply).toHaveAttribute("data-streaming", "false", { timeout: 60_000 });
  await expect(reply).not.toBeEmpty();
  expect((await reply.innerText()).trim().length).toBeGreaterThan(10);

  // 5. Code: the correct solution; Ctrl+Enter runs it and every visible test passes.
  await openCodeTab(page);
  await typeIntoEditor(page, CORRECT_SOLUTION);
  // The toolbar's undo and redo step through the editor's own history (Monaco may keep the
  // typed text as more than one step, so undo is pressed until the solution is back).
  const undo = page.getByRole("button", { name: "Undo", exact: true });
  const redo = page.getByRole("button", { name: "Redo", exact: true });
  await page.keyboard.insertText("# scratch");
  await expect.poll(() => editorValue(page)).toContain("# scratch");
  const undoUntilSolution = async () => {
    for (let i = 0; i < 5 && (await editorValue(page)).trim() !== CORRECT_SOLUTION.trim(); i++) await undo.click();
    expect((await editorValue(page)).trim()).toBe(CORRECT_SOLUTION.trim());
  };
  await undoUntilSolution();
  await redo.click();
  await expect.poll(() => editorValue(page).then((v) => v.trim())).not.toBe(CORRECT_SOLUTION.trim());
  expect(await editorValue(page)).toContain("#");
  await undoUntilSolution();
  await page.keyboard.press("ControlOrMeta+Enter");
  const summary = page.getByTestId("results-summary");
  await expect(summary).toHaveText(/^(\d+)\/\1 passed$/, { timeout: 60_000 });
  const passedText = (await summary.innerText()).trim();
  await expect(page.locator('[data-testid="test-row"][data-passed="false"]')).toHaveCount(0);
  await expect(page.getByTestId("save-state")).toContainText("Saved", { timeout: 20_000 });

  // 6. Reload: conversation, code and results are restored from the server.
  await page.reload();
  await expect(page).toHaveURL(interviewUrl);
  // The workspace comes back on the tab we left (Code); the conversation is one click away.
  await expect(page.getByRole("tab", { name: /Code/ })).toHaveAttribute("aria-selected", "true");
  await page.getByRole("tab", { name: /Chat/ }).click();
  await expect(page.getByRole("log", { name: "Conversation" }).locator('[data-role="user"]').first()).toContainText(chatMessage);
  await expect(assistantMessages(page).first()).toContainText("Two Sum");
  await openCodeTab(page);
  await expect.poll(() => editorValue(page).then((v) => v.trim())).toBe(CORRECT_SOLUTION.trim());
  await expect(page.getByTestId("results-summary")).toHaveText(passedText);

  // 7. Submit: hidden tests run and a score is shown.
  await page.getByTestId("submit-button").click();
  const score = page.getByTestId("submission-score");
  await expect(score).toBeVisible({ timeout: 90_000 });
  await expect(score).toContainText(/Score \d+/);
  await expect(page.getByTestId("results-summary")).toHaveText(/^(\d+)\/\1 passed$/);
  await expect(page.getByText("Submission · visible + hidden tests")).toBeVisible();
  await expect(page.getByTestId("metric-score")).toContainText(/\d+%/);

  // 8. End (with confirmation) and land on the report.
  await page.getByTestId("end-button").click();
  const dialog = page.getByRole("alertdialog", { name: "End the interview?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "End interview" }).click();
  await expect(page).toHaveURL(/\/interview\/[0-9a-f-]{36}\/report$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "Interview report" })).toBeVisible();
  await expect(page.getByTestId("report-score")).toHaveAttribute("aria-label", /Score \d+ out of 100/);
  await expect(page.getByTestId("report-tests")).toContainText(/(\d+)\/\1/);
  await expect(page.getByTestId("report-code")).toContainText("seen[x] = i");
  const transcript = page.getByTestId("transcript");
  await expect(transcript).toContainText(chatMessage);
  await expect(transcript).toContainText("Two Sum");
});

test("a failing run shows input, expected vs actual, the test's own output and the interviewer's reaction", async ({ page }) => {
  await startTwoSum(page);
  await expect(assistantMessages(page).first()).toContainText("Two Sum");
  await openCodeTab(page);
  await typeIntoEditor(page, WRONG_SOLUTION);
  await page.getByTestId("run-button").click();

  const summary = page.getByTestId("results-summary");
  await expect(summary).toHaveText(/^\d+\/\d+ passed$/, { timeout: 60_000 });
  await expect(summary).not.toHaveText(/^(\d+)\/\1 passed$/);
  await expect(page.getByRole("status").filter({ hasText: /Run finished: \d+ of \d+ tests passed/ })).toBeAttached();

  // Failed tests open by default and compare expected with actual.
  const failed = page.locator('[data-testid="test-row"][data-passed="false"]').first();
  await expect(failed).toBeVisible();
  await expect(failed.getByRole("button", { name: /Test \d+/ })).toHaveAttribute("aria-expanded", "true");
  await expect(failed).toContainText("Wrong answer");
  await expect(failed.getByText("Input", { exact: true })).toBeVisible();
  await expect(failed.getByText("Expected", { exact: true })).toBeVisible();
  await expect(failed.getByText("Actual", { exact: true })).toBeVisible();
  await expect(failed.getByText("Stdout", { exact: true })).toBeVisible();
  await expect(failed).toContainText("debug: trying the first pair");
  await expect(failed).toContainText("[0,1]");

  // Rows collapse and expand from the keyboard.
  const toggle = failed.getByRole("button", { name: /Test \d+/ });
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(failed.getByText("Expected", { exact: true })).toBeHidden();
  await page.keyboard.press("Enter");
  await expect(failed.getByText("Expected", { exact: true })).toBeVisible();

  // The interviewer reacts to the run in the chat (delivered through the room).
  await page.getByRole("tab", { name: /Chat/ }).click();
  await expect(assistantMessages(page)).toHaveCount(2, { timeout: 60_000 });
});
