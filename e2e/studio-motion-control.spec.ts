import { expect, test } from "@playwright/test";
import { ADMIN_STATE } from "./sections";
import { expectPlayableResult, generate, mp4, png, uploadField, uploadInput } from "./studio-media";

test.use({ storageState: ADMIN_STATE });

test("motion control: an action video too long for the orientation is flagged until the orientation allows it", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const long = mp4(11);
  await page.goto("/studio/motion_control");
  await uploadInput(page, "character").setInputFiles(await png("dancer", 360, 640, "#a050d0"));
  await expect(uploadField(page, "character").getByText("360×640 px")).toBeVisible();

  const action = uploadField(page, "action");
  await uploadInput(page, "action").setInputFiles(long);
  await expect(action.locator('[data-rule="video_duration"]')).toContainText(
    "The video lasts 11 s; it must last 3–10 s.",
  );
  // Facing as in the video allows action videos up to 30 s.
  await page.locator("label", { hasText: "As in the video" }).click();
  await action.getByRole("button", { name: "Upload anyway" }).click();
  await expect(action.getByText("640×360 px · 11 s")).toBeVisible();
  await expect(action.locator('[data-rule="video_duration"]')).toHaveCount(0);
  await page.getByLabel("Length").selectOption("3");

  const id = await generate(page);
  const body = (await (await page.request.get(`/api/generations/${id}`)).json()) as {
    request: { characterOrientation: string; media: { role: string }[] };
  };
  expect(body.request.characterOrientation).toBe("video");
  expect(body.request.media.map((item) => item.role)).toEqual(["character", "action"]);
  await expectPlayableResult(page);
});
