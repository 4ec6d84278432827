import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GenerationValidationError } from "../errors";
import type { Violation } from "../validation";
import { createSimulatorAdapter } from "./adapter";
import { SIMULATOR_CAPABILITIES } from "./capabilities";
import { IMG, MODE_REQUESTS, simulatorRequest, tempDataDirForFile, VID } from "./test-support";

const dataDir = tempDataDirForFile();
const simulator = () => createSimulatorAdapter({ dataDir: dataDir() });
const summary = (violations: Violation[]) =>
  violations.map((violation) => `${violation.severity}:${violation.path}:${violation.rule}`);

describe("simulator validation", () => {
  it("accepts every mode with every option, and advertises them all", () => {
    for (const request of Object.values(MODE_REQUESTS)) expect(summary(simulator().validate(request))).toEqual([]);
    const [model] = SIMULATOR_CAPABILITIES.models;
    expect(Object.keys(model!.modes).sort()).toEqual(Object.keys(MODE_REQUESTS).sort());
    expect(model).toMatchObject({
      qualities: ["std", "pro", "4k"],
      cameraControl: true,
      motionBrush: true,
      voices: { max: 2 },
      watermark: true,
    });
    expect(SIMULATOR_CAPABILITIES).toMatchObject({ cancel: true, idempotentLookup: true });
  });

  it("reports every violation at once, with field paths", () => {
    const request = simulatorRequest({
      mode: "storyboard",
      prompt: "ignored [simulate:explode]",
      duration: 20,
      storyboard: {
        split: "custom",
        shots: [
          { prompt: "a", duration: 2 },
          { prompt: "b", duration: 2 },
        ],
      },
      cameraControl: { type: "simple", config: { horizontal: 1, vertical: 1, pan: 0, tilt: 0, roll: 0, zoom: 0 } },
      voices: [{ voiceId: "v1" }],
      elements: [{ id: "1" }, { id: "2" }, { id: "3" }, { id: "4" }],
    });
    expect(summary(simulator().validate(request))).toEqual([
      "error:elements:too_many_elements",
      "error:duration:duration_out_of_range",
      "warning:prompt:prompt_ignored",
      "error:prompt:simulate_unknown",
      "error:storyboard.shots:shot_durations_sum",
      "error:cameraControl.config:camera_config_one_axis",
      "error:voices:voices_need_audio",
    ]);
  });

  it("checks media per mode: counts, metadata, required roles, last frame only with a first frame", () => {
    const validate = simulator().validate;
    expect(
      summary(validate(simulatorRequest({ mode: "first_last", media: [{ role: "last_frame", url: IMG("b") }] }))),
    ).toEqual(["error:media:media_role_missing"]);
    expect(
      summary(
        validate(
          simulatorRequest({
            mode: "first_frame",
            media: [
              { role: "first_frame", url: IMG("a") },
              { role: "last_frame", url: IMG("b") },
            ],
          }),
        ),
      ),
    ).toEqual(["error:media[1].role:media_role_not_allowed"]);
    expect(
      summary(
        validate(
          simulatorRequest({
            mode: "edit",
            prompt: "snow",
            duration: 12,
            media: [
              { role: "base", url: VID("a"), metadata: { durationSeconds: 45, width: 200 } },
              { role: "base", url: VID("b") },
              ...Array.from({ length: 5 }, (_, i) => ({ role: "refer" as const, url: IMG(`r${i}`) })),
            ],
          }),
        ),
      ),
    ).toEqual([
      "error:media[1]:media_count",
      "error:media[6]:media_count",
      "error:media[0].metadata.durationSeconds:video_duration",
      "error:media[0].metadata.width:video_size",
      "error:duration:duration_out_of_range",
    ]);
  });

  it("keeps exclusive controls apart and the motion brush on first frames", () => {
    const request = simulatorRequest({
      mode: "first_last",
      media: [
        { role: "first_frame", url: IMG("a") },
        { role: "last_frame", url: IMG("b") },
      ],
      cameraControl: { type: "down_back", config: { horizontal: 0, vertical: 0, pan: 0, tilt: 0, roll: 0, zoom: 0 } },
    });
    expect(summary(simulator().validate(request))).toEqual([
      "warning:cameraControl.config:camera_config_ignored",
      "error:cameraControl:controls_exclusive",
    ]);
    expect(summary(simulator().validate(simulatorRequest({ mode: "text", prompt: "p", motionBrush: {} })))).toEqual([
      "error:motionBrush:motion_brush_needs_first_frame",
    ]);
  });

  it("only warns about what providers would truncate", async () => {
    const request = simulatorRequest({ mode: "text", prompt: "x".repeat(2501), duration: 3 });
    expect(summary(simulator().validate(request))).toEqual(["warning:prompt:prompt_truncated"]);
    await expect(simulator().submit(request)).resolves.toMatchObject({ status: "queued" });
  });

  it("refuses an invalid request in submit without writing anything", async () => {
    const refusing = createSimulatorAdapter({ dataDir: path.join(dataDir(), "refused") });
    const submitting = refusing.submit(simulatorRequest({ mode: "text", prompt: "", duration: 2 }), {
      idempotencyKey: "k",
    });
    await expect(submitting).rejects.toBeInstanceOf(GenerationValidationError);
    await expect(submitting).rejects.toMatchObject({
      kind: "invalid_request",
      violations: [expect.objectContaining({ path: "duration" }), expect.objectContaining({ path: "prompt" })],
    });
    await expect(refusing.submit({ ...MODE_REQUESTS.text, model: "kling-v9" })).rejects.toMatchObject({
      violations: [expect.objectContaining({ rule: "model_unknown" })],
    });
    expect(existsSync(path.join(dataDir(), "refused"))).toBe(false);
  });
});
