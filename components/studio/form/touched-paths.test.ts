import { describe, expect, it } from "vitest";
import { changedPaths, concernsTouched } from "./touched-paths";

describe("changedPaths", () => {
  it("names the leaves that changed, down into lists", () => {
    const before = { prompt: "", duration: 5, storyboard: { shots: [{ prompt: "a", duration: 3 }] } };
    const after = { prompt: "", duration: 10, storyboard: { shots: [{ prompt: "a", duration: 6 }] } };
    expect(changedPaths(before, after).sort()).toEqual(["duration", "storyboard.shots.0.duration"]);
  });

  it("counts a part that appears by what was set in it, not the blanks that came with it", () => {
    const camera = { type: "simple", config: { horizontal: 0, pan: 0 } };
    expect(changedPaths({ prompt: "" }, { prompt: "", cameraControl: camera })).toEqual(["cameraControl.type"]);
    expect(changedPaths({ shots: [] }, { shots: [{ prompt: "", duration: 4 }] })).toEqual(["shots.0.duration"]);
  });

  it("counts a value set back to where it started", () => {
    expect(changedPaths({ amount: 3 }, { amount: 0 })).toEqual(["amount"]);
    expect(changedPaths({ media: [{ url: "a" }] }, { media: [] })).toEqual(["media.0"]);
  });
});

describe("concernsTouched", () => {
  const touched = new Set(["cameraControl.type", "media.0.url"]);

  it("relates a violation to a change at, above or below its path", () => {
    expect(concernsTouched("media", touched)).toBe(true);
    expect(concernsTouched("media[0].url", touched)).toBe(true);
    expect(concernsTouched("cameraControl", touched)).toBe(true);
  });

  it("keeps a violation on an untouched sibling hidden", () => {
    expect(concernsTouched("cameraControl.config", touched)).toBe(false);
    expect(concernsTouched("prompt", touched)).toBe(false);
    expect(concernsTouched("", touched)).toBe(false);
  });
});
