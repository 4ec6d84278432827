import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { inspectImage } from "./image";

const solid = (channels: 3 | 4) =>
  sharp({ create: { width: 300, height: 200, channels, background: { r: 10, g: 20, b: 30, alpha: 0.5 } } });

describe("inspectImage", () => {
  it("reports a PNG with alpha", async () => {
    const png = await solid(4).png().toBuffer();
    expect(await inspectImage(png)).toEqual({
      format: "png",
      width: 300,
      height: 200,
      hasAlpha: true,
      sizeBytes: png.byteLength,
    });
  });

  it("reports a JPEG without alpha", async () => {
    const jpeg = await solid(3).jpeg().toBuffer();
    expect(await inspectImage(jpeg)).toMatchObject({ format: "jpeg", width: 300, height: 200, hasAlpha: false });
  });

  it("uses the displayed size of EXIF-rotated photos", async () => {
    const rotated = await solid(3).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect(await inspectImage(rotated)).toMatchObject({ width: 200, height: 300 });
  });

  it("rejects bytes that are not an image", async () => {
    await expect(inspectImage(Buffer.from("not an image"))).rejects.toThrow(/Not a readable image/);
  });
});
