import { describe, expect, it } from "vitest";
import { DASHSCOPE_IMAGE_RULES } from "@/lib/providers";
import { KLING_GATEWAY_IMAGE_RULES } from "@/lib/providers";
import { checkImageFacts } from "./image-checks";

const good = { format: "png", width: 1280, height: 720, sizeBytes: 2 * 1024 * 1024, hasAlpha: false };

describe("checkImageFacts", () => {
  it("passes an image within every rule", () => {
    expect(checkImageFacts(good, DASHSCOPE_IMAGE_RULES)).toEqual([]);
  });

  it("reports every broken rule at once, each naming its rule", () => {
    const checks = checkImageFacts(
      { format: "webp", width: 200, height: 9000, sizeBytes: 12 * 1024 * 1024, hasAlpha: true },
      DASHSCOPE_IMAGE_RULES,
    );
    expect(checks.map((check) => check.rule)).toEqual([
      "image_format",
      "image_alpha",
      "image_size",
      "image_size",
      "image_aspect_ratio",
      "image_file_size",
    ]);
    expect(checks[0]!.params).toEqual({ format: "webp", formats: "jpeg, jpg, png" });
    expect(checks[2]!.params).toEqual({ side: "width", value: 200, min: 300, max: 8000 });
    expect(checks[3]!.params).toEqual({ side: "height", value: 9000, min: 300, max: 8000 });
    expect(checks[4]!.params).toEqual({ width: 200, height: 9000, min: "1:2.5", max: "2.5:1" });
    expect(checks[5]!.params).toEqual({ size: 12, max: 10 });
  });

  it("accepts transparency where the provider does", () => {
    expect(checkImageFacts({ ...good, hasAlpha: true }, KLING_GATEWAY_IMAGE_RULES)).toEqual([]);
    expect(checkImageFacts({ ...good, hasAlpha: true }, DASHSCOPE_IMAGE_RULES).map((check) => check.rule)).toEqual([
      "image_alpha",
    ]);
  });

  it("takes the aspect-ratio bounds as inclusive", () => {
    expect(checkImageFacts({ width: 1000, height: 400 }, DASHSCOPE_IMAGE_RULES)).toEqual([]);
    expect(checkImageFacts({ width: 400, height: 1000 }, DASHSCOPE_IMAGE_RULES)).toEqual([]);
    expect(checkImageFacts({ width: 1001, height: 400 }, DASHSCOPE_IMAGE_RULES).map((check) => check.rule)).toEqual([
      "image_aspect_ratio",
    ]);
  });

  it("judges only the facts it knows", () => {
    expect(checkImageFacts({}, DASHSCOPE_IMAGE_RULES)).toEqual([]);
    expect(checkImageFacts({ height: 100 }, DASHSCOPE_IMAGE_RULES).map((check) => check.rule)).toEqual(["image_size"]);
  });

  it("compares formats case-insensitively", () => {
    expect(checkImageFacts({ format: "JPEG" }, DASHSCOPE_IMAGE_RULES)).toEqual([]);
  });
});
