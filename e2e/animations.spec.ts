import { expect, test, type Locator, type Page } from "@playwright/test";
import { startTwoSum } from "./helpers/interview";

/**
 * The room's Lottie animations in a real browser: they render as SVG, play when motion is
 * allowed, and hold a single still frame under `prefers-reduced-motion: reduce`.
 */

async function twoSnapshots(animation: Locator): Promise<[string, string]> {
  const svg = animation.locator("svg");
  await expect(svg).toBeVisible();
  const first = await svg.evaluate((el) => el.innerHTML);
  await animation.page().waitForTimeout(700);
  const second = await svg.evaluate((el) => el.innerHTML);
  return [first, second];
}

/** Holds the interviewer's reply back so the "about to answer" indicator stays on screen. */
async function delayChatReplies(page: Page, ms: number) {
  await page.route(/\/api\/v1\/interviews\/[^/]+\/chat$/, async (route) => {
    if (route.request().method() === "POST") await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });
}

async function sendMessage(page: Page, text: string) {
  const input = page.getByRole("textbox", { name: "Message the interviewer" });
  await input.fill(text);
  await input.press("Enter");
  await expect(input).toHaveValue("");
}

test("the connection and typing animations render and play", async ({ page }) => {
  await startTwoSum(page);

  const status = page.getByTestId("connection-status");
  await expect(status).toHaveAttribute("data-state", "open", { timeout: 30_000 });
  const connected = status.locator('[data-animation="connected"]');
  await expect(connected).toHaveAttribute("data-motion", "animated");
  await expect(connected).toHaveAttribute("aria-hidden", "true");
  const [a, b] = await twoSnapshots(connected);
  expect(a).not.toBe(b);

  await delayChatReplies(page, 4_000);
  await sendMessage(page, "Could I use a hash map here?");
  const indicator = page.getByTestId("typing-indicator");
  await expect(indicator).toBeVisible();
  const pending = indicator.locator("[data-animation]");
  await expect(pending).toHaveAttribute("data-animation", /^(thinking|typing)$/);
  await expect(pending.locator("svg")).toBeVisible();
  const [c, d] = await twoSnapshots(pending);
  expect(c).not.toBe(d);
});

test.describe("with reduced motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("animations show a still frame and nothing plays", async ({ page }) => {
    await startTwoSum(page);

    const status = page.getByTestId("connection-status");
    await expect(status).toHaveAttribute("data-state", "open", { timeout: 30_000 });
    const connected = status.locator('[data-animation="connected"]');
    await expect(connected).toHaveAttribute("data-motion", "static");
    const [a, b] = await twoSnapshots(connected);
    expect(a).toBe(b);

    await delayChatReplies(page, 4_000);
    await sendMessage(page, "Could I use a hash map here?");
    const pending = page.getByTestId("typing-indicator").locator("[data-animation]");
    await expect(pending).toHaveAttribute("data-motion", "static");
    const [c, d] = await twoSnapshots(pending);
    expect(c).toBe(d);

    // No animation anywhere on the page is left playing.
    const motions = await page.locator("[data-animation]").evaluateAll((els) => els.map((el) => el.getAttribute("data-motion")));
    expect(motions.length).toBeGreaterThan(0);
    expect(motions.every((m) => m === "static")).toBe(true);
  });
});
