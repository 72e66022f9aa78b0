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
 * The report people come back to: a guest does a short Two Sum interview (chat, a failing run,
 * a passing submission, the end), then reads the report — score and recommendation, the rubric
 * radar and its evidence, measured complexity, test results, feedback — scrubs the replay, jumps
 * from evidence to its moment, and shares the report by a link that needs no sign-in.
 */

const CHAT = "I'd use a hash map from value to index: one pass, O(n) time and O(n) space. What if there are duplicates?";

/** axe (WCAG 2.1 AA) and screenshots in light and dark, on a desktop and on a phone. */
async function checkEverywhere(page: Page, name: string) {
  await page.setViewportSize(DESKTOP);
  await checkPageInBothThemes(page, name);
  await page.setViewportSize(PHONE);
  await expectNoHorizontalScroll(page);
  await checkPageInBothThemes(page, name);
  await page.setViewportSize(DESKTOP);
}

const codeShown = (page: Page) => page.getByTestId("report-code").innerText();

test("the report shows the rubric, complexity, tests and a replay, and can be shared without sign-in", async ({ page, browser }) => {
  await signInAsGuest(page);
  const id = await twoSumInterview(page, { say: CHAT, runFirst: WRONG_TWO_SUM, submit: CORRECT_TWO_SUM, end: true });

  await page.goto(`/interview/${id}/report`);
  await expect(page.getByRole("heading", { name: "Interview report", level: 1 })).toBeVisible({ timeout: 30_000 });

  // Score (count-up, colour-coded) and the recommendation with its reasons.
  const score = page.getByTestId("report-score");
  await expect(score).toHaveAttribute("aria-label", /Score \d+ out of 100/);
  await expect(score).toHaveAttribute("data-tone", /success|warning|error/);
  const rec = page.getByTestId("recommendation");
  await expect(rec).toHaveAttribute("data-verdict", /^(hire|lean_hire|lean_no_hire|no_hire)$/);
  await expect(rec.getByRole("listitem").first()).toBeVisible();

  // Rubric: the radar (8 axes) and a card per dimension with evidence.
  await expect(page.getByTestId("rubric-radar")).toBeVisible();
  await expect(page.getByRole("img", { name: /Rubric scores by dimension/ })).toBeVisible();
  await expect(page.getByTestId("rubric-dimension")).toHaveCount(8);
  await expect(page.getByTestId("rubric-table").locator("tbody tr")).toHaveCount(8);
  expect(await page.getByTestId("rubric-evidence").count()).toBeGreaterThan(0);
  await expect(page.locator('[data-testid="rubric-evidence"][data-positive="true"]').first()).toBeVisible();

  // Measured complexity: measured vs optimal, confidence, the timing curve.
  const complexity = page.getByTestId("complexity-section");
  await expect(complexity).toBeVisible();
  await expect(page.getByTestId("complexity-time-measured")).toHaveText(/^O\(/);
  await expect(page.getByTestId("complexity-time-chart")).toBeVisible();
  await expect(page.getByTestId("complexity-time").getByText(/Confidence of the fit/)).toBeVisible();

  // Test results of the final submission: visible tests with details, hidden ones pass/fail only.
  await expect(page.getByTestId("report-tests-summary")).toHaveText(/^(\d+)\/\1 passed$/);
  await expect(page.locator('[data-testid="report-test"][data-hidden="false"]').first()).toBeVisible();
  const hidden = page.locator('[data-testid="report-test"][data-hidden="true"]');
  expect(await hidden.count()).toBeGreaterThan(0);
  await expect(hidden.first()).not.toContainText("Input");

  // The interviewer's written feedback.
  await expect(page.getByTestId("report-feedback")).toBeVisible();

  // Replay: the end shows the final code and the whole conversation.
  const scrubber = page.getByTestId("replay-scrubber");
  await expect(scrubber).toBeVisible();
  await expect(page.getByTestId("report-code")).toContainText("seen[x] = i");
  await expect(page.getByTestId("transcript")).toContainText("hash map from value to index");

  // Scrubbing back to the failing run shows the code as it was then; the keyboard moves it too.
  await page.getByTestId("replay-timeline").getByRole("button", { name: /Ran the examples/ }).first().click();
  await expect(page.getByTestId("report-code")).toContainText("return [0, 1]");
  await expect(page.getByTestId("report-code")).not.toContainText("seen[x] = i");
  await expect(page.getByTestId("replay-run")).toContainText(/Run: \d+\/\d+ passed/);
  await scrubber.focus();
  await page.keyboard.press("Home");
  await expect(page.getByTestId("replay-current")).toHaveAttribute("data-position", "0");
  await expect.poll(() => codeShown(page).catch(() => "")).not.toContain("seen[x] = i");
  await page.keyboard.press("End");
  await expect(page.getByTestId("report-code")).toContainText("seen[x] = i");
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("replay-current")).not.toHaveAttribute("data-position", "0");

  // Play advances the replay from the start.
  await page.keyboard.press("Home");
  await page.getByTestId("replay-play").click();
  await expect(page.getByTestId("replay-current")).not.toHaveAttribute("data-position", "0", { timeout: 5_000 });
  await page.getByTestId("replay-play").click();

  // Evidence links jump the scrubber to the moment that earned or lost the points.
  const jump = page.getByTestId("evidence-jump").first();
  await expect(jump).toBeVisible();
  const target = await jump.getAttribute("data-event-id");
  await jump.click();
  await expect(page.getByTestId("replay-current")).toHaveAttribute("data-event-id", target!);
  await expect(scrubber).toBeFocused();

  await checkEverywhere(page, "report");

  // Share: off by default; on gives a link that works in a browser without cookies.
  const share = page.getByTestId("share-switch");
  await expect(share).toHaveAttribute("aria-checked", "false");
  await share.click();
  await expect(share).toHaveAttribute("aria-checked", "true");
  const url = await page.getByTestId("share-url").inputValue();
  expect(url).toMatch(/^https?:\/\/.+\/shared\/.+/);

  const anon = await browser.newContext({ viewport: DESKTOP });
  const reader = await anon.newPage();
  try {
    await reader.goto(url);
    await expect(reader.getByRole("heading", { name: /Interview report/, level: 1 })).toBeVisible({ timeout: 30_000 });
    await expect(reader.getByTestId("report-problem")).toHaveText("Two Sum");
    await expect(reader.getByTestId("report-score")).toHaveAttribute("aria-label", /Score \d+ out of 100/);
    await expect(reader.getByTestId("rubric-dimension")).toHaveCount(8);
    await expect(reader.getByTestId("replay-scrubber")).toBeVisible();
    await expect(reader.getByTestId("share-switch")).toHaveCount(0);
    // Nothing on the page leads into signed-in parts of the app.
    const hrefs = await reader.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    for (const h of hrefs) expect(h, `link ${h} on the shared page`).not.toMatch(/^\/(interview|history|problems)/);
    await checkEverywhere(reader, "shared-report");

    // Share off: the same link now says so.
    await share.click();
    await expect(share).toHaveAttribute("aria-checked", "false");
    await reader.reload();
    await expect(reader.getByRole("heading", { name: "This report is no longer shared" }).or(
      reader.getByText("This report is no longer shared"),
    )).toBeVisible({ timeout: 30_000 });
    await expect(reader.getByTestId("report")).toHaveCount(0);
    await checkEverywhere(reader, "shared-report-revoked");
  } finally {
    await anon.close();
  }
});

test("a report that is still in progress says so and links back to the interview", async ({ page }) => {
  await signInAsGuest(page);
  const id = await twoSumInterview(page, {});
  await page.goto(`/interview/${id}/report`);
  await expect(page.getByText("This interview is still in progress")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("link", { name: "Resume the interview" })).toHaveAttribute("href", `/interview/${id}`);
});
