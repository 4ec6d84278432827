import { describe, expect, it } from "vitest";
import { parseGenerationRequest } from "@/lib/providers";
import type { Violation } from "@/lib/providers";
import { fillTemplate, shotOf, violationMessageKey } from "./violation-text";

const violation = (rule: string, path: string): Violation => ({ rule, path, message: "", severity: "error" });

describe("violationMessageKey", () => {
  it("words an empty shot prompt from the canonical schema as a missing shot prompt", () => {
    const parsed = parseGenerationRequest({
      provider: "simulator",
      model: "kling-simulator",
      mode: "storyboard",
      storyboard: { split: "custom", shots: [{ prompt: "", duration: 5 }] },
    });
    expect(parsed.success).toBe(false);
    const [empty] = parsed.violations;
    expect(empty?.path).toBe("storyboard.shots[0].prompt");
    expect(violationMessageKey(empty!)).toBe("emptyShotPrompt");
  });

  it("maps generic shape codes and leaves provider rules alone", () => {
    expect(violationMessageKey(violation("prompt_required", "prompt"))).toBe("emptyPrompt");
    expect(violationMessageKey(violation("too_small", "storyboard.shots[1].duration"))).toBe("tooSmall");
    expect(violationMessageKey(violation("too_big", "cameraControl.config.pan"))).toBe("tooBig");
    expect(violationMessageKey(violation("invalid_value", "aspectRatio"))).toBe("invalid");
    expect(violationMessageKey(violation("camera_config_one_axis", "cameraControl.config"))).toBeUndefined();
  });
});

describe("words with values", () => {
  it("names a missing input by its role and an empty shot by its number", () => {
    const missing = parseGenerationRequest({ provider: "simulator", model: "kling-simulator", mode: "edit" });
    const [needsVideo] = missing.violations;
    expect(needsVideo).toMatchObject({ rule: "media_role_missing", params: { role: "base", mode: "edit" } });
    expect(violationMessageKey(needsVideo!)).toBe("missingMedia");
    expect(violationMessageKey(violation("prompt_required", "storyboard.shots[1].prompt"))).toBe("emptyShotPrompt");
    expect(shotOf("storyboard.shots[1].prompt")).toBe(2);
    expect(shotOf("storyboard.shots.0.duration")).toBe(1);
    expect(shotOf("prompt")).toBeUndefined();
  });

  it("fills a rule's sentence only when the violation reports every value it names", () => {
    expect(fillTemplate("时长必须为 {allowed} 秒。", { allowed: "3–15" })).toBe("时长必须为 3–15 秒。");
    expect(fillTemplate("镜头 {shot} 时长 {seconds} 秒", { shot: 2 })).toBeUndefined();
    expect(fillTemplate("没有数值。", {})).toBe("没有数值。");
  });
});
