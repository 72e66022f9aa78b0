import fs from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import {
  CORRECT_TWO_SUM,
  chat,
  editorValue,
  endInterview,
  openCodeTab,
  runCode,
  submitCode,
  typeIntoEditor,
  waitForGreeting,
} from "./helpers/interview";
import { checkPageInBothThemes, expectNoHorizontalScroll } from "./helpers/quality";

/**
 * The recruiter's journey with two browsers at once: a recruiter registers, creates a team and an
 * interview link; a candidate (a second browser context, no account) opens the link and starts;
 * the recruiter watches live and sees the candidate's code and run results appear while the
 * candidate sees that a reviewer is watching; the candidate ends; the recruiter reads the report,
 * compares candidates and downloads the PDF; a revoked link's invitation says so and offers no Start.
 * Every new page is checked with axe and photographed in light and dark.
 */

const stamp = Date.now();
const RECRUITER = { name: "Grace Recruiter", email: `grace-${stamp}@example.com`, password: "correct horse battery" };
const TEAM = `Acme Hiring ${stamp}`;
const NOTE = "Hi! Think out loud — we care about how you reason, not only the answer.";
const SAID = "I'll keep a hash map from value to index and look up the complement: one pass, O(n) time.";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/** The page at phone size: no sideways scrolling, axe and screenshots in both themes; then back to desktop. */
async function checkOnPhone(page: Page, name: string, options: { exclude?: string[] } = {}) {
  await page.setViewportSize(PHONE);
  await expectNoHorizontalScroll(page, name);
  await checkPageInBothThemes(page, name, options);
  await page.setViewportSize(DESKTOP);
}

async function registerRecruiter(page: Page) {
  await page.goto("/recruit");
  await expect(page.getByTestId("recruit-account-needed")).toContainText("Sign in to recruit");
  await checkPageInBothThemes(page, "recruit-signed-out");
  await page.getByRole("link", { name: "Sign in or create an account" }).click();
  await expect(page).toHaveURL(/\/signin\?next=%2Frecruit$/);
  await page.getByRole("tab", { name: "Create account" }).click();
  const form = page.getByRole("form", { name: "Create account" });
  await form.getByLabel("Name").fill(RECRUITER.name);
  await form.getByLabel("Email").fill(RECRUITER.email);
  await form.getByLabel("Password").fill(RECRUITER.password);
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/recruit$/, { timeout: 30_000 });
}

