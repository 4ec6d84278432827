import { expect, test } from "@playwright/test";
import { ADMIN_STATE } from "./sections";
import { expectPlayableResult, generate, png, uploadField, uploadInput } from "./studio-media";

test.use({ storageState: ADMIN_STATE });

test("reference: a too wide image is refused, tokens follow their images, the result plays", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/studio/reference");
  // The team library is empty in a fresh studio: the picker says so and leads to it.
  await expect(page.getByTestId("elements-empty")).toContainText(
    "No elements in the team library for this provider yet.",
  );

  const add = uploadField(page, "refer");
  await uploadInput(page, "refer").setInputFiles(await png("banner", 1000, 300));
  await expect(add.locator('[data-rule="image_aspect_ratio"]')).toContainText(
    "The image is 1000×300; its aspect ratio must be between 1:2.5 and 2.5:1.",
  );
  await add.getByRole("button", { name: "Cancel" }).click();

  await uploadInput(page, "refer").setInputFiles(await png("cat", 640, 360, "#d08040"));
  await expect(page.getByText("<<<image_1>>>", { exact: true })).toBeVisible();
  await uploadInput(page, "refer").setInputFiles(await png("garden", 480, 480, "#40a060"));
  await expect(page.getByText("<<<image_2>>>", { exact: true })).toBeVisible();
  await expect(page.getByText("2 of 7 images and elements")).toBeVisible();

  const prompt = page.getByLabel("Prompt", { exact: true });
  await prompt.fill("A cat naps in ");
  await page.getByRole("button", { name: "Insert <<<image_2>>> in the prompt" }).click();
  await expect(prompt).toHaveValue("A cat naps in <<<image_2>>>");
  // Removing the first image renumbers the prompt's token to follow the garden.
  await page.getByRole("button", { name: "Remove Image 1" }).click();
  await expect(prompt).toHaveValue("A cat naps in <<<image_1>>>");
  // The prompt names what it points at, and "@" offers the inputs by name.
  await expect(page.getByTestId("prompt-tokens")).toHaveText(/^Image 1/);
  await prompt.press("End");
  await prompt.pressSequentially(" near @ima");
  await expect(page.getByRole("listbox")).toContainText("Image 1");
  await prompt.press("Enter");
  await expect(page.getByRole("listbox")).toHaveCount(0);
  await prompt.pressSequentially("in the sun");
  await expect(prompt).toHaveValue("A cat naps in <<<image_1>>> near <<<image_1>>> in the sun");

  const id = await generate(page);
  const body = (await (await page.request.get(`/api/generations/${id}`)).json()) as {
    request: { prompt: string; media: { role: string }[] };
  };
  expect(body.request.prompt).toBe("A cat naps in <<<image_1>>> near <<<image_1>>> in the sun");
  expect(body.request.media.map((item) => item.role)).toEqual(["refer"]);
  await expectPlayableResult(page);
});
