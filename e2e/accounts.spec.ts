import { expect, test, type Page } from "@playwright/test";
import { ADMIN, ADMIN_STATE, MEMBER, SECTIONS } from "./sections";

test.describe.configure({ mode: "serial" });

async function signUp(page: Page, account: { name: string; email: string; password: string }) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("current-user")).toContainText(account.email);
}

test("a signed-out visitor is sent to sign-in from every section", async ({ page }) => {
  for (const section of [{ path: "/" }, ...SECTIONS]) {
    await page.goto(section.path);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=${encodeURIComponent(section.path)}$`));
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  }
});

test("the sign-up form names the field and the rule it breaks", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByText("The password needs at least 8 characters.")).toBeVisible();
});

test("the first visitor signs up and is admin", async ({ page }) => {
  await signUp(page, ADMIN);
  await expect(page.getByTestId("current-user")).toContainText("admin");
  await page.goto("/settings");
  await expect(page.getByTestId("account-role")).toHaveText("admin");
  await page.context().storageState({ path: ADMIN_STATE });
});

test("a second sign-up is a member", async ({ page }) => {
  await signUp(page, MEMBER);
  await page.goto("/settings");
  await expect(page.getByTestId("account-role")).toHaveText("member");
  await expect(page.getByRole("heading", { name: "Invitations" })).toHaveCount(0);
});

test("signing out and in again returns to the page asked for", async ({ page }) => {
  await signUp(page, { name: "Sam", email: "sam@studio.test", password: "third-account-pass" });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/gallery");
  await page.getByLabel("Email").fill("sam@studio.test");
  await page.getByLabel("Password").fill("wrong-password!");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await page.getByLabel("Password").fill("third-account-pass");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/gallery$/);
});
