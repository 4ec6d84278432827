import { existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { generate } from "./generations";
import { videoDuration } from "./studio-media";
import { ADMIN_STATE, MEMBER } from "./sections";

// Named after navigation.spec.ts on purpose: that file sees the gallery empty before anything is made.

test.use({ storageState: ADMIN_STATE });

test("the gallery finds a generation by a Chinese word and by a filter, keeps the view in the URL, and plays on hover", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const fox = await generate(page, "一只红狐在雪地里奔跑，电影感");
  await generate(page, "A lighthouse at dusk, waves below");

  await page.goto("/gallery");
  await page.getByLabel("Search prompts").fill("红狐");
  await expect(page).toHaveURL(/q=%E7%BA%A2%E7%8B%90/);
  const cards = page.getByTestId("gallery-card");
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toHaveAttribute("href", `/generations/${fox}`);
  await expect(cards.first().locator("mark")).toHaveText("红狐");

  await page.getByLabel("Status").selectOption("succeeded");
  await expect(page).toHaveURL(/status=succeeded/);
  await page.reload();
  await expect(page.getByLabel("Search prompts")).toHaveValue("红狐");
  await expect(page.getByLabel("Status")).toHaveValue("succeeded");
  await expect(cards).toHaveCount(1);

  // A favourite is kept per person and found by its filter.
  await cards.first().hover();
  await page.getByRole("button", { name: "Add to favourites" }).first().click();
  await expect(page.getByRole("button", { name: "Remove from favourites" })).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await page.getByRole("checkbox", { name: "Only my favourites" }).check();
  await expect(page).toHaveURL(/fav=1/);
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toHaveAttribute("href", `/generations/${fox}`);
  await page.getByRole("checkbox", { name: "Only my favourites" }).uncheck();

  // A filter that matches nothing says so; clearing brings every generation back.
  await page.getByLabel("Status").selectOption("canceled");
  await expect(page.getByText("Nothing matches")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/gallery$/);
  await expect(cards.nth(1)).toBeVisible();

  // No video bytes before the hover; on hover the card's video plays.
  const media: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "media") media.push(request.url());
  });
  await page.goto("/gallery?q=%E7%BA%A2%E7%8B%90");
  await expect(cards.first().locator("img")).toBeVisible();
  expect(media).toEqual([]);
  await cards.first().hover();
  const video = page.getByTestId("gallery-video");
  const duration = await videoDuration(video, { load: false });
  expect(duration).toBeGreaterThan(0);
  expect(media.length).toBeGreaterThan(0);

  // Downloaded from the card under a name from the prompt and the date.
  const download = await page.getByRole("link", { name: "Download" }).first().getAttribute("href");
  const response = await page.request.get(download!);
  expect(response.headers()["content-disposition"]).toMatch(
    /^attachment; filename\*=UTF-8''%E4%B8%80%E5%8F%AA%E7%BA%A2%E7%8B%90.*-\d{4}-\d{2}-\d{2}-\d{4}\.mp4$/,
  );
});

/** The files the e2e studio stored for a generation (its data directory: scripts/e2e-server.ts). */
function storedFiles(id: string): string[] {
  const port = new URL(test.info().project.use.baseURL!).port;
  const folder = path.join(tmpdir(), `kling-studio-e2e-${port}`, "media", "generations", id);
  return existsSync(folder)
    ? readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name)
    : [];
}

test("two generations chosen in the gallery are deleted with their files; a member cannot delete someone else's", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const first = await generate(page, "删除测试：第一条");
  const second = await generate(page, "删除测试：第二条");
  const kept = await generate(page, "删除测试：留下的");
  expect(storedFiles(first).length).toBeGreaterThan(0);

  // A member's session: the server refuses, whatever the page would show.
  const memberContext = await browser.newContext({ storageState: undefined });
  const member = await memberContext.newPage();
  const signIn = await member.request.post("/api/auth/sign-in/email", {
    headers: { origin: test.info().project.use.baseURL! },
    data: { email: MEMBER.email, password: MEMBER.password },
  });
  expect(signIn.ok()).toBe(true);
  const refused = await member.request.post("/api/generations/delete", {
    headers: { origin: test.info().project.use.baseURL! },
    data: { ids: [kept] },
  });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { detail: string }).detail).toContain("Only their creator or an admin");
  await memberContext.close();

  await page.goto("/gallery?q=%E5%88%A0%E9%99%A4%E6%B5%8B%E8%AF%95");
  const cards = page.getByTestId("gallery-card");
  await expect(cards).toHaveCount(3);
  await page.getByRole("checkbox", { name: "Select 删除测试：第一条" }).click();
  await page.getByRole("checkbox", { name: "Select 删除测试：第二条" }).click();
  await expect(page.getByText("2 selected")).toBeVisible();
  await expect(page.getByRole("link", { name: "Download ZIP" })).toHaveAttribute("href", new RegExp(`ids=.*${first}`));
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page.getByText("Delete these 2 generations and their files?")).toBeVisible();
  await page.getByRole("button", { name: "Delete for good" }).click();
  await expect(page.getByText("2 generations deleted.")).toBeVisible();
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toHaveAttribute("href", `/generations/${kept}`);
  expect(storedFiles(first)).toEqual([]);
  expect(storedFiles(second)).toEqual([]);
  expect(storedFiles(kept).length).toBeGreaterThan(0);
  expect((await page.request.get(`/api/generations/${first}`)).status()).toBe(404);
});

test("a share link plays the video without an account, and answers 404 once revoked", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const id = await generate(page, "分享测试：山谷里的晨雾");
  await page.goto(`/generations/${id}`);
  await page.getByLabel("Link works for").selectOption("never");
  await page.getByRole("button", { name: "Create link" }).click();
  const url = await page.getByTestId("share-url").inputValue();
  expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId("share-links").getByRole("listitem")).toHaveCount(1);

  const stranger = await browser.newContext({ storageState: undefined });
  const visitor = await stranger.newPage();
  const opened = await visitor.goto(url);
  expect(opened?.status()).toBe(200);
  await expect(visitor.getByTestId("shared-prompt")).toHaveText("分享测试：山谷里的晨雾");
  await expect(visitor.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const duration = await videoDuration(visitor.getByTestId("shared-video"));
  expect(duration).toBeGreaterThan(0);
  // Nothing else of the studio opens with the link's session-less visitor.
  expect((await visitor.request.get(`/api/generations/${id}`)).status()).toBe(401);

  await page.getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText("No live links.")).toBeVisible();
  expect((await visitor.goto(url))?.status()).toBe(404);
  const token = url.split("/s/")[1];
  expect((await visitor.request.get(`/api/shared/${token}/video`)).status()).toBe(404);
  await stranger.close();
});
