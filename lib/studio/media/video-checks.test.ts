import { describe, expect, it } from "vitest";
import { KLING_ACTION_VIDEO_RULES, KLING_GATEWAY_LIMITS, KLING_OMNI_VIDEO_RULES } from "@/lib/providers";
import { actionVideoRules, checkVideoFacts } from "./video-checks";

const good = { format: "mp4", durationSeconds: 5, width: 1920, height: 1080, sizeBytes: 50 * 1024 * 1024, fps: 30 };

describe("checkVideoFacts", () => {
  it("passes a video within every rule", () => {
    expect(checkVideoFacts(good, KLING_OMNI_VIDEO_RULES)).toEqual([]);
  });

  it("reports duration, resolution, size, fps and format together", () => {
    const checks = checkVideoFacts(
      { format: "avi", durationSeconds: 12.345, width: 640, height: 360, sizeBytes: 250 * 1024 * 1024, fps: 15 },
      KLING_OMNI_VIDEO_RULES,
    );
    expect(checks.map((check) => check.rule)).toEqual([
      "video_format",
      "video_duration",
      "video_size",
      "video_size",
      "video_file_size",
      "video_fps",
    ]);
    expect(checks[1]!.params).toEqual({ seconds: 12.3, min: 3, max: 10 });
    expect(checks[2]!.params).toEqual({ side: "width", value: 640, min: 720, max: 2160 });
    expect(checks[4]!.params).toEqual({ size: 250, max: 200 });
    expect(checks[5]!.params).toEqual({ fps: 15, min: 24, max: 60 });
  });

  it("takes duration bounds as inclusive and knows too-short videos", () => {
    expect(checkVideoFacts({ durationSeconds: 3 }, KLING_OMNI_VIDEO_RULES)).toEqual([]);
    expect(checkVideoFacts({ durationSeconds: 10 }, KLING_OMNI_VIDEO_RULES)).toEqual([]);
    expect(checkVideoFacts({ durationSeconds: 2.9 }, KLING_OMNI_VIDEO_RULES).map((check) => check.rule)).toEqual([
      "video_duration",
    ]);
  });

  it("leaves fps unjudged until the server has measured it", () => {
    expect(checkVideoFacts({ ...good, fps: undefined }, KLING_OMNI_VIDEO_RULES)).toEqual([]);
  });
});

describe("actionVideoRules", () => {
  const byOrientation = KLING_GATEWAY_LIMITS.actionSecondsByOrientation;

  it("allows 10 s when the character faces as in the image, 30 s as in the video", () => {
    expect(actionVideoRules(KLING_ACTION_VIDEO_RULES, "image", byOrientation).maxSeconds).toBe(10);
    expect(actionVideoRules(KLING_ACTION_VIDEO_RULES, "video", byOrientation).maxSeconds).toBe(30);
  });

  it("turns a 20 s action video into a duration problem only for image orientation", () => {
    const facts = { durationSeconds: 20 };
    expect(checkVideoFacts(facts, actionVideoRules(KLING_ACTION_VIDEO_RULES, "image", byOrientation))[0]).toEqual({
      rule: "video_duration",
      params: { seconds: 20, min: 3, max: 10 },
    });
    expect(checkVideoFacts(facts, actionVideoRules(KLING_ACTION_VIDEO_RULES, "video", byOrientation))).toEqual([]);
  });

  it("never loosens the provider's own maximum", () => {
    expect(actionVideoRules({ ...KLING_ACTION_VIDEO_RULES, maxSeconds: 8 }, "video", byOrientation).maxSeconds).toBe(8);
  });
});
