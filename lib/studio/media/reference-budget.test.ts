import { describe, expect, it } from "vitest";
import { KLING_GATEWAY_CAPABILITIES, KLING_GATEWAY_LIMITS } from "@/lib/providers";
import { XCOMPUTE_CAPABILITIES } from "@/lib/providers";
import { overBudget, referenceBudget } from "./reference-budget";

const omni = KLING_GATEWAY_CAPABILITIES.models[0]!;
const reference = omni.modes.reference!;
const withVideo = KLING_GATEWAY_LIMITS.referencesWithVideo;

describe("referenceBudget", () => {
  it("shares 7 between images and elements without a video", () => {
    const budget = referenceBudget(reference, { images: 4, elements: 2, videos: 0 }, withVideo);
    expect(budget.shared).toEqual({ used: 6, max: 7 });
    expect(budget.canAddImage).toBe(true);
    expect(budget.canAddElement).toBe(true);
    const full = referenceBudget(reference, { images: 4, elements: 3, videos: 0 }, withVideo);
    expect(full.canAddImage || full.canAddElement).toBe(false);
  });

  it("lowers the shared limit to 4 with a feature video and reports the excess", () => {
    const budget = referenceBudget(reference, { images: 3, elements: 2, videos: 1 }, withVideo);
    expect(budget.shared).toEqual({ used: 5, max: 4 });
    expect(budget.canAddImage).toBe(false);
    expect(budget.canAddVideo).toBe(false);
    expect(overBudget(budget)).toBe(true);
  });

  it("keeps the table's limit when the with-video limit is not known", () => {
    expect(referenceBudget(reference, { images: 5, elements: 0, videos: 1 }).shared?.max).toBe(7);
  });

  it("counts elements alone where the mode has no reference images (xcompute, @name)", () => {
    const mode = XCOMPUTE_CAPABILITIES.models[0]!.modes.reference!;
    const budget = referenceBudget(mode, { images: 0, elements: 1, videos: 0 });
    expect(budget.shared).toBeUndefined();
    expect(budget.images.max).toBe(0);
    expect(budget.canAddImage).toBe(false);
    expect(budget.canAddElement).toBe(budget.elements.max > 1);
  });

  it("takes the edit mode's base video as its video", () => {
    const edit = referenceBudget(omni.modes.edit!, { images: 2, elements: 2, videos: 1 });
    expect(edit.videos).toEqual({ used: 1, max: 1 });
    expect(edit.shared).toEqual({ used: 4, max: 4 });
  });
});
