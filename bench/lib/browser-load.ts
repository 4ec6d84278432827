import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "@playwright/test";

/**
 * What a real browser downloads before a page can be used: the studio's built server on a fresh
 * embedded database (scripts/e2e-server.ts), Chromium loading each page until the network is quiet
 * (the mode pages' form has arrived and its checks have loaded), and the compressed size of every
 * script it fetched (Resource Timing's encodedBodySize: the bytes on the wire, before decoding).
 */

const PORT = 3199;
const BASE = `http://localhost:${PORT}`;
const ACCOUNT = { name: "Bench", email: "bench@studio.test", password: "bench-account-pass" };
const MODES = ["text", "storyboard", "first_frame", "first_last", "reference", "edit", "extend", "motion_control"];

async function waitForHealth(server: ChildProcess) {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (server.exitCode !== null) throw new Error("the studio stopped while starting");
    const healthy = await fetch(`${BASE}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the studio did not start within two minutes");
}

/** Loads one page as a visitor would and sums the compressed scripts it fetched until it was usable. */
async function scriptsLoaded(page: Page, path: string, ready?: string): Promise<number> {
  await page.goto(`${BASE}${path}`, { waitUntil: "load" });
  if (ready) await page.getByRole("button", { name: ready, exact: true }).waitFor({ timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === "script" || entry.name.endsWith(".js"))
      .map((entry) => ({ name: entry.name, bytes: (entry as PerformanceResourceTiming).encodedBodySize })),
  );
  // BUNDLE_DETAIL=/studio/text lists that page's scripts, largest first, to see what to trim.
  if (process.env.BUNDLE_DETAIL === path) {
    for (const script of scripts.sort((a, b) => b.bytes - a.bytes))
      console.log(`  ${(script.bytes / 1024).toFixed(1).padStart(6)} KB  ${script.name}`);
  }
  return scripts.reduce((sum, script) => sum + script.bytes, 0);
}

async function measure(browser: Browser): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const visitor = await browser.newContext();
  for (const path of ["/sign-in", "/sign-up"]) sizes.set(path, await scriptsLoaded(await visitor.newPage(), path));
  await visitor.close();

  const creator = await browser.newContext();
  const headers = { origin: BASE };
  await creator.request.post(`${BASE}/api/auth/sign-up/email`, { headers, data: ACCOUNT });
  const created = await creator.request.post(`${BASE}/api/generations`, {
    headers,
    data: {
      request: { provider: "simulator", model: "kling-simulator", mode: "text", prompt: "A lighthouse", duration: 3 },
    },
  });
  const { id } = (await created.json()) as { id: string };
  const pages: [string, string, string?][] = [
    ["/", "/"],
    ["/studio", "/studio"],
    ...MODES.map((mode): [string, string, string] => [`/studio/${mode}`, `/studio/${mode}`, "Generate"]),
    ["/gallery", "/gallery"],
    ["/generations/[id]", `/generations/${id}`],
    ["/usage", "/usage"],
    ["/elements", "/elements"],
    ["/settings", "/settings"],
  ];
  // A fresh page each time: nothing is served from the previous page's memory.
  for (const [name, path, ready] of pages) sizes.set(name, await scriptsLoaded(await creator.newPage(), path, ready));
  await creator.close();
  return sizes;
}

/** Every page's compressed JavaScript, in bytes, as Chromium loaded it from the built studio. */
export async function measureInBrowser(): Promise<Map<string, number>> {
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/e2e-server.ts"], {
    env: { ...process.env, PORT: String(PORT) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  // Debian's Chromium where it exists, as the end-to-end tests use it.
  const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
  let browser: Browser | undefined;
  try {
    await waitForHealth(server);
    browser = await chromium.launch({ executablePath, args: executablePath ? ["--no-sandbox"] : [] });
    return await measure(browser);
  } finally {
    await browser?.close();
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
}
