import { expect, test } from "@playwright/test";
import { ADMIN, ADMIN_STATE, MEMBER } from "./sections";

test.use({ storageState: ADMIN_STATE });

const MODES = ["text", "storyboard", "first_frame", "first_last", "reference", "edit", "extend", "motion_control"];

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 820, height: 1180 },
]) {
  test(`Generate is in the first viewport of every mode at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    for (const mode of MODES) {
      await page.goto(`/studio/${mode}`);
      const generate = page.getByRole("button", { name: "Generate" });
      await expect(generate).toBeVisible();
      const box = (await generate.boundingBox())!;
      expect(box.y + box.height, `${mode}: Generate below the fold`).toBeLessThanOrEqual(viewport.height);
      expect(box.y, mode).toBeGreaterThanOrEqual(0);
    }
  });
}

test("unconfigured providers fold into one line: admins see what to set, members whom to ask", async ({
  page,
  browser,
}) => {
  await page.goto("/studio/text");
  const folded = page.getByTestId("unavailable-providers");
  await expect(folded).toContainText("5 more providers are not set up");
  await expect(page.getByRole("radio", { name: /DashScope/ })).toHaveCount(0);
  await expect(folded.getByText(/DashScope/)).toBeHidden();
  await folded.locator("summary").click();
  await expect(folded).toContainText("DASHSCOPE_API_KEY");
  await expect(folded).toContainText("KLING_API_KEY");

  const memberContext = await browser.newContext({ storageState: undefined });
  const member = await memberContext.newPage();
  await member.request.post("/api/auth/sign-in/email", {
    headers: { origin: test.info().project.use.baseURL! },
    data: { email: MEMBER.email, password: MEMBER.password },
  });
  await member.goto("/studio/text");
  const theirs = member.getByTestId("unavailable-providers");
  await theirs.locator("summary").click();
  await expect(theirs).toContainText("not configured — ask an admin");
  await expect(theirs).not.toContainText("API_KEY");
  await memberContext.close();
});

test("Generate with problems lists every one by the button, each leading to its field", async ({ page }) => {
  await page.goto("/studio/extend");
  await page.getByRole("button", { name: "Generate" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary.getByRole("listitem").first()).toBeVisible();
  expect(await summary.getByRole("listitem").count()).toBe(
    Number((await page.locator("#submit-status").textContent())?.match(/Fix (\d+)/)?.[1]),
  );

  await page.goto("/studio/text");
  await page.getByLabel("Prompt", { exact: true }).fill("x");
  await page.getByLabel("Prompt", { exact: true }).fill("");
  // Marked aria-disabled while a shown problem blocks it, yet still pressable: pressing lists the problems.
  await page.getByRole("button", { name: "Generate" }).press("Enter");
  await page.getByTestId("error-summary").getByRole("button").first().click();
  await expect(page.getByLabel("Prompt", { exact: true })).toBeFocused();
});

test("at tablet width the signed-in user stays in the header, in a menu", async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.goto("/studio");
  await expect(page.getByTestId("current-user")).toBeHidden();
  const menu = page.getByTestId("account-menu");
  await expect(menu.getByRole("button", { name: "Sign out" })).toBeHidden();
  await menu.getByText("A", { exact: true }).click();
  await expect(menu).toContainText(ADMIN.email);
  await expect(menu).toContainText("admin");
  await expect(menu.getByRole("button", { name: "Sign out" })).toBeVisible();
});
