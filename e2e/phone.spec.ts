import { expect, test } from "@playwright/test";
import {
  CORRECT_TWO_SUM,
  assistantMessages,
  chat,
  editorValue,
  openChatTab,
  startTwoSum,
  typeIntoEditor,
  waitForGreeting,
} from "./helpers/interview";
import { deviceName, expectNoHorizontalScroll, screenshot } from "./helpers/quality";

/**
 * The main journey on a phone (the "phone" project: 390×844, touch, mobile): guest → Two Sum →
 * chat → the editor in its full-height sheet → run → submit → end → report. One column: the
 * statement lives in a Problem tab, the editor opens over everything and closes back to the chat.
 */
test("on a phone, a guest practises Two Sum from start to report", async ({ page }) => {
  expect(deviceName(page), "runs in the phone project").toBe("phone");
  const viewport = page.viewportSize()!;

  await startTwoSum(page);
  await expect(page.getByTestId("interview-title")).toHaveText("Two Sum");
  await waitForGreeting(page);
  await expect(assistantMessages(page).first()).toContainText("Two Sum");

  // One column: no sidebar; the statement is a tab; nothing scrolls sideways.
  await expect(page.getByRole("complementary", { name: "Problem and progress" })).toBeHidden();
  await expectNoHorizontalScroll(page, "interview");
  await page.getByRole("tab", { name: /Problem/ }).click();
  await expect(page.getByTestId("problem-statement").first()).toBeVisible();
  await expect(page.getByTestId("problem-statement").first()).toContainText("Two Sum");
  await openChatTab(page);

  // Chat.
  await chat(page, "I'd use a hash map from value to index and look up target minus each number in one pass.");

  // The Code tab opens the editor in a full-height sheet with a visible close control.
  await page.getByRole("tab", { name: /Code/ }).click();
  const sheet = page.getByRole("dialog", { name: "Code editor" });
  await expect(sheet).toBeVisible();
  const close = sheet.getByRole("button", { name: "Close the editor" });
  await expect(close).toBeVisible();
  const box = (await sheet.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(viewport.width - 1);
  expect(box.height).toBeGreaterThanOrEqual(viewport.height - 1);
  const closeBox = (await close.boundingBox())!;
  expect(closeBox.height, "the close control is a comfortable touch target").toBeGreaterThanOrEqual(40);
  await expect(sheet.getByTestId("code-editor").locator(".monaco-editor").first()).toBeVisible({ timeout: 60_000 });
  await expectNoHorizontalScroll(page, "editor sheet");

  // Run the correct solution: every visible test passes.
  await typeIntoEditor(page, CORRECT_TWO_SUM);
  await sheet.getByTestId("run-button").click();
  await expect(sheet.getByTestId("results-summary")).toHaveText(/^(\d+)\/\1 passed$/, { timeout: 90_000 });
  await screenshot(page, "phone-journey-sheet");

  // Close returns to the chat; reopening keeps the code.
  await close.click();
  await expect(sheet).toBeHidden();
  await expect(page.getByRole("tab", { name: /Chat/ })).toHaveAttribute("aria-selected", "true");
  await page.getByRole("tab", { name: /Code/ }).click();
  await expect(sheet).toBeVisible();
  await expect(sheet.getByTestId("code-editor").locator(".monaco-editor").first()).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => editorValue(page).then((v) => v.trim())).toBe(CORRECT_TWO_SUM.trim());
  await close.click();
  await expect(sheet).toBeHidden();

  // Submit from the footer: the sheet opens on the results with the score.
  await page.getByTestId("submit-button").click();
  await expect(sheet).toBeVisible();
  await expect(sheet.getByTestId("submission-score")).toBeVisible({ timeout: 90_000 });
  await expect(sheet.getByTestId("submission-score")).toContainText(/Score \d+/);
  await expect(sheet.getByTestId("results-summary")).toHaveText(/^(\d+)\/\1 passed$/);
  await close.click();
  await expect(sheet).toBeHidden();

  // End (confirmed) → the report, in one column.
  await page.getByTestId("end-button").click();
  const dialog = page.getByRole("alertdialog", { name: "End the interview?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "End interview" }).click();
  await expect(page).toHaveURL(/\/interview\/[0-9a-f-]{36}\/report$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { name: "Interview report" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("report-score")).toHaveAttribute("aria-label", /Score \d+ out of 100/);
  await expect(page.getByTestId("report-code")).toContainText("seen[x] = i");
  await expectNoHorizontalScroll(page, "report");
});
