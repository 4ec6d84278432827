import { expect, test, type Page } from "@playwright/test";
import { ADMIN_STATE } from "./sections";

test.use({ storageState: ADMIN_STATE });

type Missing = { field: string; message: string };
type Language = { locale: "en" | "zh-CN"; generate: string; modes: Record<string, Missing[]> };

// What an empty form in each mode is missing, named as the form labels it.
const LANGUAGES: Language[] = [
  {
    locale: "en",
    generate: "Generate",
    modes: {
      text: [{ field: "Prompt", message: "Prompt is required: describe the video." }],
      storyboard: [
        { field: "Shot 1 prompt", message: "Shot 1 prompt is required." },
        { field: "Shot 2 prompt", message: "Shot 2 prompt is required." },
      ],
      first_frame: [{ field: "First frame", message: "First frame is required." }],
      first_last: [
        { field: "First frame", message: "First frame is required." },
        { field: "Last frame", message: "Last frame is required." },
      ],
      reference: [
        { field: "Add a reference image", message: "Add a reference image, an element or a reference video." },
      ],
      edit: [{ field: "Video to edit", message: "Video to edit is required." }],
      extend: [{ field: "Video to extend", message: "Video to extend is required." }],
      motion_control: [
        { field: "Character image", message: "Character image is required." },
        { field: "Action video", message: "Action video is required." },
      ],
    },
  },
  {
    locale: "zh-CN",
    generate: "生成",
    modes: {
      text: [{ field: "提示词", message: "请填写提示词，描述这段视频。" }],
      storyboard: [
        { field: "镜头 1 提示词", message: "请填写镜头 1 提示词。" },
        { field: "镜头 2 提示词", message: "请填写镜头 2 提示词。" },
      ],
      first_frame: [{ field: "首帧", message: "请添加首帧。" }],
      first_last: [
        { field: "首帧", message: "请添加首帧。" },
        { field: "尾帧", message: "请添加尾帧。" },
      ],
      reference: [{ field: "添加参考图片", message: "请添加参考图片、主体或参考视频。" }],
      edit: [{ field: "待编辑视频", message: "请添加待编辑视频。" }],
      extend: [{ field: "待延长视频", message: "请添加待延长视频。" }],
      motion_control: [
        { field: "角色图片", message: "请添加角色图片。" },
        { field: "动作视频", message: "请添加动作视频。" },
      ],
    },
  },
];

/** The field a message belongs to: an upload box or a group of choices by its name, else a labelled control's field. */
function fieldNamed(page: Page, name: string) {
  return page
    .getByRole("group", { name, exact: true })
    .or(page.locator("[data-field]", { has: page.getByLabel(name, { exact: true }) }));
}

for (const language of LANGUAGES) {
  test(`an empty Generate in every mode names each missing field beside it and focuses the first (${language.locale})`, async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await context.addCookies([{ name: "locale", value: language.locale, url: test.info().project.use.baseURL! }]);
    for (const [mode, missing] of Object.entries(language.modes)) {
      await page.goto(`/studio/${mode}`);
      const generate = page.getByRole("button", { name: language.generate, exact: true });
      await expect(generate).toBeVisible();
      // Nothing is said about a field the creator has not touched, however long the checks take.
      await page.waitForTimeout(1_000);
      await expect(page.locator('form [aria-invalid="true"]'), mode).toHaveCount(0);
      for (const { message } of missing) await expect(page.getByText(message, { exact: true }), mode).toHaveCount(0);

      await generate.click();
      for (const { field, message } of missing) {
        await expect(fieldNamed(page, field).getByText(message, { exact: true }), `${mode}: ${field}`).toBeVisible();
      }
      const focused = page.locator(":focus");
      await expect(focused, mode).toHaveAttribute("aria-invalid", "true");
      await expect(fieldNamed(page, missing[0]!.field).locator(":focus"), mode).toHaveCount(1);
      await expect(page).toHaveURL(new RegExp(`/studio/${mode}$`));
    }
  });
}
