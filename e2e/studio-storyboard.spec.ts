import { expect, test, type Page } from "@playwright/test";
import { ADMIN_STATE } from "./sections";

test.use({ storageState: ADMIN_STATE });

const segments = (page: Page) => page.getByTestId("timeline-segment");

test("storyboard: shots reordered by keyboard reorder the timeline and the submitted request", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/studio/storyboard");
  const timeline = page.getByTestId("storyboard-timeline");
  // Focus brings dnd-kit, which draws the list again: type once it has (as a person would, into the new field).
  await page.getByLabel("Shot 1 prompt").focus();
  await expect(page.getByRole("button", { name: "Drag shot 1 to reorder" })).toHaveAttribute(
    "aria-roledescription",
    "sortable",
  );
  await page.getByLabel("Shot 1 prompt").fill("Alpha: a lighthouse at night");
  await page.getByLabel("Shot 2 prompt").fill("Bravo: waves crash on the rocks");
  await expect(timeline).toHaveAttribute("data-status", "ok");

  // A third shot overruns the 5 s video: the timeline refuses it until the video is longer.
  await page.getByRole("button", { name: "Add a shot" }).click();
  await page.getByLabel("Shot 3 prompt").fill("Charlie: dawn over the sea");
  await expect(timeline).toHaveAttribute("data-status", "over");
  await expect(timeline.getByRole("alert")).toHaveText("The shots last 6 s but the video lasts 5 s: make them add up.");
  await page.getByLabel("Length", { exact: true }).selectOption("6");
  await expect(timeline).toHaveAttribute("data-status", "ok");
  expect(await segments(page).evaluateAll((items) => items.map((item) => item.getAttribute("aria-label")))).toEqual([
    "Shot 1: 3 s",
    "Shot 2: 2 s",
    "Shot 3: 1 s",
  ]);

  // dnd-kit's keyboard sensor: pick up shot 3 by its handle, move it up twice, drop it. Each step
  // waits for its screen-reader announcement, which is also what tells a blind creator where the shot is.
  const announced = (text: string) => expect(page.getByText(text, { exact: true })).toBeAttached();
  const handle = page.getByRole("button", { name: "Drag shot 3 to reorder" });
  await handle.focus();
  // dnd-kit arrives when the list is reached; the handle keeps focus and becomes sortable.
  await expect(handle).toHaveAttribute("aria-roledescription", "sortable");
  await expect(handle).toBeFocused();
  await page.keyboard.press("Space");
  await announced("Shot 3 is over position 3.");
  await page.keyboard.press("ArrowUp");
  await announced("Shot 3 is over position 2.");
  await page.keyboard.press("ArrowUp");
  await announced("Shot 3 is over position 1.");
  await page.keyboard.press("Space");
  await announced("Shot 3 dropped at position 1.");
  await expect(page.getByLabel("Shot 1 prompt")).toHaveValue("Charlie: dawn over the sea");

  // The move buttons, from the keyboard: Alpha (now shot 2) goes down to the end.
  await page.getByRole("button", { name: "Move shot 2 down" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("shot-announcement")).toHaveText("Shot moved to position 3 of 3.");
  await expect(page.getByRole("button", { name: "Move shot 3 up" })).toBeFocused();

  const prompts = page.getByTestId("shot-card").locator("textarea");
  expect(await prompts.evaluateAll((items) => items.map((item) => (item as HTMLTextAreaElement).value))).toEqual([
    "Charlie: dawn over the sea",
    "Bravo: waves crash on the rocks",
    "Alpha: a lighthouse at night",
  ]);
  expect(await segments(page).evaluateAll((items) => items.map((item) => item.getAttribute("aria-label")))).toEqual([
    "Shot 1: 1 s",
    "Shot 2: 2 s",
    "Shot 3: 3 s",
  ]);

  await page.getByRole("button", { name: "Generate" }).click();
  await expect(page).toHaveURL(/\/generations\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("summary-shot")).toHaveText([
    "1. 1 s: Charlie: dawn over the sea",
    "2. 2 s: Bravo: waves crash on the rocks",
    "3. 3 s: Alpha: a lighthouse at night",
  ]);
  const id = page.url().split("/").pop()!;
  const response = await page.request.get(`/api/generations/${id}`);
  const body = (await response.json()) as {
    request: { storyboard: { split: string; shots: { prompt: string; duration: number }[] } };
  };
  expect(body.request.storyboard.split).toBe("custom");
  expect(body.request.storyboard.shots.map((shot) => shot.prompt.split(":")[0])).toEqual(["Charlie", "Bravo", "Alpha"]);
  await expect(page.getByTestId("generation-status")).toHaveAttribute("data-status", "succeeded", { timeout: 45_000 });
});

test("storyboard: a new total length rescales the shots, and the submitted request follows", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/studio/storyboard");
  await page.getByLabel("Shot 1 prompt").fill("A fox wakes in its den");
  await page.getByLabel("Shot 2 prompt").fill("It steps out into the snow");
  const labels = () => segments(page).evaluateAll((items) => items.map((item) => item.getAttribute("aria-label")));
  expect(await labels()).toEqual(["Shot 1: 3 s", "Shot 2: 2 s"]);

  await page.getByLabel("Length", { exact: true }).selectOption("10");
  await expect(page.getByTestId("storyboard-timeline")).toHaveAttribute("data-status", "ok");
  expect(await labels()).toEqual(["Shot 1: 6 s", "Shot 2: 4 s"]);
  await expect(page.getByTestId("storyboard-timeline").getByRole("alert")).toHaveCount(0);

  await page.getByRole("button", { name: "Generate" }).click();
  await expect(page).toHaveURL(/\/generations\/[0-9a-f-]{36}$/);
  const id = page.url().split("/").pop()!;
  const body = (await (await page.request.get(`/api/generations/${id}`)).json()) as {
    request: { duration: number; storyboard: { shots: { duration: number }[] } };
  };
  expect(body.request.duration).toBe(10);
  expect(body.request.storyboard.shots.map((shot) => shot.duration)).toEqual([6, 4]);
});
