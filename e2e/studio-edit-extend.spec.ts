import { expect, test } from "@playwright/test";
import { ADMIN_STATE } from "./sections";
import { expectPlayableResult, generate, mp4, uploadField, uploadInput } from "./studio-media";

test.use({ storageState: ADMIN_STATE });

test("edit, then extend the edited result from its page", async ({ page }) => {
  test.setTimeout(120_000);
  const [short, clip] = [mp4(2), mp4(3.5)];
  await page.goto("/studio/edit");
  const base = uploadField(page, "base");
  // 2 s is under the 3 s every provider needs.
  await uploadInput(page, "base").setInputFiles(short);
  await expect(base.locator('[data-rule="video_duration"]')).toContainText("The video lasts 2 s; it must last 3–30 s.");
  await uploadInput(page, "base").setInputFiles(clip);
  await expect(base.getByText("640×360 px · 3.5 s")).toBeVisible();
  await page.getByLabel("Prompt", { exact: true }).fill("Make it snow.");
  await page.getByLabel("Length").selectOption("3");
  const editId = await generate(page);
  await expectPlayableResult(page);

  // The result's Extend link starts the next shot from the stored video itself.
  await page.getByRole("link", { name: "Extend" }).click();
  await expect(page).toHaveURL(`/studio/extend?extend=${editId}`);
  // Said as what it is, with a way back to the generation it continues.
  await expect(page.getByText("Extending the video of an earlier generation.")).toBeVisible();
  await expect(page.getByRole("link", { name: "an earlier generation" })).toHaveAttribute(
    "href",
    `/generations/${editId}`,
  );
  const feature = uploadField(page, "feature");
  await expect(feature.getByText(/640×360 px · \d+(\.\d)? s/)).toBeVisible();
  await expect(page.getByRole("radio", { name: /The next shot/ })).toBeChecked();
  await page.getByLabel("Prompt", { exact: true }).fill("The snow stops and the sun comes out.");
  const extendId = await generate(page);
  const body = (await (await page.request.get(`/api/generations/${extendId}`)).json()) as {
    request: { mode: string; extendDirection: string; media: { role: string; url: string }[] };
  };
  expect(body.request).toMatchObject({ mode: "extend", extendDirection: "next" });
  expect(body.request.media).toEqual([
    expect.objectContaining({ role: "feature", url: expect.stringMatching(/^asset:/) }),
  ]);
  await expectPlayableResult(page);

  // The extension's page shows its input video and the generation that made it; that one lists the extension.
  const lineage = page.getByTestId("generation-lineage");
  await expect(lineage.locator('[data-input-role="feature"]')).toContainText("Made by");
  await lineage.getByRole("link", { name: /Edit video · Make it snow\./ }).click();
  await expect(page).toHaveURL(`/generations/${editId}`);
  await expect(page.getByTestId("generation-lineage")).toContainText("Made from this generation");
  await expect(page.getByTestId("generation-lineage").getByRole("link", { name: /Extend/ })).toHaveAttribute(
    "href",
    `/generations/${extendId}`,
  );
});
