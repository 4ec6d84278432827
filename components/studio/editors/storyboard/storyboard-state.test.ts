import { describe, expect, it } from "vitest";
import { SIMULATOR_CAPABILITIES } from "@/lib/providers";
import type { ModelCapabilities } from "@/lib/providers";
import type { EditorContext } from "../mode-editor";
import {
  adaptStoryboard,
  initialStoryboard,
  storyboardFieldKeys,
  storyboardToRequest,
  type StoryboardState,
} from "./storyboard-state";

const simulator = SIMULATOR_CAPABILITIES.models[0]!;
const context = (model: ModelCapabilities = simulator): EditorContext => ({
  provider: { id: "simulator", label: "Simulator", available: true, models: [model] },
  model,
  modeCaps: model.modes.storyboard!,
  settings: { provider: "simulator", model: model.model, duration: 6, audio: false, watermark: false },
});

const state = (shots: number, split: StoryboardState["split"] = "custom"): StoryboardState => ({
  split,
  prompt: "one long take",
  negativePrompt: "blur",
  shots: Array.from({ length: shots }, (_, index) => ({ id: `s${index}`, prompt: `shot ${index}`, duration: 1 })),
});

describe("storyboard state", () => {
  it("starts with two shots filling the video", () => {
    const fresh = initialStoryboard(context());
    expect(fresh.split).toBe("custom");
    expect(fresh.shots.map((shot) => shot.duration)).toEqual([3, 3]);
  });

  it("sends custom shots in their order without the main prompt", () => {
    expect(storyboardToRequest(state(2), context())).toEqual({
      negativePrompt: "blur",
      storyboard: {
        multiShot: true,
        split: "custom",
        shots: [
          { prompt: "shot 0", duration: 1 },
          { prompt: "shot 1", duration: 1 },
        ],
      },
    });
  });

  it("sends the main prompt and no shots for an intelligent split", () => {
    expect(storyboardToRequest(state(2, "intelligent"), context())).toMatchObject({
      prompt: "one long take",
      storyboard: { split: "intelligent", shots: [] },
    });
  });

  it("drops shots, the split and the negative prompt a new model does not take, and says so", () => {
    const narrow: ModelCapabilities = {
      ...simulator,
      negativePrompt: false,
      storyboard: { maxShots: 3, shotPromptMaxLength: 512, splits: ["intelligent"] },
    };
    const { state: next, dropped } = adaptStoryboard(state(5), context(narrow));
    expect(next.shots.map((shot) => shot.id)).toEqual(["s0", "s1", "s2"]);
    expect(next).toMatchObject({ split: "intelligent", negativePrompt: "" });
    expect(dropped).toEqual([
      { setting: "negativePrompt" },
      { setting: "shots", from: "5", to: "3" },
      { setting: "split", from: "custom", to: "intelligent" },
    ]);
  });

  it("names a field for every shot's prompt and length", () => {
    expect(storyboardFieldKeys(state(2))).toEqual(
      expect.arrayContaining(["storyboard.shots", "storyboard.shots.1.prompt", "storyboard.shots.1.duration"]),
    );
  });
});
