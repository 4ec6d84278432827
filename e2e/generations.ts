import { expect, test, type Page } from "@playwright/test";

/** A simulated generation made through the studio's own route, followed until it is stored. */
export async function generate(page: Page, prompt: string): Promise<string> {
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
