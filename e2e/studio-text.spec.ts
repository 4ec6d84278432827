import { expect, test } from "@playwright/test";
import { videoDuration } from "./studio-media";
import { ADMIN_STATE } from "./sections";

test.use({ storageState: ADMIN_STATE });

const CAMERA_RULE = "Exactly one camera setting must be non-zero";

test("text to video: a rejected camera setting is shown beside its field, fixed, generated and played", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto("/studio");
  await page.getByRole("link", { name: /Text to video/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Text to video" })).toBeVisible();

  await page.getByLabel("Prompt", { exact: true }).fill("A paper boat drifts down a rain-soaked street at dusk.");
  await expect(page.getByText(/^54 \/ 2500$/)).toBeVisible();
  await page.getByLabel("Length").selectOption("3");

  // A simple camera move with every axis at zero: the provider's rule (one axis, non-zero) refuses it,
  // but only once the creator sets an amount or tries to generate, not the moment the move is chosen.
  await page.getByLabel("Camera move").selectOption("simple");
  const camera = page.locator('[data-field="cameraControl"]');
  await expect(page.locator("#submit-status")).toBeEmpty();
  await expect(camera.getByText(CAMERA_RULE)).toHaveCount(0);
  const generate = page.getByRole("button", { name: "Generate" });
  // Submitting sends nothing: the problem shows and focus goes to the field in error.
  await generate.focus();
  await page.keyboard.press("Enter");
  await expect(camera.getByText(CAMERA_RULE)).toBeVisible();
  await expect(generate).toHaveAttribute("aria-disabled", "true");
  await expect(page.getByLabel("Camera move")).toBeFocused();
  await expect(page).toHaveURL(/\/studio\/text$/);

  // Fixed by keyboard: the amount slider moves three steps right.
  const amount = page.getByRole("slider", { name: "Amount" });
  await amount.focus();
  for (let step = 0; step < 3; step += 1) await page.keyboard.press("ArrowRight");
  await expect(amount).toHaveValue("3");
  await expect(camera.getByText(CAMERA_RULE)).toHaveCount(0);
  await expect(generate).not.toHaveAttribute("aria-disabled", "true");
  await expect(page.getByTestId("cost-estimate")).toContainText("3 s");

  await generate.click();
  await expect(page).toHaveURL(/\/generations\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("progressbar", { name: "Progress" })).toBeVisible();
  await expect(page.getByTestId("request-summary")).toContainText("A paper boat drifts");
  await expect(page.getByTestId("generation-status")).toHaveAttribute("data-status", "succeeded", { timeout: 45_000 });
  await expect(page.getByTestId("event-timeline")).toContainText("Finished");

  const video = page.getByTestId("generation-video");
  await expect(video).toBeVisible();
  const duration = await videoDuration(video);
  expect(duration).toBeGreaterThan(0);
  await expect(page.getByRole("link", { name: "Download" })).toHaveAttribute("href", /^\/api\/assets\//);
  await expect(page.getByRole("link", { name: "Remix" })).toHaveAttribute("href", /\/studio\/text\?from=/);

  // The gallery links the finished generation, with its poster.
  await page.goto("/gallery");
  const card = page.getByTestId("gallery-card").first();
  await expect(card.locator("img")).toHaveAttribute("src", /^\/api\/assets\//);
});

test("switching language changes the interface and the lang attribute", async ({ page }) => {
  await page.goto("/studio");
  await page.getByLabel("Language").selectOption("zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: "工作室" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  // A provider's rule, refused beside its field, in Chinese too.
  await page.goto("/studio/text");
  await page.getByLabel("运镜方式").selectOption("simple");
  await page.getByRole("button", { name: "生成", exact: true }).click();
  await expect(
    page.locator('[data-field="cameraControl"]').getByText("简单运镜必须且只能有一个非零的轴，现在有 0 个。"),
  ).toBeVisible();
  await page.goto("/studio");
  await page.getByLabel("语言").selectOption("en");
  await expect(page.getByRole("heading", { level: 1, name: "Studio" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("every mode opens its editor", async ({ page }) => {
  for (const mode of ["first_frame", "first_last", "reference", "edit", "extend", "motion_control"]) {
    await page.goto(`/studio/${mode}`);
    await expect(page.getByRole("button", { name: "Generate" })).toBeVisible();
  }
});

test("a reload keeps the unsent draft, and an unfinished generation can be canceled", async ({ page }) => {
  await page.goto("/studio/text");
  await page.getByLabel("Prompt", { exact: true }).fill("A kite over dunes");
  // The radios are drawn as buttons: the creator clicks the visible label.
  await page.locator("label", { hasText: "9:16" }).click();
  await expect(page.getByRole("radio", { name: "9:16" })).toBeChecked();
  await page.reload();
  await expect(page.getByText("Your unsent draft was restored.")).toBeVisible();
  await expect(page.getByLabel("Prompt", { exact: true })).toHaveValue("A kite over dunes");
  await expect(page.getByRole("radio", { name: "9:16" })).toBeChecked();

  await page.getByRole("button", { name: "Generate" }).click();
  await expect(page).toHaveURL(/\/generations\//);
  await page.getByRole("button", { name: "Cancel generation" }).click();
  await expect(page.getByTestId("generation-status")).toHaveAttribute("data-status", "canceled");
  await expect(page.getByRole("button", { name: "Cancel generation" })).toHaveCount(0);

  // The draft was cleared by the successful submit.
  await page.goto("/studio/text");
  await expect(page.getByLabel("Prompt", { exact: true })).toHaveValue("");
});
