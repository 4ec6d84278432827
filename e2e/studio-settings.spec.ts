import { expect, test, type Browser } from "@playwright/test";
import { generate } from "./generations";
import { ADMIN_STATE } from "./sections";

test.use({ storageState: ADMIN_STATE });

const origin = () => test.info().project.use.baseURL!;

/** A fresh browser signed up through an invitation link (or refused by it). */
async function signUpWith(browser: Browser, url: string, email: string, password: string) {
  const context = await browser.newContext({ storageState: undefined });
  const page = await context.newPage();
  const token = new URL(url).searchParams.get("invite");
  const response = await page.request.post(`/api/auth/sign-up/email?invite=${token}`, {
    headers: { origin: origin() },
    data: { email, password, name: email.split("@")[0] },
  });
  return { context, page, response };
}

test("an admin runs the team from Settings; a member changes their own password", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto("/settings");
  const createLink = page.getByRole("button", { name: "Create invitation link" });
  await createLink.click();
  const first = await page.getByTestId("invitation-url").textContent();
  await createLink.click();
  await expect(page.getByTestId("invitation-url")).not.toHaveText(first!);
  const second = (await page.getByTestId("invitation-url").textContent())!;

  // The second link is revoked: it refuses sign-up from then on.
  await page.reload();
  const waiting = page.getByTestId("invitation-list").locator('li[data-state="pending"]');
  await waiting.first().getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByTestId("invitation-list").locator('li[data-state="revoked"]').first()).toBeVisible();
  const refused = await signUpWith(browser, second, "late@studio.test", "late-arrival-pass-1");
  expect(refused.response.status()).toBe(403);
  await refused.context.close();

  // The first link signs Nia up; she changes her password and signs in with the new one.
  const nia = await signUpWith(browser, first!, "nia@studio.test", "nia-first-password");
  expect(nia.response.ok()).toBe(true);
  const niaGeneration = await generate(nia.page, "Settings: Nia's lantern festival");
  await nia.page.goto("/settings");
  await nia.page.getByLabel("Current password").fill("nia-first-password");
  await nia.page.getByLabel("New password").fill("nia-second-password-9");
  await nia.page.getByRole("button", { name: "Change password" }).click();
  await expect(nia.page.getByText("Your password is changed")).toBeVisible();
  const again = await nia.page.request.post("/api/auth/sign-in/email", {
    headers: { origin: origin() },
    data: { email: "nia@studio.test", password: "nia-second-password-9" },
  });
  expect(again.ok()).toBe(true);

  // The admin makes her an admin, then a member again, then removes her: her work stays.
  await page.reload();
  const role = page.getByLabel("Role of nia");
  await role.selectOption("admin");
  await expect(role).toHaveValue("admin");
  await role.selectOption("member");
  await expect(role).toHaveValue("member");
  await page.getByRole("button", { name: "Remove nia" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click();
  await expect(page.getByTestId("team-list").locator('li[data-member="nia@studio.test"]')).toContainText("Removed");
  const blocked = await nia.page.request.post("/api/auth/sign-in/email", {
    headers: { origin: origin() },
    data: { email: "nia@studio.test", password: "nia-second-password-9" },
  });
  expect(blocked.status()).toBe(403);
  await nia.context.close();
  await page.goto("/gallery?q=lantern%20festival");
  await expect(page.getByTestId("gallery-card").first()).toHaveAttribute("href", `/generations/${niaGeneration}`);
});
