import { expect, test } from "@playwright/test";
import { ADMIN_STATE } from "./sections";
import { expectPlayableResult, generate, png, pngSize, uploadField, uploadInput } from "./studio-media";

test.use({ storageState: ADMIN_STATE });

type StoredRequest = {
  media: { role: string; url: string; metadata?: { width?: number; height?: number } }[];
  motionBrush?: { staticMask?: number; dynamicMasks: { mask: number; trajectory: { x: number; y: number }[] }[] };
  voices: { voiceId: string }[];
  audio?: boolean;
};

test("first frame: a too small image is refused beside its field; a motion brush mask and path reach the request", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto("/studio/first_frame");
  const frame = uploadField(page, "first_frame");

  // 200 px is under every provider's 300 px minimum: refused before upload, and by the provider after.
  await uploadInput(page, "first_frame").setInputFiles(await png("small", 200, 200));
  await expect(frame.locator('[data-rule="image_size"]').first()).toContainText(
    "The image width is 200 px; it must be 300–8000 px.",
  );
  await frame.getByRole("button", { name: "Upload anyway" }).click();
  await expect(frame.getByText("200×200 px")).toBeVisible();
  await expect(page.getByRole("button", { name: "Generate" })).toHaveAttribute("aria-disabled", "true");

  await uploadInput(page, "first_frame").setInputFiles(await png("frame", 640, 360));
  await expect(frame.getByText("640×360 px")).toBeVisible();
  await expect(frame.locator('[data-rule="image_size"]')).toHaveCount(0);
  await page.getByLabel("Prompt", { exact: true }).fill("The kite rises with the wind.");

  // A voice needs sound: choosing one turns generated audio on.
  await page.getByLabel("Voice ID").fill("narrator-1");
  await page.getByRole("button", { name: "Add voice" }).click();
  await expect(page.getByRole("checkbox", { name: "Generate audio" })).toBeChecked();

  await page.locator("label", { hasText: "Motion brush" }).click();
  await page.getByRole("button", { name: "Add a moving area" }).click();
  const canvas = page.getByRole("application");
  await expect(canvas.locator("img")).toHaveJSProperty("complete", true);
  // Measured right before each use: clicking the tools may scroll the page.
  const measure = async () => {
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    return { box, at: (fx: number, fy: number) => ({ x: box.x + fx * box.width, y: box.y + fy * box.height }) };
  };
  // Paint the moving area with a drag…
  const painting = await measure();
  const from = painting.at(0.3, 0.4);
  const to = painting.at(0.45, 0.55);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  // …then draw its path with two clicks.
  await page.locator("label", { hasText: /^Path$/ }).click();
  const { box, at } = await measure();
  const clicks = [at(0.35, 0.45), at(0.8, 0.2)];
  for (const point of clicks) await page.mouse.click(point.x, point.y);
  await expect(page.getByText("2 of 77 path points (at least 2)")).toBeVisible();
  await page.getByRole("button", { name: "Save motion brush" }).click();
  await expect(page.getByText("Motion brush saved.")).toBeVisible();

  const id = await generate(page);
  const body = (await (await page.request.get(`/api/generations/${id}`)).json()) as { request: StoredRequest };
  const { media, motionBrush, voices, audio } = body.request;
  expect(voices).toEqual([{ voiceId: "narrator-1" }]);
  expect(audio).toBe(true);
  const dynamic = motionBrush!.dynamicMasks;
  expect(dynamic).toHaveLength(1);
  const mask = media[dynamic[0]!.mask]!;
  expect(mask.role).toBe("mask");
  expect(mask.metadata).toMatchObject({ width: 640, height: 360 });
  // The stored mask itself has the first frame's resolution.
  const maskFile = await page.request.get(`/api/assets/${mask.url.replace("asset:", "")}`);
  expect(pngSize(await maskFile.body())).toEqual({ width: 640, height: 360 });
  // Path points in image pixels with the origin at the bottom-left, from where the clicks landed.
  const expected = clicks.map((point) => ({
    x: Math.floor(((point.x - box.x) / box.width) * 640),
    y: 359 - Math.floor(((point.y - box.y) / box.height) * 360),
  }));
  dynamic[0]!.trajectory.forEach((point, index) => {
    expect(Math.abs(point.x - expected[index]!.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(point.y - expected[index]!.y)).toBeLessThanOrEqual(1);
  });
  expect(dynamic[0]!.trajectory[1]!.y).toBeGreaterThan(dynamic[0]!.trajectory[0]!.y);
  await expectPlayableResult(page);
});

test("first + last frame: no last frame without a first; both frames generate and play", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/studio/first_last");
  const last = uploadField(page, "last_frame");
  await expect(last.getByText("Add a first frame before a last frame.")).toBeVisible();
  await expect(last.getByRole("button", { name: "Choose a file" })).toBeDisabled();

  await uploadInput(page, "first_frame").setInputFiles(await png("dawn", 640, 360, "#203060"));
  await expect(uploadField(page, "first_frame").getByText("640×360 px")).toBeVisible();
  await expect(last.getByRole("button", { name: "Choose a file" })).toBeEnabled();
  await uploadInput(page, "last_frame").setInputFiles(await png("noon", 640, 360, "#f0d060"));
  await expect(last.getByText("640×360 px")).toBeVisible();
  await page.getByLabel("Prompt", { exact: true }).fill("Night turns to day.");
  await page.getByLabel("Length").selectOption("3");

  const id = await generate(page);
  const body = (await (await page.request.get(`/api/generations/${id}`)).json()) as { request: StoredRequest };
  expect(body.request.media.map((item) => item.role)).toEqual(["first_frame", "last_frame"]);
  await expectPlayableResult(page);
});
