import { describe, expect, it } from "vitest";
import { parseGenerationRequest, type GenerationRequestInput } from "../canonical";
import { renderOptionsFor, splitIntoShots } from "./render-plan";
import { MODE_REQUESTS, simulatorRequest } from "./test-support";

const parse = (input: GenerationRequestInput) => {
  const parsed = parseGenerationRequest(input);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.violations));
  return parsed.request;
};

describe("render plan", () => {
  it("acts out an intelligent split: a shot per sentence, whole seconds adding up", () => {
    expect(splitIntoShots("Dawn breaks. A boat leaves!  The town wakes? 夜幕降临。", 5)).toEqual([
      { prompt: "Dawn breaks.", durationSeconds: 2 },
      { prompt: "A boat leaves!", durationSeconds: 1 },
      { prompt: "The town wakes?", durationSeconds: 1 },
      { prompt: "夜幕降临。", durationSeconds: 1 },
    ]);
    // No more shots than seconds: the remaining sentences join the last shot.
    expect(splitIntoShots("One. Two. Three. Four.", 3).map((shot) => shot.prompt)).toEqual([
      "One.",
      "Two.",
      "Three. Four.",
    ]);
    expect(splitIntoShots("no punctuation at all", 15)).toEqual([
      { prompt: "no punctuation at all", durationSeconds: 15 },
    ]);
  });

  it("maps a request to what the renderer draws, without simulation tags", () => {
    const options = renderOptionsFor(
      parse(
        simulatorRequest({
          mode: "storyboard",
          prompt: "Rain. Sun. [simulate:failed]",
          storyboard: { split: "intelligent" },
          voices: [{ voiceId: "v" }],
          audio: true,
        }),
      ),
      { scale: "preview" },
    );
    expect(options).toEqual({
      aspectRatio: "16:9",
      durationSeconds: 5,
      quality: "std",
      audio: true,
      prompt: "Rain. Sun.",
      shots: [
        { prompt: "Rain.", durationSeconds: 3 },
        { prompt: "Sun.", durationSeconds: 2 },
      ],
      firstFrame: undefined,
      title: "Storyboard · std · 1 voice",
      scale: "preview",
    });
    expect(renderOptionsFor(parse(MODE_REQUESTS.extend), { scale: "full" })).toMatchObject({
      aspectRatio: "1:1",
      durationSeconds: 3,
      shots: undefined,
      title: "Video extension (next shot) · std",
    });
    expect(renderOptionsFor(parse(MODE_REQUESTS.first_frame), { scale: "preview" }).title).toBe(
      "Image to video · 4k · motion brush · 1 element",
    );
  });
});
