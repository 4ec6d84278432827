import { describe, expect, it } from "vitest";
import type { Violation } from "@/lib/providers";
import { assignViolations, normalizePath } from "./field-errors";

const violation = (path: string, severity: Violation["severity"] = "error"): Violation => ({
  path,
  rule: "r",
  message: path,
  severity,
});

describe("normalizePath", () => {
  it("turns bracket indexes into dotted segments", () => {
    expect(normalizePath("storyboard.shots[2].duration")).toBe("storyboard.shots.2.duration");
    expect(normalizePath("media[0].metadata.width")).toBe("media.0.metadata.width");
    expect(normalizePath("storyboard.shots.2.duration")).toBe("storyboard.shots.2.duration");
    expect(normalizePath("[1]")).toBe("1");
  });
});

describe("assignViolations", () => {
  const fields = [
    "prompt",
    "negativePrompt",
    "cameraControl",
    "duration",
    "storyboard",
    "storyboard.shots",
    "storyboard.shots.0.prompt",
    "storyboard.shots.2.duration",
  ];

  it("puts each violation beside the field that owns its path", () => {
    const errors = assignViolations(
      [
        violation("prompt"),
        violation("cameraControl.config"),
        violation("storyboard.shots[2].duration"),
        violation("storyboard.shots.0.prompt"),
      ],
      fields,
    );
    expect(Object.keys(errors.byField).sort()).toEqual([
      "cameraControl",
      "prompt",
      "storyboard.shots.0.prompt",
      "storyboard.shots.2.duration",
    ]);
    expect(errors.unassigned).toEqual([]);
  });

  it("prefers the longest matching field and falls back to a parent", () => {
    const errors = assignViolations(
      [violation("storyboard.shots"), violation("storyboard.shots[4].prompt"), violation("storyboard")],
      fields,
    );
    expect(errors.byField["storyboard.shots"]?.map((v) => v.path)).toEqual([
      "storyboard.shots",
      "storyboard.shots[4].prompt",
    ]);
    expect(errors.byField.storyboard?.map((v) => v.path)).toEqual(["storyboard"]);
  });

  it("does not confuse a field with another that merely starts alike", () => {
    const errors = assignViolations(
      [violation("promptExtra"), violation("negativePrompt")],
      ["prompt", "negativePrompt"],
    );
    expect(errors.byField.prompt).toBeUndefined();
    expect(errors.unassigned.map((v) => v.path)).toEqual(["promptExtra"]);
  });

  it("leaves violations no field shows to the form, warnings included", () => {
    const errors = assignViolations([violation(""), violation("media[0].url"), violation("mode", "warning")], fields);
    expect(errors.unassigned.map((v) => v.path)).toEqual(["", "media[0].url", "mode"]);
  });
});
