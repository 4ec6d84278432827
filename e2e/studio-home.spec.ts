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
