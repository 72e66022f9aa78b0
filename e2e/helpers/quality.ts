import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import fs from "node:fs/promises";
import path from "node:path";

/**
 * Quality helpers shared by the e2e specs: axe-core WCAG 2.1 AA checks, theme switching and
 * screenshots written to e2e/.output/screenshots/<page>-<theme>-<device>.png.
 */

export type Theme = "light" | "dark";

/** The key the app's theme store (stores/uiStore.ts) and its inline <head> script read. */
export const THEME_STORAGE_KEY = "ic:theme";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Third-party surfaces we do not render ourselves and cannot fix: Monaco's editor internals
 * (its hidden textarea, minimap canvases and decorations) and Excalidraw's canvas/toolbars.
 * Our own markup around them is always checked.
 */
export const THIRD_PARTY_EXCLUDES = [".monaco-editor", ".excalidraw"];

export const SCREENSHOT_DIR = path.join(process.cwd(), "e2e", ".output", "screenshots");

/**
 * Runs axe-core against the page (WCAG 2.0/2.1 A and AA rules) and fails with a readable list
 * of every violation: rule id, impact, summary, and each offending target with axe's own
 * explanation. `exclude` adds selectors to skip (third-party widgets only, say why at the call).
 */
export async function expectNoAxeViolations(
  page: Page,
  label: string,
  options: { exclude?: string[]; include?: string } = {},
): Promise<void> {
  // Let entry animations settle so axe doesn't measure half-faded colours.
  await page.waitForTimeout(400);
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const sel of [...THIRD_PARTY_EXCLUDES, ...(options.exclude ?? [])]) builder = builder.exclude(sel);
  if (options.include) builder = builder.include(options.include);
  const results = await builder.analyze();
  const lines: string[] = [];
  for (const v of results.violations) {
    lines.push(`- [${v.impact ?? "?"}] ${v.id}: ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes.slice(0, 8)) {
      const summary = (node.failureSummary ?? "").replace(/\s+/g, " ").trim();
      lines.push(`    ${node.target.join(" ")}\n      ${summary}`);
    }
    if (v.nodes.length > 8) lines.push(`    … and ${v.nodes.length - 8} more`);
  }
  const theme = await currentTheme(page);
  expect(lines, `axe violations on "${label}" (${theme}):\n${lines.join("\n")}`).toEqual([]);
}

/** The theme currently applied to <html> (the app toggles the `dark` class). */
export async function currentTheme(page: Page): Promise<Theme> {
  const isDark = await page.evaluate(() => document.documentElement.classList.contains("dark"));
  return isDark ? "dark" : "light";
}

/** "phone" below 640px, "tablet" below 1024px, else "desktop" (the brief's breakpoints). */
export function deviceName(page: Page): "phone" | "tablet" | "desktop" {
  const width = page.viewportSize()?.width ?? 1440;
  if (width < 640) return "phone";
  if (width < 1024) return "tablet";
  return "desktop";
}

/**
 * Sets the theme the way the app remembers it: stored in localStorage before every document
 * loads (so the inline head script applies it before first paint) and, if a page is already
 * open, applied to it now through the same class/colour-scheme the store sets.
 */
export async function setTheme(page: Page, theme: Theme): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      try {
        localStorage.setItem(key, value);
      } catch {
        /* opaque origins (about:blank) have no storage */
      }
    },
    [THEME_STORAGE_KEY, theme] as const,
  );
  const url = page.url();
  if (url && url !== "about:blank") {
    await page.evaluate(
      ([key, value]) => {
        localStorage.setItem(key, value);
        document.documentElement.classList.toggle("dark", value === "dark");
        document.documentElement.style.colorScheme = value;
      },
      [THEME_STORAGE_KEY, theme] as const,
    );
  }
}

/**
 * Applies `theme` to the open page without a reload. Prefers the app's own theme toggle (so the
 * store, Monaco, Excalidraw and toasts all follow); where the page has none, sets the class and
 * colour scheme the store sets and stores the choice so the next navigation keeps it.
 */
export async function applyThemeInPlace(page: Page, theme: Theme): Promise<void> {
  if ((await currentTheme(page)) === theme) return;
  const toggle = page.getByRole("button", { name: `Switch to ${theme} theme` }).first();
  if (await toggle.isVisible().catch(() => false)) {
    await toggle.click();
    await page.mouse.move(0, 0); // let the toggle's tooltip close
  } else {
    await page.evaluate(
      ([key, value]) => {
        localStorage.setItem(key, value);
        document.documentElement.classList.toggle("dark", value === "dark");
        document.documentElement.style.colorScheme = value;
      },
      [THEME_STORAGE_KEY, theme] as const,
    );
  }
  await expect.poll(() => currentTheme(page)).toBe(theme);
}

/**
 * Full-page screenshot to e2e/.output/screenshots/<pageName>-<theme>-<device>.png. Theme is
 * read from <html>, device from the viewport width.
 */
export async function screenshot(page: Page, pageName: string): Promise<string> {
  const theme = await currentTheme(page);
  const file = path.join(SCREENSHOT_DIR, `${pageName}-${theme}-${deviceName(page)}.png`);
  await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: file, fullPage: true, animations: "disabled", caret: "hide" });
  return file;
}

/**
 * For each theme: applies it to the open page, checks axe, and takes the screenshot. Leaves the
 * page in the theme it started in. Use this for pages whose state survives no reload.
 */
export async function checkPageInBothThemes(
  page: Page,
  pageName: string,
  options: { exclude?: string[]; screenshot?: boolean } = {},
): Promise<void> {
  const start = await currentTheme(page);
  const order: Theme[] = start === "dark" ? ["dark", "light"] : ["light", "dark"];
  for (const theme of order) {
    await applyThemeInPlace(page, theme);
    await expectNoAxeViolations(page, pageName, { exclude: options.exclude });
    if (options.screenshot !== false) await screenshot(page, pageName);
  }
  await applyThemeInPlace(page, start);
}

/** Same as screenshot(); kept for callers that prefer the plural name. */
export const captureScreens = screenshot;
