import { expect, test, type Page } from "@playwright/test";
import { checkPageInBothThemes } from "./helpers/quality";
import {
  CORRECT_TWO_SUM,
  DESKTOP,
  PHONE,
  WRONG_TWO_SUM,
  expectNoHorizontalScroll,
  signInAsGuest,
  twoSumInterview,
} from "./helpers/report-flow";

/**
 * The history page: past interviews with their reports, the score trend, weak areas across
 * interviews and what to practise next (each starts that problem). A new user sees an empty state.
 */

async function checkEverywhere(page: Page, name: string) {
  await page.setViewportSize(DESKTOP);
  await checkPageInBothThemes(page, name);
  await page.setViewportSize(PHONE);
  await expectNoHorizontalScroll(page);
  await checkPageInBothThemes(page, name);
  await page.setViewportSize(DESKTOP);
}

test("a new user's history is empty and points to the problems", async ({ page }) => {
  await signInAsGuest(page);
  await page.goto("/history");
  const empty = page.getByTestId("history-empty");
  await expect(empty).toBeVisible({ timeout: 30_000 });
  await expect(empty).toContainText("No interviews yet");
  await expect(empty.getByRole("link", { name: "Pick a problem" })).toHaveAttribute("href", "/problems");
  await checkEverywhere(page, "history-empty");
});

test("after two interviews the history shows both, a trend, weak areas and what to practise next", async ({ page }) => {
  await signInAsGuest(page);
  // One that goes well, one whose submission fails the tests (weak areas come from that evidence),
  // and one left in progress.
  const good = await twoSumInterview(page, {
    say: "A hash map from value to index in one pass: O(n) time, O(n) space.",
    runFirst: CORRECT_TWO_SUM,
    submit: CORRECT_TWO_SUM,
    end: true,
  });
  const bad = await twoSumInterview(page, { submit: WRONG_TWO_SUM, end: true });
  const open = await twoSumInterview(page, {});

  // The header links to the history.
  await page.goto("/problems");
  await page.getByTestId("nav-history").click();
  await expect(page).toHaveURL(/\/history$/);
  await expect(page.getByRole("heading", { name: "Your interviews", level: 1 })).toBeVisible();

  // Both completed interviews link to their reports; the open one can be continued.
  const items = page.getByTestId("history-item");
  await expect(items).toHaveCount(3, { timeout: 30_000 });
  const list = page.getByTestId("history-list");
  await expect(list.locator(`a[href="/interview/${good}/report"]`)).toBeVisible();
  await expect(list.locator(`a[href="/interview/${bad}/report"]`)).toBeVisible();
  await expect(list.locator(`a[href="/interview/${open}"]`)).toContainText("Continue");

  // The trend: one point per completed interview, with a table alternative.
  const trend = page.getByTestId("history-trend");
  await expect(page.getByTestId("history-trend-chart")).toBeVisible();
  await expect(page.getByTestId("history-trend-chart").locator("circle")).toHaveCount(2);
  await trend.getByText("Scores as a table").click();
  await expect(trend.locator("tbody tr")).toHaveCount(2);

  // Weak areas across interviews, with counts.
  const weak = page.getByTestId("history-weak-area");
  expect(await weak.count()).toBeGreaterThan(0);
  await expect(weak.first()).toContainText(/\d+ interviews?/);

  // Practise next: suggestions that start their problem.
  const next = page.getByTestId("practice-next-item");
  expect(await next.count()).toBeGreaterThan(0);

  await checkEverywhere(page, "history");

  // Opening a report from the list.
  await list.locator(`a[href="/interview/${good}/report"]`).click();
  await expect(page).toHaveURL(new RegExp(`/interview/${good}/report$`));
  await expect(page.getByTestId("report-score")).toBeVisible({ timeout: 30_000 });

  // Starting a suggestion opens a new interview on it.
  await page.goBack();
  await expect(page.getByTestId("practice-next-item").first()).toBeVisible({ timeout: 30_000 });
  await page.getByTestId("practice-next-start").first().click();
  await expect(page).toHaveURL(/\/interview\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  expect(page.url()).not.toContain(open);
});
