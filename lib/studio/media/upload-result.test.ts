import { describe, expect, it } from "vitest";
import { mediaItemFromUpload, previewUrlOf } from "./upload-item";
import { UploadedAssetSchema, UploadProblemSchema } from "./upload-result";

const id = "0b7f3a52-8f0e-4c55-9d57-1f8a7b1c2d3e";

describe("mediaItemFromUpload", () => {
  it("turns the server's answer into a media item with its measurements", () => {
    const asset = UploadedAssetSchema.parse({
      id,
      url: `asset:${id}`,
      previewUrl: `/api/assets/${id}`,
      contentType: "image/png",
      sizeBytes: 1234,
      width: 1280,
      height: 720,
      durationSeconds: null,
      fps: null,
      format: "PNG",
      hasAlpha: false,
    });
    expect(mediaItemFromUpload(asset, "refer")).toEqual({
      role: "refer",
      url: `asset:${id}`,
      metadata: { width: 1280, height: 720, sizeBytes: 1234, format: "png", hasAlpha: false },
    });
  });

  it("keeps a video's duration and frame rate", () => {
    const asset = UploadedAssetSchema.parse({
      id,
      url: `asset:${id}`,
      previewUrl: "",
      contentType: "video/mp4",
      sizeBytes: 9,
      width: 1920,
      height: 1080,
      durationSeconds: 5.2,
      fps: 30,
      format: "mp4",
    });
    expect(mediaItemFromUpload(asset, "base").metadata).toEqual({
      width: 1920,
      height: 1080,
      durationSeconds: 5.2,
      fps: 30,
      sizeBytes: 9,
      format: "mp4",
    });
  });

  it("refuses an answer that is not an asset", () => {
    expect(
      UploadedAssetSchema.safeParse({ id, url: "https://x", previewUrl: "", contentType: "", sizeBytes: 1 }).success,
    ).toBe(false);
  });
});

describe("UploadProblemSchema", () => {
  it("reads the rule of a refusal", () => {
    expect(
      UploadProblemSchema.parse({ type: "about:blank", status: 413, detail: "Too big", rule: "file_too_large" }),
    ).toEqual({ detail: "Too big", rule: "file_too_large" });
    expect(UploadProblemSchema.parse({})).toEqual({ detail: "" });
  });
});

describe("previewUrlOf", () => {
  it("serves uploads from the assets route and leaves other URLs alone", () => {
    expect(previewUrlOf(`asset:${id}`)).toBe(`/api/assets/${id}`);
    expect(previewUrlOf("https://example.com/a.png")).toBe("https://example.com/a.png");
  });
});
