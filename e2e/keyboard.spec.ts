import { expect, test } from "@playwright/test";
import { applyThemeInPlace, expectFocusVisible, setTheme, tabTo } from "./helpers/quality";
import { startTwoSum, waitForGreeting } from "./helpers/interview";

/**
 * Keyboard-only operation with visible focus, on the desktop project (phones have no hardware
 * keyboard; their journey, e2e/phone.spec.ts, covers touch).
 */

test.use({ reducedMotion: "reduce" });

test("the interview works from the keyboard alone, with visible focus", async ({ page }) => {
  await setTheme(page, "light");
  await startTwoSum(page);
  await waitForGreeting(page);
  await page.locator("body").focus();

  // Tabs: reach the Chat tab, arrow to Code (automatic activation), the editor appears.
  const chatTab = page.getByRole("tab", { name: /Chat/ });
  const codeTab = page.getByRole("tab", { name: /Code/ });
  await tabTo(page, chatTab);
  await expectFocusVisible(chatTab);
  await page.keyboard.press("ArrowRight");
  await expect(codeTab).toBeFocused();
  await expect(codeTab).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("code-editor").locator(".monaco-editor").first()).toBeVisible({ timeout: 60_000 });

  // Run from its button (Enter); the results arrive and are announced in a live region.
  const run = page.getByTestId("run-button");
  await tabTo(page, run);
  await expectFocusVisible(run);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("results-summary")).toHaveText(/^\d+\/\d+ passed$/, { timeout: 90_000 });
  await expect(page.getByRole("status").filter({ hasText: /Run finished: \d+ of \d+ tests passed/ })).toBeAttached();

  // Back to the Chat tab from the keyboard.
  await tabTo(page, codeTab, { backwards: true });
  await page.keyboard.press("ArrowLeft");
  await expect(chatTab).toHaveAttribute("aria-selected", "true");

  // The chat input takes a message and Enter sends it.
  const input = page.getByRole("textbox", { name: "Message the interviewer" });
  await tabTo(page, input);
  await expectFocusVisible(input, { indicator: page.locator("form").filter({ has: input }) });

  // Footer dialogs open with Enter, trap focus, close with Escape and give focus back.
  for (const [button, dialog] of [
    [page.getByRole("button", { name: "Notes" }), page.getByRole("dialog", { name: "Notes" })],
    [page.getByRole("button", { name: "Help" }), page.getByRole("dialog", { name: "Help" })],
  ] as const) {
    await tabTo(page, button);
    await expectFocusVisible(button);
    await page.keyboard.press("Enter");
    await expect(dialog).toBeVisible();
    await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press("Tab");
    await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  }

  // Submit from the keyboard: hidden tests run and the score appears.
  const submit = page.getByTestId("submit-button");
  await tabTo(page, submit);
  await expectFocusVisible(submit);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("submission-score")).toBeVisible({ timeout: 90_000 });

  // End: Escape cancels the confirmation; then confirm from the keyboard.
  const end = page.getByTestId("end-button");
  await tabTo(page, end);
  await expectFocusVisible(end);
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("alertdialog", { name: "End the interview?" });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole("button", { name: "Keep going" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(confirm).toBeHidden();
  await expect(end).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(confirm).toBeVisible();
  const endNow = confirm.getByRole("button", { name: "End interview" });
  await tabTo(page, endNow);
  await expectFocusVisible(endNow);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/interview\/[0-9a-f-]{36}\/report$/, { timeout: 60_000 });
  await applyThemeInPlace(page, "light");
});
