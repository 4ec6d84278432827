import { describe, expect, it } from "vitest";
import { ProviderError } from "../errors";
import {
  KlingGatewayCreateResponseSchema,
  KlingGatewayTaskResponseSchema,
  parseKlingGatewayCallback,
  readKlingGatewayError,
  toProviderTask,
  toTaskStatus,
} from "./parse";
import { SEED_001_RESPONSES } from "./seed-fixtures";

const task = (body: unknown, requestedId = "task_abc123") =>
  toProviderTask(KlingGatewayTaskResponseSchema.parse(body), body, requestedId);

describe("kling-gateway responses from the Kling gateway's API reference", () => {
  it("reads both create responses", () => {
    for (const body of [SEED_001_RESPONSES.created, SEED_001_RESPONSES.createdOmni]) {
      const created = KlingGatewayCreateResponseSchema.parse(body);
      expect([created.id, toTaskStatus(created.status)]).toEqual(["task_abc123", "queued"]);
    }
  });

  it("maps every documented status", () => {
    const withStatus = (status: string) => task({ id: "t", status, video_url: "https://x.test/v.mp4" }).status;
    expect(["pending", "processing", "completed", "failed"].map(withStatus)).toEqual([
      "queued",
      "running",
      "succeeded",
      "failed",
    ]);
    expect(task(SEED_001_RESPONSES.processing)).toMatchObject({
      providerTaskId: "task_abc123",
      status: "running",
      timing: { submittedAt: "2025-01-13T10:00:00.000Z" },
    });
  });

  it("reads shape A: a completed task with its usage", () => {
    const result = task(SEED_001_RESPONSES.completed);
    expect(result).toStrictEqual({
      providerTaskId: "task_abc123",
      status: "succeeded",
      result: {
        videoUrl: "https://example.com/output.mp4",
        durationSeconds: 5,
        billedSeconds: 5,
        width: 1920,
        height: 1080,
      },
      timing: { submittedAt: "2025-01-13T10:00:00.000Z", finishedAt: "2025-01-13T10:03:00.000Z" },
      raw: SEED_001_RESPONSES.completed,
    });
  });

  it("reads shape B: a finished result without id or status", () => {
    const result = task(SEED_001_RESPONSES.completedResult, "task_b");
    expect(result).toStrictEqual({
      providerTaskId: "task_b",
      status: "succeeded",
      result: {
        videoUrl: "https://example.com/generated-video.mp4",
        coverUrl: "https://example.com/cover.jpg",
        durationSeconds: 5,
        width: 1920,
        height: 1080,
        billedSeconds: 5,
      },
      raw: SEED_001_RESPONSES.completedResult,
    });
  });

  it("keeps shape B's inline Base64 video as a data: URL", () => {
    expect(task({ created: 1, data: [{ b64_json: "AAAA" }] }).result?.videoUrl).toBe("data:video/mp4;base64,AAAA");
  });

  it("reads the documentation's failure as a content rejection", () => {
    const result = task(SEED_001_RESPONSES.failed);
    expect(result.status).toBe("failed");
    expect(result.error).toBeInstanceOf(ProviderError);
    expect(result.error).toMatchObject({
      provider: "kling-gateway",
      kind: "content_rejected",
      message: "内容审核未通过",
      retryable: false,
    });
    expect(task({ id: "t", status: "failed", error: "upstream timeout" }).error?.kind).toBe("timeout");
  });

  it("treats completion without a video as a failure", () => {
    expect(task({ id: "t", status: "completed" }).error?.code).toBe("missing_video_url");
    expect(task({ created: 1, data: [] }).status).toBe("failed");
  });

  it("refuses bodies of neither shape", () => {
    expect(KlingGatewayTaskResponseSchema.safeParse({ id: "t", status: "queued" }).success).toBe(false);
    expect(KlingGatewayTaskResponseSchema.safeParse({ data: [] }).success).toBe(false);
  });

  it("reads the documented error envelopes", () => {
    expect(readKlingGatewayError({ code: 1201, message: "invalid element_name", request_id: "req-1" })).toEqual({
      code: "1201",
      message: "invalid element_name",
      requestId: "req-1",
    });
    expect(readKlingGatewayError(SEED_001_RESPONSES.failed)).toEqual({ message: "内容审核未通过" });
    expect(
      readKlingGatewayError({ error: { message: "bad key", type: "invalid_request_error", code: "invalid_api_key" } }),
    ).toEqual({ code: "invalid_api_key", message: "bad key" });
    expect(readKlingGatewayError("<html>")).toEqual({});
  });

  it("reads a callback body (the task, shape A)", () => {
    expect(parseKlingGatewayCallback(SEED_001_RESPONSES.completed)).toMatchObject({
      providerTaskId: "task_abc123",
      status: "succeeded",
    });
    expect(() => parseKlingGatewayCallback(SEED_001_RESPONSES.completedResult)).toThrow(ProviderError);
  });
});
