import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { GenerationMode, GenerationRequestInput } from "../canonical";
import { isFinalStatus, type ProviderAdapter, type ProviderTask } from "../types";
import { SIMULATOR_MODEL } from "./capabilities";

// Shared by the simulator's tests only (never imported by production code).

/** A fresh data directory for the current test file, removed afterwards. */
export function tempDataDirForFile(): () => string {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "simulator-test-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return () => dir;
}

/** Tiny phases so tests see queued → running → due within a few hundred milliseconds. */
export const FAST_TIMING = { queuedMs: 50, runningMs: 100 };

export async function pollUntilFinal(
  adapter: ProviderAdapter,
  taskId: string,
  timeoutMs = 15_000,
): Promise<ProviderTask> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const task = await adapter.get(taskId);
    if (isFinalStatus(task.status)) return task;
    if (Date.now() > deadline) throw new Error(`task ${taskId} still ${task.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export const IMG = (name: string) => `https://media.test/${name}.png`;
export const VID = (name: string) => `https://media.test/${name}.mp4`;

/** A 1×1 PNG as a data: URL (decodable, so it can be a first frame). */
export const PNG_DATA_URL =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

export function simulatorRequest(request: Omit<GenerationRequestInput, "provider" | "model">): GenerationRequestInput {
  return { provider: "simulator", model: SIMULATOR_MODEL, ...request };
}

/** One valid request per mode, 3 s (the shortest allowed) to keep renders quick. */
export const MODE_REQUESTS: Record<GenerationMode, GenerationRequestInput> = {
  text: simulatorRequest({
    mode: "text",
    prompt: "A cat walks across a sunny kitchen",
    aspectRatio: "16:9",
    duration: 3,
    audio: true,
    cameraControl: { type: "simple", config: { horizontal: 0, vertical: 0, pan: 0, tilt: 0, roll: 0, zoom: 5 } },
  }),
  storyboard: simulatorRequest({
    mode: "storyboard",
    aspectRatio: "9:16",
    duration: 3,
    storyboard: {
      split: "custom",
      shots: [
        { prompt: "Harbour at dawn", duration: 1 },
        { prompt: "镜头推近：渔船驶出港口", duration: 2 },
      ],
    },
  }),
  first_frame: simulatorRequest({
    mode: "first_frame",
    prompt: "The statue turns its head",
    aspectRatio: "1:1",
    duration: 3,
    quality: "4k",
    media: [
      { role: "first_frame", url: PNG_DATA_URL },
      { role: "mask", url: PNG_DATA_URL },
    ],
    motionBrush: {
      dynamicMasks: [
        {
          mask: 1,
          trajectory: [
            { x: 0, y: 0 },
            { x: 10, y: 10 },
          ],
        },
      ],
    },
    elements: [{ id: "101" }],
  }),
  first_last: simulatorRequest({
    mode: "first_last",
    prompt: "Day turns to night",
    aspectRatio: "16:9",
    duration: 3,
    media: [
      { role: "first_frame", url: PNG_DATA_URL },
      { role: "last_frame", url: IMG("night") },
    ],
  }),
  reference: simulatorRequest({
    mode: "reference",
    prompt: "<<<image_1>>> meets <<<element_1>>>",
    aspectRatio: "9:16",
    duration: 3,
    media: [{ role: "refer", url: IMG("r1") }],
    elements: [{ id: "7" }],
    voices: [{ voiceId: "v1" }],
    audio: true,
  }),
  edit: simulatorRequest({
    mode: "edit",
    prompt: "Make it snow",
    duration: 3,
    // No aspect ratio with a video input: the result takes the video's (measured here).
    media: [
      { role: "base", url: VID("base"), keepOriginalSound: true, metadata: { width: 1280, height: 720 } },
      { role: "refer", url: IMG("snow") },
    ],
  }),
  extend: simulatorRequest({
    mode: "extend",
    prompt: "The car drives on",
    duration: 3,
    extendDirection: "next",
    media: [{ role: "feature", url: VID("drive"), metadata: { width: 720, height: 720 } }],
  }),
  motion_control: simulatorRequest({
    mode: "motion_control",
    duration: 3,
    quality: "pro",
    characterOrientation: "video",
    media: [
      { role: "character", url: IMG("hero") },
      { role: "action", url: VID("dance"), keepOriginalSound: false, metadata: { width: 720, height: 1280 } },
    ],
  }),
};
