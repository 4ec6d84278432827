import { describe, expect, it } from "vitest";
import { parseGenerationRequest } from "@/lib/providers";
import type { Violation } from "@/lib/providers";
import { violationMessageKey } from "./violation-text";

const violation = (rule: string, path: string): Violation => ({ rule, path, message: "", severity: "error" });

describe("violationMessageKey", () => {
  it("words an empty shot prompt from the canonical schema as a missing prompt", () => {
    const parsed = parseGenerationRequest({
      provider: "simulator",
      model: "kling-simulator",
      mode: "storyboard",
      storyboard: { split: "custom", shots: [{ prompt: "", duration: 5 }] },
    });
    expect(parsed.success).toBe(false);
    const [empty] = parsed.violations;
    expect(empty?.path).toBe("storyboard.shots[0].prompt");
    expect(violationMessageKey(empty!)).toBe("emptyPrompt");
  });

  it("maps generic shape codes and leaves provider rules alone", () => {
    expect(violationMessageKey(violation("prompt_required", "prompt"))).toBe("emptyPrompt");
    expect(violationMessageKey(violation("too_small", "storyboard.shots[1].duration"))).toBe("tooSmall");
    expect(violationMessageKey(violation("too_big", "cameraControl.config.pan"))).toBe("tooBig");
    expect(violationMessageKey(violation("invalid_value", "aspectRatio"))).toBe("invalid");
    expect(violationMessageKey(violation("camera_config_one_axis", "cameraControl.config"))).toBeUndefined();
  });
});
