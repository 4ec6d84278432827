import { describe, expect, it } from "vitest";
import plain from "@/i18n/rules.zh-CN.json";
import withValues from "@/i18n/rule-values.zh-CN.json";
import { createSimulatorAdapter } from "@/lib/providers/server";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);

describe("Chinese wording with values", () => {
  it("only words rules that also have a plain sentence to fall back on", () => {
    expect(Object.keys(withValues).filter((rule) => !(rule in plain))).toEqual([]);
  });

  it("gets every value it names from the violations the providers report", () => {
    const reported = createSimulatorAdapter().validate({
      provider: "simulator",
      model: "kling-simulator",
      mode: "storyboard",
      duration: 5,
      storyboard: {
        multiShot: true,
        split: "custom",
        shots: [
          { prompt: "a", duration: 7 },
          { prompt: "b", duration: 2 },
        ],
      },
    });
    const checked = reported.filter((violation) => violation.rule in withValues);
    expect(checked.map((violation) => violation.rule).sort()).toEqual([
      "shot_duration_out_of_range",
      "shot_durations_sum",
    ]);
    for (const violation of checked) {
      const template = withValues[violation.rule as keyof typeof withValues];
      expect(Object.keys(violation.params ?? {})).toEqual(expect.arrayContaining(placeholders(template)));
    }
  });
});
