import { expect, test } from "@playwright/test";
import { ADMIN_STATE, SECTIONS } from "./sections";

test.use({ storageState: ADMIN_STATE });

test("the home page loads and leads to each section", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Make videos with the Kling models");
  for (const section of SECTIONS) {
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: section.name }).click();
    await expect(page).toHaveURL(new RegExp(`${section.path}$`));
    await expect(page.getByRole("heading", { level: 1, name: section.heading })).toBeVisible();
  }
});

test("empty sections say what will appear and how to start", async ({ page }) => {
  await page.goto("/gallery");
  await expect(page.getByText("No generations yet")).toBeVisible();
  await page.getByRole("link", { name: "Start a generation" }).click();
  await expect(page).toHaveURL(/\/studio$/);
  await page.goto("/elements");
  await expect(page.getByText("The element library is empty")).toBeVisible();
});

test("an admin creates an invitation link", async ({ page }) => {
  await page.goto("/settings");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  await expect(page.getByTestId("invitation-url")).toContainText("/sign-up?invite=");
});