test("a recruiter sends a link, watches the candidate live, then reads the report and the PDF", async ({ browser }) => {
  test.setTimeout(420_000);
  const recruiterContext = await browser.newContext({ acceptDownloads: true });
  const candidateContext = await browser.newContext();
  const recruiter = await recruiterContext.newPage();
  const candidate = await candidateContext.newPage();

  // ---- the recruiter: account, team, a teammate's invitation ----
  await registerRecruiter(recruiter);
  await expect(recruiter.getByRole("heading", { name: "Create your team" })).toBeVisible();
  await checkPageInBothThemes(recruiter, "recruit-create-team");
  await recruiter.getByLabel("Team name").fill(TEAM);
  await recruiter.getByRole("button", { name: "Create team" }).click();
  await expect(recruiter.getByTestId("team-name")).toHaveText(TEAM);
  await expect(recruiter.getByTestId("team-members")).toContainText(RECRUITER.name);
  await expect(recruiter.getByTestId("team-members").getByTestId("member-role")).toHaveText("Owner");
  await expect(recruiter.getByTestId("nav-recruit")).toBeVisible();
  await recruiter.getByLabel("Email", { exact: true }).fill(`teammate-${stamp}@example.com`);
  await recruiter.getByRole("button", { name: "Invite", exact: true }).click();
  await expect(recruiter.getByTestId("team-invite-url")).toHaveValue(/\/recruit\?invite=[\w-]+$/);
  const teamInviteUrl = await recruiter.getByTestId("team-invite-url").inputValue();
  await expect(recruiter.getByTestId("audit-log")).toContainText("invited");
  await checkPageInBothThemes(recruiter, "recruit-team");
  await checkOnPhone(recruiter, "recruit-team");

  // ---- a link for Two Sum ----
  await recruiter.getByRole("link", { name: "Interview links" }).first().click();
  await expect(recruiter).toHaveURL(/\/recruit\/links$/);
  await expect(recruiter.getByRole("heading", { name: "New link" })).toBeVisible();
  await checkPageInBothThemes(recruiter, "recruit-links-empty");
  // Bad input is explained next to the field.
  await recruiter.getByText("Random by difficulty and category").click();
  await expect(recruiter.getByRole("radio", { name: "Random by difficulty and category" })).toBeChecked();
  await recruiter.getByRole("button", { name: "Create link" }).click();
  await expect(recruiter.getByText("Pick a difficulty or a category to draw from")).toBeVisible();
  await recruiter.getByText("A specific problem").click();
  await expect(recruiter.getByRole("radio", { name: "A specific problem" })).toBeChecked();
  await recruiter.getByLabel("Duration (minutes)").fill("500");
  await recruiter.getByRole("combobox", { name: "Problem from the bank" }).click();
  await recruiter.getByRole("option", { name: /^Two Sum/ }).click();
  for (const lang of ["Java", "C++", "Go"]) await recruiter.getByRole("checkbox", { name: lang, exact: true }).uncheck();
  await recruiter.getByRole("button", { name: "Create link" }).click();
  await expect(recruiter.getByText("A whole number of minutes from 5 to 180")).toBeVisible();
  await expect(recruiter.getByLabel("Duration (minutes)")).toHaveAttribute("aria-invalid", "true");
  await recruiter.getByLabel("Duration (minutes)").fill("30");
  await recruiter.getByLabel("Max uses").fill("3");
  await recruiter.getByLabel("Note for the candidate (optional)").fill(NOTE);
  await recruiter.getByRole("button", { name: "Create link" }).click();
  const urlField = recruiter.getByTestId("created-link-url");
  await expect(urlField).toHaveValue(/\/invite\/[\w-]{43}$/);
  const inviteUrl = await urlField.inputValue();
  const row = recruiter.getByTestId("link-row").first();
  await expect(row.getByTestId("link-status")).toHaveText("Active");
  await expect(row).toContainText("Two Sum");
  await expect(row).toContainText("Python, JavaScript");
  const linkId = await row.getAttribute("data-link-id");
  expect(linkId).toMatch(/^[0-9a-f-]{36}$/);
  await checkPageInBothThemes(recruiter, "recruit-links");
  await checkOnPhone(recruiter, "recruit-links");

  // ---- the candidate opens the link: who invited them, the rules, the note ----
  await candidate.goto(new URL(inviteUrl).pathname);
  await expect(candidate.getByTestId("invite-heading")).toHaveText(`${RECRUITER.name} from ${TEAM} invited you to a coding interview`);
  await expect(candidate.getByTestId("invite-rules")).toContainText("30 minutes");
  await expect(candidate.getByTestId("invite-rules")).toContainText("Python, JavaScript");
  await expect(candidate.getByTestId("invite-note")).toHaveText(NOTE);
  await expect(candidate.getByText("Two Sum")).toHaveCount(0);
  await checkPageInBothThemes(candidate, "invite");
  // Candidates often open the link on a phone.
  await checkOnPhone(candidate, "invite");
  await candidate.getByRole("combobox", { name: "Your language" }).click();
  await candidate.getByRole("option", { name: "Python", exact: true }).click();
  await candidate.getByTestId("invite-start").click();
  await expect(candidate).toHaveURL(/\/interview\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const interviewId = new URL(candidate.url()).pathname.split("/").pop()!;
  await waitForGreeting(candidate);
  await expect(candidate.getByTestId("observer-badge")).toHaveCount(0);

  // ---- the recruiter finds it on the link's page and starts watching ----
  await recruiter.goto(`/recruit/links/${linkId}`);
  const started = recruiter.locator(`[data-testid="link-interview"][data-interview-id="${interviewId}"]`);
  await expect(started).toHaveAttribute("data-status", "in_progress", { timeout: 20_000 });
  await checkPageInBothThemes(recruiter, "recruit-link");
  await started.getByRole("link", { name: /^Watch Candidate .* live$/ }).click();
  await expect(recruiter).toHaveURL(new RegExp(`/recruit/interviews/${interviewId}/live$`));
  await expect(recruiter.getByTestId("live-title")).toHaveText("Two Sum");
  await expect(recruiter.getByTestId("live-connection")).toHaveAttribute("data-state", "open", { timeout: 30_000 });
  await expect(recruiter.getByTestId("live-chat").locator('[data-role="assistant"]').first()).toBeVisible();
  await expect(recruiter.getByTestId("live-timer")).toContainText("/ 30 min");

  // The candidate is told, honestly, that someone is watching.
  await expect(candidate.getByTestId("observer-badge")).toContainText("A reviewer is watching", { timeout: 20_000 });
  await expect(recruiter.getByTestId("live-candidate-presence")).toContainText("The candidate is connected");

  // Chat: the candidate's words reach the recruiter.
  await chat(candidate, SAID);
  await expect(recruiter.getByTestId("live-chat").locator('[data-role="user"]').last()).toContainText(SAID, { timeout: 20_000 });

  // Code as they type, then the run's result.
  await openCodeTab(candidate);
  await typeIntoEditor(candidate, CORRECT_TWO_SUM);
  await expect(recruiter.getByTestId("code-editor").locator(".monaco-editor").first()).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => editorValue(recruiter), { timeout: 20_000 }).toContain("seen[target - x]");
  await runCode(candidate);
  const candidateSummary = (await candidate.getByTestId("results-summary").innerText()).trim();
  await expect(recruiter.getByTestId("live-results-summary")).toHaveText(candidateSummary, { timeout: 30_000 });
  await checkPageInBothThemes(recruiter, "recruit-live", { exclude: [".monaco-editor"] });
  await checkOnPhone(recruiter, "recruit-live", { exclude: [".monaco-editor"] });

  // ---- the candidate submits and ends; the recruiter reads the report ----
  await submitCode(candidate);
  await endInterview(candidate);
  await expect(recruiter.getByTestId("live-ended")).toBeVisible({ timeout: 30_000 });
  await recruiter.getByRole("link", { name: "Read the report" }).click();
  await expect(recruiter).toHaveURL(new RegExp(`/recruit/interviews/${interviewId}/report$`));
  await expect(recruiter.getByRole("heading", { name: "Interview report", level: 1 })).toBeVisible({ timeout: 30_000 });
  const scoreLabel = await recruiter.getByTestId("report-score").getAttribute("aria-label");
  const score = Number(scoreLabel?.match(/Score (\d+) out of 100/)?.[1]);
  expect(score).toBeGreaterThan(0);
  await expect(recruiter.getByTestId("rubric-dimension").first()).toBeVisible();
  await checkPageInBothThemes(recruiter, "recruit-report");

  // The candidate's own URLs, opened by the recruiter: the report without the candidate's controls
  // (no share switch, no "Practice again"), and the interview page sends them to the live view.
  await recruiter.goto(`/interview/${interviewId}/report`);
  await expect(recruiter.getByTestId("report-score")).toBeVisible({ timeout: 30_000 });
  await expect(recruiter.getByTestId("share-switch")).toHaveCount(0);
  await expect(recruiter.getByRole("button", { name: /Practice again/ })).toHaveCount(0);
  await recruiter.goto(`/interview/${interviewId}`);
  await expect(recruiter).toHaveURL(new RegExp(`/recruit/interviews/${interviewId}/live$`), { timeout: 30_000 });
  await recruiter.goto(`/recruit/interviews/${interviewId}/report`);
  await expect(recruiter.getByTestId("report-score")).toBeVisible({ timeout: 30_000 });

  const [download] = await Promise.all([recruiter.waitForEvent("download"), recruiter.getByTestId("export-pdf").click()]);
  expect(download.suggestedFilename()).toMatch(/^report-two-sum-[0-9a-f]{8}\.pdf$/);
  const pdf = await fs.readFile(await download.path());
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdf.toString("latin1")).toContain(`(${score} / 100)`);
  expect(pdf.toString("latin1")).toContain(`Team: ${TEAM}`);

  // The link's page: finished, with the score; the compare view lists the candidate.
  await recruiter.goto(`/recruit/links/${linkId}`);
  await expect(started).toHaveAttribute("data-status", "completed");
  await expect(started.getByTestId("interview-score")).toHaveText(String(score));
  await recruiter.getByRole("tab", { name: "Compare" }).click();
  await expect(recruiter.getByTestId("compare-table")).toContainText(`Candidate ${interviewId.slice(0, 6).toUpperCase()}`);
  await expect(recruiter.getByTestId("compare-table")).toContainText(String(score));
  await checkPageInBothThemes(recruiter, "recruit-compare");
  await checkOnPhone(recruiter, "recruit-compare");

  // The owner's audit log has the watching and the reading.
  await recruiter.goto("/recruit");
  const audit = recruiter.getByTestId("audit-log");
  await expect(audit).toContainText("watched an interview live");
  await expect(audit).toContainText("read a report");
  await expect(audit).toContainText("created a link");

  // ---- revoke: the invitation says so and offers nothing to start ----
  await recruiter.goto("/recruit/links");
  const linkRow = recruiter.locator(`[data-testid="link-row"][data-link-id="${linkId}"]`);
  await expect(linkRow.getByTestId("count-opened")).toHaveText("1");
  await expect(linkRow.getByTestId("count-started")).toHaveText("1");
  await expect(linkRow.getByTestId("count-finished")).toHaveText("1");
  await linkRow.getByRole("button", { name: /^Revoke the link/ }).click();
  const confirm = recruiter.getByRole("alertdialog", { name: "Revoke this link?" });
  await confirm.getByRole("button", { name: "Revoke link" }).click();
  await expect(linkRow.getByTestId("link-status")).toHaveText("Revoked");

  const late = await candidateContext.newPage();
  await late.goto(new URL(inviteUrl).pathname);
  await expect(late.getByTestId("invite-gone")).toContainText("This interview link can no longer be used");
  await expect(late.getByTestId("invite-gone")).toContainText("revoked");
  await expect(late.getByTestId("invite-start")).toHaveCount(0);
  await expect(late.getByRole("button", { name: /Start/ })).toHaveCount(0);
  await checkPageInBothThemes(late, "invite-revoked");

  // ---- the invited teammate joins as a member: the team's links, no audit log ----
  const teammateContext = await browser.newContext();
  const teammate = await teammateContext.newPage();
  const joined = await teammate.request.post("/api/v1/auth/register", {
    data: { email: `teammate-${stamp}@example.com`, password: RECRUITER.password, name: "Tom Teammate" },
  });
  expect(joined.status()).toBe(201);
  await teammate.goto(new URL(teamInviteUrl).pathname + new URL(teamInviteUrl).search);
  await expect(teammate.getByTestId("team-invitation")).toBeVisible();
  await checkPageInBothThemes(teammate, "recruit-invitation");
  await teammate.getByRole("button", { name: "Join the team" }).click();
  await expect(teammate.getByTestId("team-name")).toHaveText(TEAM);
  await expect(teammate.getByText("You are a member")).toBeVisible();
  await expect(teammate.getByTestId("team-members")).toContainText(RECRUITER.name);
  await expect(teammate.getByTestId("audit-log")).toHaveCount(0);
  await teammate.getByRole("link", { name: "Interview links" }).first().click();
  await expect(teammate.locator(`[data-testid="link-row"][data-link-id="${linkId}"] [data-testid="link-status"]`)).toHaveText("Revoked");

  await teammateContext.close();
  await recruiterContext.close();
  await candidateContext.close();
});

