import { describe, expect, it } from "vitest";
import {
  classifyProviderError,
  GenerationValidationError,
  ProviderError,
  type ErrorSignal,
  type ProviderErrorKind,
} from "./errors";

describe("classifyProviderError", () => {
  it.each<[ErrorSignal, ProviderErrorKind, boolean]>([
    // DashScope (its Kling video API reference and the aliyun-kling-video skill)
    [{ status: 401, code: "InvalidApiKey", message: "No API-key provided." }, "auth", false],
    [{ status: 400, code: "InvalidParameter", message: "Model not exist." }, "invalid_request", false],
    [
      { status: 403, code: "AccessDenied", message: "current user api does not support synchronous calls" },
      "invalid_request",
      false,
    ],
    [{ status: 429, code: "Throttling.RateQuota", message: "Requests rate limit exceeded" }, "rate_limited", true],
    [
      { status: 400, code: "Arrearage", message: "Access denied, please make sure your account is in good standing." },
      "insufficient_balance",
      false,
    ],
    [
      { code: "DataInspectionFailed", message: "Input data may contain inappropriate content." },
      "content_rejected",
      false,
    ],
    [{ status: 500, code: "InternalError", message: "An internal error has occured" }, "provider_unavailable", true],
    // OpenAI-style gateways (xcompute's Kling v3 video generation reference)
    [{ status: 400, code: "invalid_request_error", message: "请求参数无效" }, "invalid_request", false],
    [{ status: 401, code: "authentication_error" }, "auth", false],
    [{ status: 402, code: "payment_required", message: "账户余额不足，请充值后再试" }, "insufficient_balance", false],
    [{ status: 429, code: "rate_limit_error", message: "请求过于频繁，请稍后再试" }, "rate_limited", true],
    [{ status: 500, code: "server_error", message: "服务器内部错误，请稍后重试" }, "provider_unavailable", true],
    // Status alone
    [{ status: 404 }, "not_found", false],
    [{ status: 504 }, "timeout", true],
    [{ status: 503, message: "invalid upstream answer" }, "provider_unavailable", true],
    [{ status: 418 }, "unknown", false],
    [{}, "unknown", false],
  ])("%j → %s", (signal, kind, retryable) => {
    expect(classifyProviderError(signal)).toEqual({ kind, retryable });
  });
});

describe("ProviderError", () => {
  it("derives retryable from the kind and has a sentence for people", () => {
    const error = new ProviderError({
      provider: "dashscope",
      kind: "rate_limited",
      message: "429",
      retryAfterSeconds: 3,
    });
    expect(error).toMatchObject({
      retryable: true,
      outcomeUnknown: false,
      retryAfterSeconds: 3,
      name: "ProviderError",
    });
    expect(error.userMessage).toMatch(/too many requests/);
  });

  it("carries every violation when validation fails", () => {
    const error = new GenerationValidationError("dashscope", [
      {
        path: "duration",
        rule: "duration_out_of_range",
        message: "The duration must be 3 to 15 seconds.",
        severity: "error",
      },
      { path: "prompt", rule: "prompt_truncated", message: "Long prompt.", severity: "warning" },
    ]);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({
      kind: "invalid_request",
      retryable: false,
      userMessage: "The duration must be 3 to 15 seconds.",
    });
    expect(error.violations).toHaveLength(2);
  });
});
