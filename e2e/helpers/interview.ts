import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Shared steps through the real UI (sign in as a guest, start an interview, drive the chat,
 * the editor and the footer). They work at every viewport: on phones the Code tab opens the
 * editor in a full-height sheet, and the steps below find it there the same way.
 */

export const WRONG_TWO_SUM = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        print("debug: trying the first pair")
        return [0, 1]
`;

export const CORRECT_TWO_SUM = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
`;

type EditorHandle = { getValue: () => string; setValue: (code: string) => void };

export async function continueAsGuest(page: Page) {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Continue as guest" }).click();
  await expect(page).toHaveURL(/\/problems$/);
}

/** Guest → picker → Two Sum in the given language; resolves on the interview page with its id. */
export async function startTwoSum(page: Page, language = "Python", { signIn = true } = {}): Promise<string> {
  if (signIn) await continueAsGuest(page);
  else await page.goto("/problems");
  await page.getByRole("combobox", { name: "Language" }).click();
  await page.getByRole("option", { name: language }).click();
  await page.getByRole("button", { name: `Start Two Sum in ${language}` }).click();
  await expect(page).toHaveURL(/\/interview\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}

/** Guest → picker's system-design section → "Design a URL Shortener". */
export async function startUrlShortener(page: Page, { signIn = true } = {}) {
  if (signIn) await continueAsGuest(page);
  else await page.goto("/problems");
  await page.getByRole("button", { name: "Start Design a URL Shortener (system design)" }).click();
  await expect(page).toHaveURL(/\/interview\/[0-9a-f-]{36}$/);
}

export function conversation(page: Page): Locator {
  return page.getByRole("log", { name: "Conversation" });
}

export function assistantMessages(page: Page): Locator {
  return conversation(page).locator('[data-role="assistant"]');
}

/** Waits for the interviewer's greeting to finish streaming. */
export async function waitForGreeting(page: Page) {
  const greeting = assistantMessages(page).first();
  await expect(greeting).toBeVisible({ timeout: 30_000 });
  await expect(greeting).toHaveAttribute("data-streaming", "false", { timeout: 60_000 });
}

/** Sends a chat message with Enter and waits for the complete reply. */
export async function chat(page: Page, text: string) {
  const before = await assistantMessages(page).count();
  const input = page.getByRole("textbox", { name: "Message the interviewer" });
  await input.fill(text);
  await input.press("Enter");
  await expect(input).toHaveValue("");
  await expect(conversation(page).locator('[data-role="user"]').last()).toContainText(text);
  await expect(assistantMessages(page)).toHaveCount(before + 1, { timeout: 60_000 });
  await expect(assistantMessages(page).nth(before)).toHaveAttribute("data-streaming", "false", { timeout: 60_000 });
}

/** Opens the Code tab (on phones: the editor sheet) and waits for Monaco. */
export async function openCodeTab(page: Page) {
  const tab = page.getByRole("tab", { name: /Code/ });
  await tab.click();
  await expect(tab).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("code-editor").locator(".monaco-editor").first()).toBeVisible({ timeout: 60_000 });
}

/** Goes back to the Chat tab (on phones this closes the editor sheet first). */
export async function openChatTab(page: Page) {
  const sheet = page.getByRole("dialog", { name: "Code editor" });
  if (await sheet.isVisible().catch(() => false)) {
    await sheet.getByRole("button", { name: "Close the editor" }).click();
    await expect(sheet).toBeHidden();
  }
  const tab = page.getByRole("tab", { name: /Chat/ });
  await tab.click();
  await expect(tab).toHaveAttribute("aria-selected", "true");
}

export async function editorValue(page: Page): Promise<string> {
  return page.evaluate(
    () => (window as unknown as { __interviewCoachEditor?: EditorHandle }).__interviewCoachEditor?.getValue() ?? "",
  );
}

/** Replaces the editor contents the way a user would: focus, select all, type (paste-like). */
export async function typeIntoEditor(page: Page, code: string) {
  const editor = page.getByTestId("code-editor").locator(".monaco-editor").first();
  await expect(editor).toBeVisible();
  await editor.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
  if ((await editorValue(page)).trim() !== code.trim()) {
    await page.evaluate((c) => {
      (window as unknown as { __interviewCoachEditor?: EditorHandle }).__interviewCoachEditor?.setValue(c);
    }, code);
  }
  await expect.poll(() => editorValue(page).then((v) => v.trim())).toBe(code.trim());
}

/** Clicks Run and waits for the results summary ("n/m passed"). */
export async function runCode(page: Page) {
  await page.getByTestId("run-button").click();
  await expect(page.getByTestId("results-summary")).toHaveText(/^\d+\/\d+ passed$/, { timeout: 90_000 });
}

/** Submit from the footer; waits for the score. */
export async function submitCode(page: Page) {
  await page.getByTestId("submit-button").click();
  await expect(page.getByTestId("submission-score")).toBeVisible({ timeout: 90_000 });
}

/** End (confirmed) and land on the report. */
export async function endInterview(page: Page) {
  await page.getByTestId("end-button").click();
  const dialog = page.getByRole("alertdialog", { name: "End the interview?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "End interview" }).click();
  await expect(page).toHaveURL(/\/interview\/[0-9a-f-]{36}\/report$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { name: "Interview report" })).toBeVisible({ timeout: 30_000 });
}

/** Opens the Whiteboard tab of a system-design interview and waits for Excalidraw. */
export async function openWhiteboard(page: Page) {
  const tab = page.getByRole("tab", { name: /Whiteboard/ });
  await tab.click();
  await expect(tab).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("whiteboard").locator(".excalidraw canvas").first()).toBeVisible({ timeout: 60_000 });
}