test("a guest is told that recruiting needs an account", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Continue as guest" }).click();
  await expect(page).toHaveURL(/\/problems$/);
  await page.goto("/recruit");
  await expect(page.getByTestId("recruit-account-needed")).toContainText("Recruiting needs an account");
  await expect(page.getByTestId("recruit-account-needed")).toContainText("Guests can practise, but can't create or join a team");
  await expect(page.getByRole("button", { name: "Create team" })).toHaveCount(0);
  await expect(page.getByTestId("nav-recruit")).toHaveCount(0);
  await checkPageInBothThemes(page, "recruit-guest");
});

type WhiteboardApi = {
  updateScene: (scene: { elements: unknown[] }) => void;
  getSceneElements: () => { type: string; text?: string; isDeleted?: boolean }[];
};

/** Labels of the text elements on the page's whiteboard (the candidate's, or the recruiter's read-only copy). */
function whiteboardLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const wb = (window as unknown as { __interviewCoachWhiteboard?: WhiteboardApi }).__interviewCoachWhiteboard;
    return (wb?.getSceneElements() ?? []).filter((e) => e.type === "text" && !e.isDeleted).map((e) => e.text ?? "").sort();
  });
}

test("a recruiter watches a system-design interview's whiteboard live, read-only", async ({ browser }) => {
  const recruiterContext = await browser.newContext();
  const candidateContext = await browser.newContext();
  const recruiter = await recruiterContext.newPage();
  const candidate = await candidateContext.newPage();

  // The recruiter's account, team and link through the API (the UI is the first journey's).
  const email = `design-${stamp}@example.com`;
  expect((await recruiter.request.post("/api/v1/auth/register", { data: { email, password: RECRUITER.password, name: "Dana Design" } })).status()).toBe(201);
  expect((await recruiter.request.post("/api/v1/teams", { data: { name: `Design team ${stamp}` } })).status()).toBe(201);
  const link = await recruiter.request.post("/api/v1/links", { data: { problem_id: 46, duration_minutes: 60 } });
  expect(link.status()).toBe(201);
  const { url } = (await link.json()) as { url: string };

  await candidate.goto(new URL(url).pathname);
  await expect(candidate.getByTestId("invite-heading")).toContainText("invited you to a system-design interview");
  await expect(candidate.getByTestId("invite-rules")).toContainText("Whiteboard (system design)");
  await candidate.getByTestId("invite-start").click();
  await expect(candidate).toHaveURL(/\/interview\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const interviewId = new URL(candidate.url()).pathname.split("/").pop()!;

  await recruiter.goto(`/recruit/interviews/${interviewId}/live`);
  await expect(recruiter.getByTestId("live-connection")).toHaveAttribute("data-state", "open", { timeout: 30_000 });
  await expect(recruiter.getByTestId("whiteboard").locator(".excalidraw canvas").first()).toBeVisible({ timeout: 60_000 });
  await expect(recruiter.getByTestId("live-stage")).toContainText("Requirements");
  await expect(candidate.getByTestId("observer-badge")).toContainText("A reviewer is watching", { timeout: 20_000 });

  // The candidate draws; the save reaches the recruiter's read-only board.
  await candidate.getByRole("tab", { name: /Whiteboard/ }).click();
  await expect(candidate.getByTestId("whiteboard").locator(".excalidraw canvas").first()).toBeVisible({ timeout: 60_000 });
  await expect
    .poll(() => candidate.evaluate(() => Boolean((window as unknown as { __interviewCoachWhiteboard?: unknown }).__interviewCoachWhiteboard)))
    .toBe(true);
  await candidate.evaluate(() => {
    const w = window as unknown as {
      __interviewCoachWhiteboard: WhiteboardApi;
      __interviewCoachWhiteboardConvert: (s: Record<string, unknown>[]) => unknown[];
    };
    const box = (id: string, x: number, text: string) => ({ type: "rectangle", id, x, y: 100, width: 160, height: 80, label: { text } });
    w.__interviewCoachWhiteboard.updateScene({
      elements: w.__interviewCoachWhiteboardConvert([
        box("client", 0, "Client"),
        box("api", 240, "API Service"),
        { type: "arrow", x: 160, y: 140, width: 80, height: 0, start: { id: "client" }, end: { id: "api" } },
      ]),
    });
  });
  await expect(candidate.getByTestId("whiteboard-save-state")).toHaveText("Saved", { timeout: 20_000 });
  await expect.poll(() => whiteboardLabels(recruiter), { timeout: 30_000 }).toEqual(["API Service", "Client"]);
  // Read-only: Excalidraw in view mode, and no save indicator of its own.
  await expect(recruiter.getByTestId("whiteboard").locator(".excalidraw.excalidraw--view-mode")).toBeVisible();
  await checkPageInBothThemes(recruiter, "recruit-live-design");

  await recruiterContext.close();
  await candidateContext.close();
});
