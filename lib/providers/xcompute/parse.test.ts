import { describe, expect, it } from "vitest";
import { classifyProviderError } from "../errors";
import type { HttpResponse } from "../http";
import { readLooseTask } from "../shared/loose-task";
import { readXComputeError, toSubmittedTask, XComputeCreateResponseSchema } from "./parse";
import { SEED_004_RESPONSES } from "./seed-fixtures";

const response = (body: unknown, status = 200): HttpResponse => ({
  status,
  headers: new Headers(),
  body,
  text: JSON.stringify(body),
});

describe("xcompute responses from xcompute's Kling v3 video generation reference", () => {
  it("reads the create response", () => {
    const body = SEED_004_RESPONSES.created;
    expect(toSubmittedTask(XComputeCreateResponseSchema.parse(body), response(body))).toEqual({
      providerTaskId: "task_xxxxxxxxxx",
      status: "queued",
      raw: body,
    });
  });

  it("treats a 2xx body with a failing code as an error of unknown outcome", () => {
    const body = { code: 500, data: [{ status: "failed", task_id: "t" }] };
    expect(() => toSubmittedTask(XComputeCreateResponseSchema.parse(body), response(body))).toThrow(
      expect.objectContaining({
        kind: "provider_unavailable",
        code: "500",
        outcomeUnknown: true,
        rawBody: JSON.stringify(body),
      }),
    );
  });

  it.each([
    ["badRequest", 400, "invalid_request_error", "invalid_request", false],
    ["unauthorized", 401, "authentication_error", "auth", false],
    ["paymentRequired", 402, "payment_required", "insufficient_balance", false],
    ["rateLimited", 429, "rate_limit_error", "rate_limited", true],
    ["serverError", 500, "server_error", "provider_unavailable", true],
  ] as const)("classifies the documented %s body", (name, status, code, kind, retryable) => {
    const envelope = readXComputeError(SEED_004_RESPONSES[name]);
    expect(envelope).toEqual({ code, message: SEED_004_RESPONSES[name].error.message });
    expect(classifyProviderError({ status, ...envelope })).toEqual({ kind, retryable });
  });

  it("reads no envelope from other bodies", () => {
    expect(readXComputeError({ message: "x" })).toEqual({});
    expect(readXComputeError({ error: { code: 418 } })).toEqual({ code: "418", message: undefined });
  });

  it("reads a status answer shaped like the create answer", () => {
    const body = { code: 200, data: [{ task_id: "task_1", status: "succeeded", video_url: "https://cdn.test/v.mp4" }] };
    expect(readLooseTask("xcompute", response(body), "task_1")).toMatchObject({
      providerTaskId: "task_1",
      status: "succeeded",
      result: { videoUrl: "https://cdn.test/v.mp4" },
    });
    expect(() => readLooseTask("xcompute", response({ code: 200, data: [] }), "task_1")).toThrow(
      expect.objectContaining({ provider: "xcompute", kind: "unknown", rawBody: '{"code":200,"data":[]}' }),
    );
  });
});
