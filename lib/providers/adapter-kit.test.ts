import { describe, expect, it } from "vitest";
import { lazyHttpClient, requireValidRequest, taskQueryPath, validateForProvider } from "./adapter-kit";
import { GenerationValidationError } from "./errors";

const noRules = () => [];

describe("adapter kit", () => {
  it("checks provider and model before the provider's rules", () => {
    const request = { provider: "xcompute", model: "kling-v3", mode: "text", prompt: "p" };
    expect(validateForProvider("dashscope", ["m"], request, noRules)).toEqual([
      expect.objectContaining({ path: "provider", rule: "provider_mismatch" }),
    ]);
    expect(validateForProvider("xcompute", ["other"], request, noRules)).toEqual([
      expect.objectContaining({ path: "model", rule: "model_unknown" }),
    ]);
    expect(requireValidRequest("xcompute", ["kling-v3"], request, noRules)).toMatchObject({ media: [], elements: [] });
    expect(() => requireValidRequest("xcompute", ["kling-v3"], { ...request, mode: "nope" }, noRules)).toThrow(
      GenerationValidationError,
    );
  });

  it("builds query paths from the configured template", () => {
    expect(taskQueryPath({ timeoutMs: 1 }, "/v1/videos/generations/{id}", "task 1")).toBe(
      "/v1/videos/generations/task%201",
    );
    expect(taskQueryPath({ timeoutMs: 1, queryPath: "/v1/status?id={id}" }, "/unused/{id}", "t1")).toBe(
      "/v1/status?id=t1",
    );
  });

  it("fails with what to set when the base URL is missing", () => {
    const http = lazyHttpClient("kling-gateway", { timeoutMs: 1000 }, { readError: () => ({}) });
    expect(() => http()).toThrow(/KLING_GATEWAY_BASE_URL/);
  });
});
