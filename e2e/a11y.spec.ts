import { expect, test, type Locator, type Page } from "@playwright/test";
import {
  checkPageInBothThemes,
  deviceName,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  screenshot,
  setTheme,
  type Theme,
} from "./helpers/quality";
import {
  WRONG_TWO_SUM,
  continueAsGuest,
  openChatTab,
  openCodeTab,
  openWhiteboard,
  startTwoSum,
  startUrlShortener,
  typeIntoEditor,
  waitForGreeting,
} from "./helpers/interview";

/**
 * WCAG 2.1 AA through the real UI: axe-core (wcag2a/aa, wcag21a/aa) on every page and on the
 * interview's main states (chat, a run's results, the notes/help/end dialogs, the whiteboard,
 * the report), in light and in dark; a screenshot
 * of each page per theme and device under e2e/.output/screenshots/. Runs in the desktop
 * project and again in the phone project (390×844, see playwright.config.ts).
 *
 * Excluded from axe (see THIRD_PARTY_EXCLUDES in helpers/quality.ts): Monaco's editor internals
 * and Excalidraw's canvas and toolbars — third-party widgets whose markup we don't render.
 */

const THEMES: Theme[] = ["light", "dark"];

// Still frames: axe measures settled colours and the screenshots are deterministic.
test.use({ reducedMotion: "reduce" });

/**
 * In the desktop project, also looks at the page at tablet width (820×1180, the brief's middle
 * breakpoint): nothing scrolls sideways, axe passes, and a "-tablet" screenshot is written.
 */
async function checkTablet(page: Page, name: string) {
  if (deviceName(page) !== "desktop") return;
  const original = page.viewportSize()!;
  await page.setViewportSize({ width: 820, height: 1180 });
  await expectNoHorizontalScroll(page, `${name} at 820px`);
  await expectNoAxeViolations(page, `${name} (tablet)`);
  await screenshot(page, name);
  await page.setViewportSize(original);
}

/** Opens a dialog with `open`, checks axe and screenshots it in both themes, closes it with Escape. */
async function checkDialog(page: Page, open: Locator, dialog: Locator, name: string) {
  await open.click();
  await expect(dialog).toBeVisible();
  await checkPageInBothThemes(page, name);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
}

test("sign-in, home and the problem picker have no WCAG 2.1 AA violations, light and dark", async ({ page }) => {
  for (const theme of THEMES) {
    await setTheme(page, theme);
    await page.goto("/signin");
    await expect(page.getByRole("button", { name: "Continue as guest" })).toBeVisible();
    await expectNoAxeViolations(page, "sign-in");
    await screenshot(page, "signin");
    await expectNoHorizontalScroll(page, "sign-in");
  }
  await checkTablet(page, "signin");

  await continueAsGuest(page);
  for (const theme of THEMES) {
    await setTheme(page, theme);
    // `/` sends a signed-in visitor to the picker.
    await page.goto("/");
    await expect(page).toHaveURL(/\/problems$/);
    await expect(page.getByRole("list", { name: "Problems" }).getByRole("listitem").first()).toBeVisible();
    await expect(page.getByRole("list", { name: "System-design interviews" }).getByRole("listitem").first()).toBeVisible();
    await expectNoAxeViolations(page, "problems");
    await screenshot(page, "problems");
    await expectNoHorizontalScroll(page, "problems");
  }
  await checkTablet(page, "problems");
});

test("the coding interview and its report have no WCAG 2.1 AA violations, light and dark", async ({ page }) => {
  await setTheme(page, "light");
  await startTwoSum(page);
  await waitForGreeting(page);
  await checkPageInBothThemes(page, "interview-chat");

  // Phones and tablets show the statement in a Problem tab; desktops in the sidebar.
  const problemTab = page.getByRole("tab", { name: /Problem/ });
  if (await problemTab.isVisible()) {
    await problemTab.click();
    await expect(page.getByTestId("problem-statement").first()).toBeVisible();
    await checkPageInBothThemes(page, "interview-problem");
    await openChatTab(page);
  }

  // A run with failures: summary, per-test rows with expected vs actual and the test's output.
  await openCodeTab(page);
  await typeIntoEditor(page, WRONG_TWO_SUM);
  await page.getByTestId("run-button").click();
  await expect(page.getByTestId("results-summary")).toHaveText(/^\d+\/\d+ passed$/, { timeout: 90_000 });
  await expect(page.locator('[data-testid="test-row"][data-passed="false"]').first()).toBeVisible();
  await checkPageInBothThemes(page, "interview-results");
  await checkTablet(page, "interview-results");

  // The footer's dialogs (on phones the editor sheet closes first: the footer is behind it).
  await openChatTab(page);
  await checkDialog(page, page.getByRole("button", { name: "Notes" }), page.getByRole("dialog", { name: "Notes" }), "dialog-notes");
  await checkDialog(page, page.getByRole("button", { name: "Help" }), page.getByRole("dialog", { name: "Help" }), "dialog-help");
  await checkDialog(
    page,
    page.getByTestId("end-button"),
    page.getByRole("alertdialog", { name: "End the interview?" }),
    "dialog-end",
  );

  // End → report.
  await page.getByTestId("end-button").click();
  await page.getByRole("alertdialog", { name: "End the interview?" }).getByRole("button", { name: "End interview" }).click();
  await expect(page).toHaveURL(/\/interview\/[0-9a-f-]{36}\/report$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { name: "Interview report" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("transcript")).toBeVisible();
  for (const theme of THEMES) {
    await setTheme(page, theme);
    await page.reload();
    await expect(page.getByRole("heading", { name: "Interview report" })).toBeVisible({ timeout: 30_000 });
    await expectNoAxeViolations(page, "report");
    await screenshot(page, "report");
    await expectNoHorizontalScroll(page, "report");
  }
  await checkTablet(page, "report");
});

test("the system-design interview and its whiteboard have no WCAG 2.1 AA violations, light and dark", async ({ page }) => {
  await setTheme(page, "light");
  await startUrlShortener(page);
  await waitForGreeting(page);
  await checkPageInBothThemes(page, "design-chat");
  await checkTablet(page, "design-chat");
  await openWhiteboard(page);
  await checkPageInBothThemes(page, "design-whiteboard");
});
