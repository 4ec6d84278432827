import { describe, expect, it } from "vitest";
import { DASHSCOPE_CAPABILITIES, SIMULATOR_CAPABILITIES, type ProviderCapabilities } from "@/lib/providers";
import { providerChoicesForMode } from "@/lib/studio/provider-choices";
import type { ProviderChoice } from "@/lib/studio/types";
import { adaptSettings, contextFor, defaultChoice, initialSettings, settingsToRequest } from "./video-settings";

function choice(
  capabilities: ProviderCapabilities,
  mode: "text" | "storyboard" | "edit",
  available = true,
): ProviderChoice {
  const listing = [
    { id: capabilities.provider, label: capabilities.label, available, reason: available ? undefined : "no key" },
  ];
  return providerChoicesForMode(listing, () => capabilities, mode)[0]!;
}

const choices = [choice(SIMULATOR_CAPABILITIES, "text"), choice(DASHSCOPE_CAPABILITIES, "text")];
const simulator = contextFor(choices, "simulator")!;
const dashscope = contextFor(choices, "dashscope")!;

describe("adaptSettings (switching provider)", () => {
  it("keeps what the new provider offers and drops nothing", () => {
    const settings = {
      ...initialSettings(simulator),
      quality: "pro" as const,
      aspectRatio: "9:16" as const,
      duration: 10,
      audio: true,
      watermark: true,
    };
    const { settings: next, dropped } = adaptSettings(settings, dashscope);
    expect(dropped).toEqual([]);
    expect(next).toEqual({ ...settings, provider: "dashscope", model: "kling/kling-v3-video-generation" });
  });

  it("resets a quality the provider does not offer to its default and says so", () => {
    const settings = { ...initialSettings(simulator), quality: "4k" as const };
    const { settings: next, dropped } = adaptSettings(settings, dashscope);
    expect(next.quality).toBe("pro");
    expect(dropped).toEqual([{ setting: "quality", from: "4k", to: "pro" }]);
  });

  it("resets a length outside the new range and turns off what the mode does not allow", () => {
    const narrow: typeof dashscope = {
      ...dashscope,
      model: { ...dashscope.model, watermark: false, aspectRatios: ["16:9"] },
      modeCaps: {
        ...dashscope.modeCaps,
        durations: { kind: "set", values: [5, 10] },
        defaultDuration: 5,
        audio: "forbidden",
      },
    };
    const settings = {
      ...initialSettings(simulator),
      aspectRatio: "1:1" as const,
      duration: 15,
      audio: true,
      watermark: true,
    };
    const { settings: next, dropped } = adaptSettings(settings, narrow);
    expect(next).toMatchObject({ aspectRatio: "16:9", duration: 5, audio: false, watermark: false });
    expect(dropped).toEqual([
      { setting: "aspectRatio", from: "1:1", to: "16:9" },
      { setting: "duration", from: "15", to: "5" },
      { setting: "audio" },
      { setting: "watermark" },
    ]);
  });

  it("removes the aspect ratio where the mode forbids one", () => {
    const noRatio = { ...dashscope, modeCaps: { ...dashscope.modeCaps, aspectRatio: "forbidden" as const } };
    const { settings, dropped } = adaptSettings(initialSettings(simulator), noRatio);
    expect(settings.aspectRatio).toBeUndefined();
    expect(dropped).toEqual([{ setting: "aspectRatioRemoved", from: "16:9" }]);
    expect(settingsToRequest(settings, noRatio).aspectRatio).toBeUndefined();
  });
});

describe("choosing a provider", () => {
  it("prefers a usable real provider over the simulator", () => {
    expect(defaultChoice(choices)?.id).toBe("dashscope");
    expect(defaultChoice([choices[0]!, choice(DASHSCOPE_CAPABILITIES, "text", false)])?.id).toBe("simulator");
  });

  it("offers only models that can do the mode", () => {
    const storyboard = choice(DASHSCOPE_CAPABILITIES, "storyboard");
    expect(storyboard.models.map((model) => Object.keys(model.modes))).toEqual([["storyboard"], ["storyboard"]]);
    expect(choice(DASHSCOPE_CAPABILITIES, "edit").models.map((model) => model.label)).toEqual(["Kling v3 Omni"]);
    const listing = [{ id: "dashscope" as const, label: "DashScope", available: true }];
    expect(providerChoicesForMode(listing, () => DASHSCOPE_CAPABILITIES, "motion_control")).toEqual([]);
  });

  it("starts a remix from the earlier request's settings", () => {
    const settings = initialSettings(simulator, {
      provider: "simulator",
      model: "kling-simulator",
      mode: "text",
      quality: "4k",
      duration: 8,
      aspectRatio: "1:1",
      audio: true,
      media: [],
      elements: [],
      voices: [],
    });
    expect(settings).toMatchObject({ quality: "4k", duration: 8, aspectRatio: "1:1", audio: true });
  });
});
