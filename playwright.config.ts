import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end journeys through the real UI. This config starts no servers: the test
 * script brings up the Next server and `partykit dev` and passes E2E_BASE_URL.
 * Chromium comes from Debian (/usr/bin/chromium); `npx playwright install` is not used.
 */
const baseURL = process.env.E2E_BASE_URL ?? "http://localhost:3000";
// A run against another build folder (NEXT_DIST_DIR) keeps its own results, so two runs at once
// never delete each other's traces.
const output = `./e2e/.output${process.env.NEXT_DIST_DIR ? `/${process.env.NEXT_DIST_DIR.replace(/^\.+/, "")}` : ""}`;

export default defineConfig({
  testDir: "./e2e",
  outputDir: `${output}/results`,
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? `${output}/results.json` }],
    ["html", { outputFolder: `${output}/report`, open: "never" }],
  ],
  use: {
    ...devices["Desktop Chrome"],
    baseURL,
    viewport: { width: 1440, height: 900 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    video: "off",
    actionTimeout: 15_000,
    navigationTimeout: 60_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    // Desktop (1440×900): every spec except the phone journey.
    { name: "chromium", testIgnore: /phone\.spec\.ts$/ },
    // Phone (390×844, touch): the main journey and the accessibility/screenshot pass again.
    {
      name: "phone",
      testMatch: /(phone|a11y)\.spec\.ts$/,
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
  ],
});
