import { expect, test } from "@playwright/test";
import { ADMIN_STATE } from "./sections";

test.use({ storageState: ADMIN_STATE });

test("pages carry the security headers, and the studio works under its Content-Security-Policy", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(message.text()))
      violations.push(message.text());
  });
  const response = await page.goto("/studio/text");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Hydrated and interactive: typing into the prompt updates its counter.
  await page.getByLabel("Prompt", { exact: true }).fill("a red fox in the snow");
  await expect(page.getByRole("button", { name: /Generate/ })).toBeEnabled();
  expect(violations).toEqual([]);
});

test("a cross-site request with the member's cookie cannot start a generation", async ({ page, baseURL }) => {
  await page.goto("/");
  const request = {
    provider: "simulator",
    model: "kling-simulator",
    mode: "text",
    prompt: "from elsewhere",
    duration: 3,
    aspectRatio: "16:9",
  };
  const crossSite = await page.request.post("/api/generations", {
    headers: { origin: "http://evil.example", "content-type": "text/plain" },
    data: JSON.stringify({ request }),
  });
  expect(crossSite.status()).toBe(403);
  const otherOrigin = await page.request.post("/api/generations", {
    headers: { origin: "http://evil.example" },
    data: { request },
  });
  expect(otherOrigin.status()).toBe(403);
  expect(baseURL).toBeTruthy();
});

test("malformed percent-encoding is a 400, never a 500", async ({ page }) => {
  for (const path of ["/api/assets/%zz", "/api/generations/%zz", "/api/media/public/%zz"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(400);
  }
});

test("after sign-in, only paths on the studio are followed", async ({ page, baseURL }) => {
  for (const next of ["/%5Cevil.example", "/%09/evil.example", "//evil.example", "https://evil.example/"]) {
    await page.goto(`/sign-in?next=${next}`);
    await expect(page).toHaveURL(new RegExp(`^${baseURL}/`));
  }
});

test("the API reference renders under its own policy; API answers keep theirs", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(message.text()))
      violations.push(message.text());
  });
  const response = await page.goto("/api/v1/docs");
  expect(response!.headers()["content-security-policy"]).toContain("script-src 'self'");
  await expect(page.getByRole("heading", { name: /Kling Studio API/ })).toBeVisible();
  await expect(page.getByText("/generations/batch", { exact: true })).toBeVisible();
  expect(violations).toEqual([]);
  const api = await page.request.get("/api/v1/openapi.json");
  expect(api.headers()["content-security-policy"]).toContain("sandbox");
});
