import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";

// Test media made on the spot: PNGs by sharp, MP4s by ffmpeg (a moving test pattern at 24 fps).

const folder = path.join(tmpdir(), "kling-studio-e2e-media");

export async function png(name: string, width: number, height: number, colour = "#4f7cff") {
  return {
    name: `${name}.png`,
    mimeType: "image/png",
    buffer: await sharp({ create: { width, height, channels: 3, background: colour } })
      .png()
      .toBuffer(),
  };
}

/** A small H.264 clip of `seconds` at 640×360, written once per run. */
export function mp4(seconds: number): string {
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `clip-${seconds}s.mp4`);
  execFileSync("ffmpeg", [
    "-y",
    "-loglevel",
    "error",
    "-f",
    "lavfi",
    "-i",
    `testsrc=size=640x360:rate=24:duration=${seconds}`,
    "-pix_fmt",
    "yuv420p",
    "-c:v",
    "libx264",
    "-preset",
    "ultrafast",
    file,
  ]);
  return file;
}

/** The hidden file input of the upload field for one media role. */
export const uploadInput = (page: Page, role: string) => page.locator(`[data-media-role="${role}"] input[type="file"]`);
export const uploadField = (page: Page, role: string) => page.locator(`[data-media-role="${role}"]`);

/** Submits and waits for the generation page. */
export async function generate(page: Page): Promise<string> {
  const button = page.getByRole("button", { name: "Generate" });
  await expect(button).not.toHaveAttribute("aria-disabled", "true");
  await button.click();
  await expect(page).toHaveURL(/\/generations\/[0-9a-f-]{36}$/, { timeout: 15_000 });
  return page.url().split("/").pop()!;
}

/** Waits for the generation to succeed and checks that its video plays (duration known from metadata). */
export async function expectPlayableResult(page: Page) {
  await expect(page.getByRole("progressbar", { name: "Progress" })).toBeVisible();
  await expect(page.getByTestId("generation-status")).toHaveAttribute("data-status", "succeeded", { timeout: 45_000 });
  const video: Locator = page.getByTestId("generation-video");
  const duration = await videoDuration(video);
  expect(duration).toBeGreaterThan(0);
}

/** The duration a video element reports once its metadata is in (asking it to load unless `load` is false). */
export function videoDuration(video: Locator, { load = true }: { load?: boolean } = {}): Promise<number> {
  return video.evaluate(
    (element, shouldLoad) =>
      new Promise<number>((resolve, reject) => {
        const player = element as HTMLVideoElement;
        if (player.readyState >= HTMLMediaElement.HAVE_METADATA) return resolve(player.duration);
        player.addEventListener("loadedmetadata", () => resolve(player.duration), { once: true });
        player.addEventListener("error", () => reject(new Error(`video error ${player.error?.code}`)), { once: true });
        if (shouldLoad) player.load();
      }),
    load,
  );
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
