import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";
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
  expect.soft(lines, `axe violations on "${label}" (${theme}):\n${lines.join("\n")}`).toEqual([]);
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

let themeSeq = 0;

/**
 * Sets the theme the way the app remembers it: written to localStorage before the next
 * document loads (so the app's inline head script applies it before first paint), once — later
 * toggles in the app are kept across navigations. If a page is already open, the theme is
 * applied to it now as well (through the app's toggle when there is one).
 */
export async function setTheme(page: Page, theme: Theme): Promise<void> {
  const seq = ++themeSeq;
  await page.addInitScript(
    ([key, value, n]) => {
      try {
        // Each setTheme call wins once, on the first document after it; older calls never again.
        const applied = Number(sessionStorage.getItem("ic:e2e-theme-seq") ?? "0");
        if (Number(n) > applied) {
          localStorage.setItem(key, value);
          sessionStorage.setItem("ic:e2e-theme-seq", n);
        }
      } catch {
        /* opaque origins (about:blank) have no storage */
      }
    },
    [THEME_STORAGE_KEY, theme, String(seq)] as const,
  );
  const url = page.url();
  if (url && url !== "about:blank") {
    await page.evaluate((n) => sessionStorage.setItem("ic:e2e-theme-seq", n), String(seq)).catch(() => undefined);
    await applyThemeInPlace(page, theme);
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

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, failing after `max` presses — proof the
 * control is reachable from the keyboard in the page's tab order.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 80 }: { backwards?: boolean; max?: number } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()} ${el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 40) ?? ""}` : "none";
  });
  throw new Error(`${target} not reached with ${backwards ? "Shift+Tab" : "Tab"} after ${max} presses (focus on: ${focused})`);
}

/**
 * The focused element matches :focus-visible and draws a visible focus indicator: an outline or
 * a ring (box-shadow). `indicator` names the element that draws it when that is a wrapper (a
 * composed field whose ring sits on its container via :focus-within).
 */
export async function expectFocusVisible(target: Locator, { indicator }: { indicator?: Locator } = {}): Promise<void> {
  await expect(target).toBeFocused();
  expect(await target.evaluate((el) => el.matches(":focus-visible")), `${target} matches :focus-visible`).toBe(true);
  const style = await (indicator ?? target).evaluate((el) => {
    const cs = getComputedStyle(el);
    return {
      outline: cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 1 ? `${cs.outlineWidth} ${cs.outlineStyle} ${cs.outlineColor}` : "",
      ring: cs.boxShadow && cs.boxShadow !== "none" ? cs.boxShadow : "",
    };
  });
  expect(style.outline || style.ring, `${indicator ?? target} shows an outline or ring when focused`).not.toBe("");
}

/** The page does not scroll sideways at the current viewport (nothing wider than the screen). */
export async function expectNoHorizontalScroll(page: Page, label = "page"): Promise<void> {
  const { scrollWidth, innerWidth, offenders } = await page.evaluate(() => {
    const vw = window.innerWidth;
    const offenders = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > vw + 1 && getComputedStyle(el).position !== "fixed";
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 4).join(".")}`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: vw, offenders };
  });
  expect(scrollWidth, `${label} scrolls sideways at ${innerWidth}px; wide elements: ${offenders.join(", ")}`).toBeLessThanOrEqual(innerWidth);
}
