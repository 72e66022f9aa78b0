import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { leakedSecrets, problemSecrets } from "../tests/helpers/problem-secrets";

/**
 * The production build sends browsers .next/static and the pages' HTML. Neither may hold a hidden
 * test, a hint, a pitfall or a line of a reference or planted solution.
 */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** The page's HTML once it stops navigating (`/` sends visitors on to /signin or /problems). */
async function settledContent(page: Page): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    await page.waitForLoadState("networkidle");
    try {
      return await page.content();
    } catch (err) {
      if (attempt >= 10) throw err;
    }
  }
}

test("the web bundle and pages hold no problem secrets", async ({ page }) => {
  const secrets = problemSecrets();
  const files = filesUnder(path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "static")).filter((f) => /\.(js|css|html|json|txt)$/.test(f));
  expect(files.length).toBeGreaterThan(10);
  const leaks = new Set<string>();
  for (const f of files) for (const l of leakedSecrets(fs.readFileSync(f, "utf8"), secrets)) leaks.add(`${path.relative(process.cwd(), f)}: ${l}`);
  for (const route of ["/", "/problems", "/signin"]) {
    // The HTML as served, then the page as rendered (a client redirect may replace it).
    const res = await page.request.get(route);
    expect(res.status(), route).toBeLessThan(400);
    for (const l of leakedSecrets(await res.text(), secrets)) leaks.add(`${route} (served): ${l}`);
    await page.goto(route);
    for (const l of leakedSecrets(await settledContent(page), secrets)) leaks.add(`${route} (rendered): ${l}`);
  }
  expect([...leaks]).toEqual([]);
});
