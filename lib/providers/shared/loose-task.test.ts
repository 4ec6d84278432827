import { describe, expect, it } from "vitest";
import type { HttpResponse } from "../http";
import {
  FAKE_TASK_SHAPES,
  fakeVideoUrl,
  type FakeTaskPhase,
  type FakeTaskShapeName,
} from "../testing/fake-v3-gateway-tasks";
import { looseStatus, readLooseCreated, readLooseError, readLooseTask } from "./loose-task";
import { SEED_002_RESPONSES } from "../v3-gateway/seed-fixtures";

const response = (body: unknown, status = 200): HttpResponse => ({
  status,
  headers: new Headers(),
  body,
  text: JSON.stringify(body),
});
const SHAPES = Object.keys(FAKE_TASK_SHAPES) as FakeTaskShapeName[];
const PHASES: FakeTaskPhase[] = ["queued", "running", "succeeded", "failed", "canceled"];
const failed = {
  status: "failed",
  code: "content_policy_violation",
  message: "The prompt was flagged by moderation.",
} as const;

describe("reading undocumented task answers", () => {
  it("maps every common status spelling", () => {
    const spellings = [
      "pending",
      "queued",
      "submitted",
      "processing",
      "running",
      "in_progress",
      "IN-PROGRESS",
      "succeeded",
      "success",
      "completed",
      "failed",
      "failure",
      "error",
      "cancelled",
      "canceled",
    ];
    expect(spellings.map(looseStatus)).toEqual([
      "queued",
      "queued",
      "queued",
      "running",
      "running",
      "running",
      "running",
      "succeeded",
      "succeeded",
      "succeeded",
      "failed",
      "failed",
      "failed",
      "canceled",
      "canceled",
    ]);
    expect(looseStatus("paused")).toBeUndefined();
  });

  it.each(SHAPES)("reads the %s create answer", (shape) => {
    expect(readLooseCreated("v3-gateway", response(FAKE_TASK_SHAPES[shape].created("t-1")))).toMatchObject({
      providerTaskId: "t-1",
      status: "queued",
    });
  });

  it.each(SHAPES.flatMap((shape) => PHASES.map((phase) => [shape, phase] as const)))(
    "reads the %s answer of a %s task",
    (shape, phase) => {
      const body = FAKE_TASK_SHAPES[shape].task({
        id: "t-1",
        phase,
        outcome: phase === "failed" ? failed : { status: "succeeded" },
        durationSeconds: 5,
      });
      const task = readLooseTask("v3-gateway", response(body), "t-1");
      expect(task).toMatchObject({ providerTaskId: "t-1", status: phase, raw: body });
      if (phase === "succeeded") expect(task.result).toMatchObject({ videoUrl: fakeVideoUrl("t-1") });
      if (phase === "failed")
        expect(task.error).toMatchObject({
          kind: "content_rejected",
          code: "content_policy_violation",
          message: failed.message,
          retryable: false,
        });
    },
  );

  it("reads a list answer without status as a finished task, and durations given as strings", () => {
    const task = readLooseTask(
      "v3-gateway",
      response({
        created: 1,
        data: [{ url: "https://cdn.test/v.mp4", duration: "5", cover_url: "https://cdn.test/c.jpg" }],
      }),
      "t-9",
    );
    expect(task).toMatchObject({
      providerTaskId: "t-9",
      status: "succeeded",
      result: { videoUrl: "https://cdn.test/v.mp4", coverUrl: "https://cdn.test/c.jpg", durationSeconds: 5 },
    });
  });

  it("prefers the task's status over an envelope's", () => {
    expect(
      readLooseTask("v3-gateway", response({ status: "success", data: { id: "t-2", status: "processing" } }), "t-2")
        .status,
    ).toBe("running");
  });

  it("classifies a failure without details as unknown", () => {
    expect(readLooseTask("v3-gateway", response({ id: "t", status: "failed" }), "t").error).toMatchObject({
      kind: "unknown",
      message: "The generation failed.",
    });
  });

  it("refuses the documentation's empty answer and other unknown shapes, keeping the raw body", () => {
    expect(() => readLooseCreated("v3-gateway", response(SEED_002_RESPONSES.created))).toThrow(
      expect.objectContaining({
        kind: "unknown",
        outcomeUnknown: true,
        rawBody: "{}",
        message: expect.stringMatching(/Unrecognised task creation response.*no task id/),
      }),
    );

    const cases: [unknown, RegExp][] = [
      [{ id: "t", status: "paused" }, /unknown task status "paused"/],
      [{ result: "ok" }, /no task status and no video URL/],
      [{ id: "t", status: "completed" }, /succeeded but no video URL/],
      ["<html>busy</html>", /no task status/],
    ];
    for (const [body, message] of cases) {
      expect(() => readLooseTask("v3-gateway", response(body), "t")).toThrow(
        expect.objectContaining({
          kind: "unknown",
          outcomeUnknown: false,
          rawBody: JSON.stringify(body),
          message: expect.stringMatching(message),
        }),
      );
    }
  });

  it("reads OpenAI-style and flat error envelopes", () => {
    expect(
      readLooseError({ error: { message: "Invalid token", type: "authentication_error", code: "invalid_api_key" } }),
    ).toEqual({ code: "invalid_api_key", message: "Invalid token", requestId: undefined });
    expect(readLooseError({ error: { code: 429, message: "slow down", type: "rate_limit_error" } })).toMatchObject({
      code: "rate_limit_error",
    });
    expect(readLooseError({ code: "InvalidParameter", message: "bad", request_id: "r1" })).toEqual({
      code: "InvalidParameter",
      message: "bad",
      requestId: "r1",
    });
    expect(readLooseError({ detail: "Not Found" })).toEqual({
      code: undefined,
      message: "Not Found",
      requestId: undefined,
    });
    expect(readLooseError({ error: "quota exceeded" })).toMatchObject({ message: "quota exceeded" });
    expect(readLooseError("oops")).toEqual({});
  });
});
