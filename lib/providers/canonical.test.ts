import { describe, expect, it } from "vitest";
import { parseGenerationRequest, type GenerationRequestInput } from "./canonical";

const base: GenerationRequestInput = { provider: "simulator", model: "any", mode: "text", prompt: "p" };
const rules = (input: unknown) => {
  const parsed = parseGenerationRequest(input);
  return parsed.success ? [] : parsed.violations.map((violation) => `${violation.path}:${violation.rule}`);
};

describe("canonical generation request", () => {
  it("applies defaults and keeps element ids as strings", () => {
    const parsed = parseGenerationRequest({ ...base, mode: "reference", elements: [{ id: "18446744073709551615" }] });
    expect(parsed.success && parsed.request).toMatchObject({
      media: [],
      voices: [],
      elements: [{ id: "18446744073709551615" }],
    });
  });

  it("expresses every mode", () => {
    const ok: GenerationRequestInput[] = [
      base,
      { ...base, mode: "storyboard", storyboard: { split: "custom", shots: [{ prompt: "a", duration: 5 }] } },
      {
        ...base,
        mode: "first_frame",
        media: [
          { role: "first_frame", url: "data:image/png;base64,AAAA" },
          { role: "mask", url: "https://m.test/mask.png" },
        ],
        motionBrush: {
          dynamicMasks: [
            {
              mask: 1,
              trajectory: [
                { x: 0, y: 0 },
                { x: 5, y: 9 },
              ],
            },
          ],
        },
      },
      {
        ...base,
        mode: "first_last",
        media: [
          { role: "first_frame", url: "https://m.test/a.png" },
          { role: "last_frame", url: "https://m.test/b.png" },
        ],
      },
      {
        ...base,
        mode: "reference",
        media: [
          { role: "feature", url: "https://m.test/f.mp4" },
          { role: "first_frame", url: "https://m.test/a.png" },
        ],
      },
      { ...base, mode: "edit", media: [{ role: "base", url: "https://m.test/b.mp4", keepOriginalSound: true }] },
      {
        ...base,
        mode: "extend",
        extendDirection: "previous",
        media: [{ role: "feature", url: "https://m.test/f.mp4" }],
      },
      {
        ...base,
        mode: "motion_control",
        characterOrientation: "video",
        media: [
          { role: "character", url: "https://m.test/c.png" },
          { role: "action", url: "https://m.test/a.mp4", keepOriginalSound: false },
        ],
      },
      {
        ...base,
        cameraControl: { type: "simple", config: { horizontal: 0, vertical: 0, pan: 0, tilt: 0, roll: 0, zoom: -10 } },
        voices: [{ voiceId: "v1" }, { voiceId: "v2" }],
        quality: "4k",
        aspectRatio: "1:1",
        duration: 10,
        audio: true,
        watermark: false,
        negativePrompt: "blur",
      },
    ];
    for (const input of ok) expect(rules(input)).toEqual([]);
  });

  it("reports shape problems as violations with field paths", () => {
    expect(rules({ ...base, duration: 5.5, aspectRatio: "4:3", extra: 1 })).toEqual(
      expect.arrayContaining(["duration:invalid_type", "aspectRatio:invalid_value", ":unrecognized_keys"]),
    );
    expect(rules({ ...base, media: [{ role: "refer", url: "ftp://x/y.png" }] })).toEqual(
      expect.arrayContaining(["media[0].url:custom", "media[0].role:media_role_not_allowed"]),
    );
    expect(
      rules({
        ...base,
        cameraControl: { type: "simple", config: { horizontal: 11, vertical: 0, pan: 0, tilt: 0, roll: 0, zoom: 0 } },
      }),
    ).toEqual(["cameraControl.config.horizontal:too_big"]);
    expect(rules({ ...base, voices: [{ voiceId: "a" }, { voiceId: "b" }, { voiceId: "c" }] })).toEqual([
      "voices:too_big",
    ]);
  });

  it("checks what each mode means", () => {
    expect(
      rules({ ...base, mode: "first_last", media: [{ role: "first_frame", url: "https://m.test/a.png" }] }),
    ).toEqual(["media:media_role_missing"]);
    expect(rules({ ...base, mode: "reference" })).toEqual(["media:reference_missing"]);
    expect(rules({ ...base, mode: "storyboard" })).toEqual(["storyboard:storyboard_missing"]);
    expect(rules({ ...base, mode: "extend", media: [{ role: "feature", url: "https://m.test/f.mp4" }] })).toEqual([
      "extendDirection:extend_direction_missing",
    ]);
    expect(rules({ ...base, characterOrientation: "image" })).toEqual([
      "characterOrientation:character_orientation_not_allowed",
    ]);
    expect(
      rules({
        ...base,
        mode: "first_frame",
        media: [{ role: "first_frame", url: "https://m.test/a.png", keepOriginalSound: true }],
      }),
    ).toEqual(["media[0].keepOriginalSound:keep_sound_not_video"]);
  });

  it("checks motion-brush masks point at mask media", () => {
    const frame = { role: "first_frame", url: "https://m.test/a.png" } as const;
    const trajectory = [
      { x: 1, y: 1 },
      { x: 2, y: 2 },
    ];
    expect(rules({ ...base, mode: "first_frame", media: [frame], motionBrush: { staticMask: 0 } })).toEqual([
      "motionBrush.staticMask:mask_reference_invalid",
    ]);
    expect(
      rules({ ...base, mode: "first_frame", media: [frame, { role: "mask", url: "https://m.test/m.png" }] }),
    ).toEqual(["media[1]:mask_unused"]);
    expect(
      rules({
        ...base,
        mode: "first_frame",
        media: [frame, { role: "mask", url: "https://m.test/m.png" }],
        motionBrush: { dynamicMasks: [{ mask: 1, trajectory: trajectory.slice(0, 1) }] },
      }),
    ).toEqual(["motionBrush.dynamicMasks[0].trajectory:too_small"]);
  });
});
