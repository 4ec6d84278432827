import { describe, expect, it } from "vitest";
import { ProviderError } from "../errors";
import {
  DashScopeCreateResponseSchema,
  DashScopeTaskResponseSchema,
  parseDashScopeTime,
  readDashScopeError,
  toProviderTask,
  toTaskStatus,
} from "./parse";
import { SEED_000_RESPONSES } from "./seed-fixtures";

const task = (body: unknown) => toProviderTask(DashScopeTaskResponseSchema.parse(body), body);

describe("DashScope responses from its Kling video API reference", () => {
  it("reads the create response", () => {
    const created = DashScopeCreateResponseSchema.parse(SEED_000_RESPONSES.created);
    expect(created.output.task_id).toBe("0385dc79-5ff8-4d82-bcb6-xxxxxx");
    expect(toTaskStatus(created.output.task_status)).toBe("queued");
  });

  it("maps every task status", () => {
    const withStatus = (task_status: string) =>
      task({ output: { task_id: "t", task_status, video_url: "https://x.test/v.mp4" } }).status;
    expect(["PENDING", "RUNNING", "SUCCEEDED", "FAILED", "CANCELED", "UNKNOWN"].map(withStatus)).toEqual([
      "queued",
      "running",
      "succeeded",
      "failed",
      "canceled",
      "expired",
    ]);
  });

  it("reads a succeeded task with its usage", () => {
    const result = task(SEED_000_RESPONSES.succeeded);
    expect(result).toMatchObject({
      providerTaskId: "24f5c51e-d67b-44dc-9acb-xxxxxx",
      status: "succeeded",
      result: {
        videoUrl: "https://v4-fdl.kechuangai.com/ksc2/xxx.mp4?xxxx",
        watermarkedVideoUrl: "https://v2-fdl.kechuangai.com/ksc2/xxx.mp4?xxxx",
        durationSeconds: 5,
        billedSeconds: 5,
        width: 1280,
        height: 720,
        fps: 24,
        hasAudio: false,
      },
      timing: {
        submittedAt: "2026-03-27T13:30:32.575Z",
        startedAt: "2026-03-27T13:30:32.603Z",
        finishedAt: "2026-03-27T13:31:09.177Z",
      },
      raw: SEED_000_RESPONSES.succeeded,
    });
    expect(result.error).toBeUndefined();
  });

  it("reads a failed task into a classified error", () => {
    const result = task(SEED_000_RESPONSES.failed);
    expect(result.status).toBe("failed");
    expect(result.error).toBeInstanceOf(ProviderError);
    expect(result.error).toMatchObject({
      kind: "invalid_request",
      code: "InvalidParameter",
      message: "The parameter is invalid xxxxxx",
      retryable: false,
      requestId: "e5d70b02-ebd3-98ce-9fe8-759d7d7b107d",
    });
  });

  it("reads an expired (UNKNOWN) task", () => {
    const result = task(SEED_000_RESPONSES.expired);
    expect(result.status).toBe("expired");
    expect(result.error?.kind).toBe("not_found");
  });

  it("treats a success without a video as a failure", () => {
    const result = task({ output: { task_id: "t", task_status: "SUCCEEDED" } });
    expect(result.status).toBe("failed");
    expect(result.error?.code).toBe("missing_video_url");
  });

  it("classifies content moderation failures", () => {
    const result = task({
      output: {
        task_id: "t",
        task_status: "FAILED",
        code: "DataInspectionFailed",
        message: "Input data may contain inappropriate content.",
      },
    });
    expect(result.error?.kind).toBe("content_rejected");
  });

  it("reads the error envelope", () => {
    expect(readDashScopeError(SEED_000_RESPONSES.error)).toEqual({
      code: "InvalidApiKey",
      message: "No API-key provided.",
      requestId: "7438d53d-6eb8-4596-8835-xxxxxx",
    });
    expect(readDashScopeError("<html>")).toEqual({});
  });

  it("refuses unknown statuses and parses times as China time", () => {
    expect(DashScopeTaskResponseSchema.safeParse({ output: { task_id: "t", task_status: "WEIRD" } }).success).toBe(
      false,
    );
    expect(parseDashScopeTime("2026-01-01 00:00:00.000")).toBe("2025-12-31T16:00:00.000Z");
    expect(parseDashScopeTime("yesterday")).toBeUndefined();
  });
});
