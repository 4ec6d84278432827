import { expect, test } from "@playwright/test";
import { generate } from "./generations";
import { ADMIN_STATE } from "./sections";

test.use({ storageState: ADMIN_STATE });

test("home shows one's latest generations and what the team has running", async ({ page }) => {
  test.setTimeout(90_000);
  const id = await generate(page, "Home: a paper lantern drifts up into the night");
  await page.goto("/");
  const mine = page.getByTestId("home-mine");
  await expect(mine.getByTestId("gallery-card").first()).toHaveAttribute("href", `/generations/${id}`);
  await expect(mine).toContainText("Home: a paper lantern drifts up");
  await expect(page.getByTestId("home-running")).toBeVisible();
  await expect(mine.getByRole("link", { name: "See all in the gallery" })).toHaveAttribute(
    "href",
    "/gallery?creator=me",
  );
});

test("Copy link on a generation copies its page, which a teammate can open, not the file's private address", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const id = await generate(page, "Copy link: a kite over the dunes");
  await page.goto(`/generations/${id}`);
  await page.getByRole("button", { name: "Copy link" }).click();
  const pageUrl = `${test.info().project.use.baseURL}/generations/${id}`;
  // Where the browser refuses the clipboard, the studio shows the link to copy by hand.
  const status = page.getByText(/^(Link copied|Could not copy; the link is )/);
  await expect(status).toBeVisible();
  if ((await status.textContent()) === "Link copied")
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(pageUrl);
  else await expect(status).toContainText(pageUrl);
});
