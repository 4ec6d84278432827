import { expect, test } from "@playwright/test";
import { generate } from "./generations";
import { ADMIN_STATE, MEMBER } from "./sections";

test.use({ storageState: ADMIN_STATE });

test("usage shows the team's billed seconds by provider, with a chart, a table and the same rows as CSV", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await generate(page, "Usage: a lighthouse at dusk");
  await page.goto("/usage");
  await expect(page.getByRole("heading", { level: 1, name: "Usage" })).toBeVisible();
  const table = page.getByTestId("usage-table");
  await expect(table.getByRole("row").nth(1)).toContainText("simulator");
  await expect(page.getByTestId("provider-health")).toContainText("simulator");
  // One stacked bar per period, each group's part named in its tooltip.
  await expect(page.getByTestId("usage-chart").locator("rect").first()).toBeVisible();
  await expect(page.getByTestId("usage-chart").locator("rect title").first()).toContainText(/s$/);

  const href = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
  const csv = await (await page.request.get(href!)).text();
  const lines = csv.trim().split("\n");
  expect(lines[0]).toBe("period,provider,generations,succeeded,billed_seconds,estimated_cost_USD");
  expect(lines.length - 1).toBe((await table.getByRole("row").count()) - 1);

  // Split by creator, a month at a time, through the form (the URL keeps the view).
  await page.getByLabel("Split by").selectOption("creator");
  await page.getByLabel("Period").selectOption("month");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/by=creator/);
  await expect(table).toContainText("Ada Admin");

  // A member sees their own usage only: they made nothing.
  const memberContext = await browser.newContext({ storageState: undefined });
  const member = await memberContext.newPage();
  await member.request.post("/api/auth/sign-in/email", {
    headers: { origin: test.info().project.use.baseURL! },
    data: { email: MEMBER.email, password: MEMBER.password },
  });
  await member.goto("/usage");
  await expect(member.getByText("Nothing was generated in this range.")).toBeVisible();
  await memberContext.close();
});
