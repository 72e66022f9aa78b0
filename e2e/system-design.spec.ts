import { expect, test, type Locator, type Page } from "@playwright/test";

/**
 * A system-design interview through the real UI: guest → "Design a URL Shortener" from the
 * picker → the greeting asks about requirements → the whiteboard (Excalidraw, assets served
 * by the app) → a diagram drawn through the exposed API autosaves → reload brings it back →
 * the interviewer comments on it in the chat → PNG export downloads.
 */

type Skeleton = Record<string, unknown>;
type WhiteboardApi = {
  updateScene: (scene: { elements: unknown[] }) => void;
  getSceneElements: () => { id: string; type: string; text?: string; isDeleted?: boolean }[];
};

function assistantMessages(page: Page): Locator {
  return page.getByRole("log", { name: "Conversation" }).locator('[data-role="assistant"]');
}

/** Labels of the text elements on the live whiteboard. */
async function whiteboardLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const wb = (window as unknown as { __interviewCoachWhiteboard?: WhiteboardApi }).__interviewCoachWhiteboard;
    return (wb?.getSceneElements() ?? []).filter((e) => e.type === "text" && !e.isDeleted).map((e) => e.text ?? "");
  });
}

async function openWhiteboard(page: Page) {
  await page.getByRole("tab", { name: /Whiteboard/ }).click();
  await expect(page.getByRole("tab", { name: /Whiteboard/ })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("whiteboard").locator(".excalidraw canvas").first()).toBeVisible({ timeout: 60_000 });
  await expect
    .poll(() => page.evaluate(() => Boolean((window as unknown as { __interviewCoachWhiteboard?: unknown }).__interviewCoachWhiteboard)))
    .toBe(true);
}

test("a guest designs a URL shortener on the whiteboard", async ({ page, baseURL }) => {
  const appHost = new URL(baseURL ?? process.env.E2E_BASE_URL ?? "http://localhost").hostname;
  const foreign: string[] = [];
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (!/^https?:$|^wss?:$/.test(url.protocol)) return; // data:, blob:
    if (![appHost, "localhost", "127.0.0.1", "[::1]"].includes(url.hostname)) foreign.push(req.url());
  });

  // 1. Guest → the picker's system-design section.
  await page.goto("/signin");
  await page.getByRole("button", { name: "Continue as guest" }).click();
  await expect(page).toHaveURL(/\/problems$/);
  const designList = page.getByRole("list", { name: "System-design interviews" });
  await expect(designList.getByRole("listitem")).toHaveCount(6);
  await page.getByRole("button", { name: "Start Design a URL Shortener (system design)" }).click();
  await expect(page).toHaveURL(/\/interview\/[0-9a-f-]{36}$/);

  // 2. The room for a design interview: brief, design stages, no Code tab or Submit.
  await expect(page.getByTestId("interview-title")).toHaveText("Design a URL Shortener");
  const greeting = assistantMessages(page).first();
  await expect(greeting).toHaveAttribute("data-streaming", "false", { timeout: 30_000 });
  await expect(greeting).toContainText(/requirements/i);
  await expect(page.getByRole("tab", { name: /Code/ })).toHaveCount(0);
  await expect(page.getByTestId("submit-button")).toHaveCount(0);
  await expect(page.getByTestId("end-button")).toBeVisible();
  await expect(page.getByTestId("problem-statement")).toContainText("Functional requirements");
  await expect(page.getByRole("list", { name: "Interview stages" })).toContainText("Requirements");

  // 3. The whiteboard loads on demand, with nothing fetched from outside.
  await openWhiteboard(page);

  // 4. Draw a small architecture through the exposed API; it autosaves.
  await page.evaluate(() => {
    const w = window as unknown as {
      __interviewCoachWhiteboard: WhiteboardApi;
      __interviewCoachWhiteboardConvert: (s: Skeleton[]) => unknown[];
    };
    const box = (id: string, x: number, label: string): Skeleton => ({
      type: "rectangle",
      id,
      x,
      y: 100,
      width: 160,
      height: 80,
      label: { text: label },
    });
    const arrow = (from: string, to: string, x: number): Skeleton => ({
      type: "arrow",
      x,
      y: 140,
      width: 60,
      height: 0,
      start: { id: from },
      end: { id: to },
    });
    const elements = w.__interviewCoachWhiteboardConvert([
      box("client", 0, "Client"),
      box("api", 240, "API Service"),
      box("db", 480, "Database"),
      arrow("client", "api", 160),
      arrow("api", "db", 400),
    ]);
    w.__interviewCoachWhiteboard.updateScene({ elements });
  });
  const saveState = page.getByTestId("whiteboard-save-state");
  await expect(saveState).toHaveText(/Unsaved|Saving/);
  await expect(saveState).toHaveText("Saved", { timeout: 20_000 });

  // 5. Reload: the scene comes back from the server.
  await page.reload();
  await expect(page.getByRole("tab", { name: /Whiteboard/ })).toHaveAttribute("aria-selected", "true");
  await openWhiteboard(page);
  await expect.poll(() => whiteboardLabels(page).then((l) => l.sort())).toEqual(["API Service", "Client", "Database"]);

  // 6. The interviewer has looked at the diagram and said something in the chat.
  await page.getByRole("tab", { name: /Chat/ }).click();
  await expect(assistantMessages(page).nth(1)).toBeVisible({ timeout: 30_000 });
  await expect(assistantMessages(page).nth(1)).not.toBeEmpty();

  // 7. Export the diagram as PNG.
  await page.getByRole("tab", { name: /Whiteboard/ }).click();
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "PNG" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("system-design.png");

  expect(foreign, "requests to non-local hosts").toEqual([]);
});
