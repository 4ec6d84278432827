import { expect, test, type Page } from "@playwright/test";
import { ADMIN_STATE } from "./sections";

// Named after navigation.spec.ts on purpose: that file sees the gallery empty before anything is made.

test.use({ storageState: ADMIN_STATE });

/** A simulated generation made through the studio's own route, followed until it is stored. */
async function generate(page: Page, prompt: string): Promise<string> {
  // A script's request from the studio's own origin (the cookie session's same-origin rule).
  const created = await page.request.post("/api/generations", {
    headers: { origin: test.info().project.use.baseURL! },
    data: { request: { provider: "simulator", model: "kling-simulator", mode: "text", prompt, duration: 3 } },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await expect
    .poll(
      async () => ((await (await page.request.get(`/api/generations/${id}`)).json()) as { status: string }).status,
      {
        timeout: 60_000,
      },
    )
    .toBe("succeeded");
  return id;
}

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
  const duration = await video.evaluate(
    (element) =>
      new Promise<number>((resolve, reject) => {
        const player = element as HTMLVideoElement;
        if (player.readyState >= HTMLMediaElement.HAVE_METADATA) return resolve(player.duration);
        player.addEventListener("loadedmetadata", () => resolve(player.duration), { once: true });
        player.addEventListener("error", () => reject(new Error(`video error ${player.error?.code}`)), { once: true });
      }),
  );
  expect(duration).toBeGreaterThan(0);
  expect(media.length).toBeGreaterThan(0);
});
