import { expect, test } from "@playwright/test";

/** The problem picker over the whole bank: filters, what each row shows, and a random pick. */
test("a guest filters the bank and starts a random hard problem in Go", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Continue as guest" }).click();
  await expect(page).toHaveURL(/\/problems$/);

  const rows = page.getByRole("list", { name: "Problems" }).getByRole("listitem");
  await expect(page.getByText("45 problems", { exact: true })).toBeVisible();
  await expect(rows).toHaveCount(45);
  // A row: title, difficulty, category, estimated time and tags.
  const trap = rows.filter({ hasText: "Trapping Rain Water" });
  await expect(trap.getByText("Hard")).toBeVisible();
  await expect(trap.getByText(/~\d+ min/)).toBeVisible();
  await expect(trap.getByLabel("Tags")).toContainText("two pointers");

  await page.getByRole("button", { name: "Hard", exact: true }).click();
  await expect(page.getByText("10 problems", { exact: true })).toBeVisible();
  await page.getByRole("combobox", { name: "Category" }).click();
  await page.getByRole("option", { name: "Graphs" }).click();
  // No hard graph problem: the empty state offers to clear the filters.
  await expect(page.getByText("No problems match these filters")).toBeVisible();
  await page.getByRole("button", { name: "All", exact: true }).click();
  await expect(page.getByText("3 problems", { exact: true })).toBeVisible();
  await expect(rows.filter({ hasText: "Number of Islands" })).toHaveCount(1);
  await page.getByRole("combobox", { name: "Category" }).click();
  await page.getByRole("option", { name: "All categories" }).click();

  await page.getByRole("button", { name: "Hard", exact: true }).click();
  await page.getByRole("combobox", { name: "Language" }).click();
  await page.getByRole("option", { name: "Go" }).click();
  await page.getByRole("button", { name: "Random problem" }).click();
  await expect(page).toHaveURL(/\/interview\/[0-9a-f-]{36}$/);
  // The interview is a hard problem in Go.
  await expect(page.getByText("Hard").first()).toBeVisible();
  const id = page.url().split("/").pop();
  const interview = await page.evaluate(async (interviewId) => {
    const res = await fetch(`/api/v1/interviews/${interviewId}`);
    return (await res.json()) as { problem_id: number; language: string };
  }, id);
  expect(interview.language).toBe("go");
  const problem = await page.evaluate(async (pid) => (await (await fetch(`/api/v1/problems/${pid}`)).json()) as { difficulty: string }, interview.problem_id);
  expect(problem.difficulty).toBe("hard");
});
