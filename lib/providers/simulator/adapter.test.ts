import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { probeMedia } from "@/lib/media/probe";
import { GENERATION_MODES } from "../canonical";
import { startFakeServer, type FakeServer } from "../testing/fake-server";
import { createSimulatorAdapter } from "./adapter";
import { renderSimulatedVideo } from "./render";
import { FAST_TIMING, MODE_REQUESTS, pollUntilFinal, simulatorRequest, tempDataDirForFile } from "./test-support";

// Counts renders while still running the real renderer.
vi.mock("./render", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./render")>();
  return { ...actual, renderSimulatedVideo: vi.fn(actual.renderSimulatedVideo) };
});

const dataDir = tempDataDirForFile();
const adapter = () => createSimulatorAdapter({ dataDir: dataDir(), timing: FAST_TIMING });
const RATIOS = { "16:9": 16 / 9, "9:16": 9 / 16, "1:1": 1 } as const;
const rendersOf = (taskId: string) =>
  vi.mocked(renderSimulatedVideo).mock.calls.filter(([, outPath]) => outPath.includes(taskId)).length;

let media: FakeServer;
beforeAll(async () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="100%" height="100%" fill="#1e3cc8"/></svg>`;
  media = await startFakeServer({ handle: () => ({ text: svg, headers: { "Content-Type": "image/svg+xml" } }) });
});
afterAll(() => media.close());

describe("simulator adapter", () => {
  it.each(GENERATION_MODES)("renders a %s generation at the requested duration and aspect ratio", async (mode) => {
    const request = MODE_REQUESTS[mode];
    const simulator = adapter();
    const submitted = await simulator.submit(request);
    expect(submitted.status).toBe("queued");

    const task = await pollUntilFinal(simulator, submitted.providerTaskId);
    expect(task).toMatchObject({
      status: "succeeded",
      result: { billedSeconds: request.duration, hasAudio: request.audio === true },
    });
    const video = fileURLToPath(task.result!.videoUrl);
    const info = await probeMedia(video);
    expect(Math.abs(info.durationSeconds - request.duration!)).toBeLessThanOrEqual(0.1);
    // With a video input the ratio is the video's (measured in MODE_REQUESTS), else the requested one.
    const input = request.media?.find((item) => item.metadata?.width);
    const expected = request.aspectRatio
      ? RATIOS[request.aspectRatio]
      : input!.metadata!.width! / input!.metadata!.height!;
    expect(info.width / info.height).toBeCloseTo(expected, 2);
    expect(task.result).toMatchObject({ width: info.width, height: info.height, sizeBytes: info.sizeBytes, fps: 24 });
    expect((await sharp(fileURLToPath(task.result!.coverUrl!)).metadata()).format).toBe("jpeg");
    expect(task.timing).toMatchObject({
      submittedAt: expect.any(String),
      startedAt: expect.any(String),
      finishedAt: expect.any(String),
    });
  });

  it("shares tasks across processes and renders each once, even when polled concurrently", async () => {
    // Queued long enough that the first look lands in it even on a busy machine.
    const timing = { queuedMs: 1_000, runningMs: 100 };
    const shared = () => createSimulatorAdapter({ dataDir: dataDir(), timing });
    const web = shared();
    const { providerTaskId } = await web.submit(
      simulatorRequest({ mode: "text", prompt: "one render", duration: 3, watermark: true }),
    );
    // Fresh instances stand in for worker processes: nothing is shared but the data directory.
    const workers = [shared(), shared()];
    expect((await workers[0]!.get(providerTaskId)).status).toBe("queued");
    await new Promise((resolve) => setTimeout(resolve, timing.queuedMs + timing.runningMs));

    const polls = await Promise.all([
      workers[0]!.get(providerTaskId),
      workers[0]!.get(providerTaskId),
      workers[1]!.get(providerTaskId),
    ]);
    // Polls of the instance that took the render lock wait for it; the other instance reports
    // "running" until the outcome is written. Which instance wins the lock is up to the scheduler.
    expect(polls[0]!.status).toBe(polls[1]!.status);
    expect(polls.map((task) => task.status)).toContain("succeeded");
    for (const poll of polls) expect(["running", "succeeded"]).toContain(poll.status);
    const results = await Promise.all([web, ...workers].map((instance) => pollUntilFinal(instance, providerTaskId)));
    for (const task of results) expect(task.result).toEqual(polls.find((poll) => poll.status === "succeeded")!.result);
    // Video and watermarked copy, once each.
    expect(rendersOf(providerTaskId)).toBe(2);
    expect(results[0]!.result!.watermarkedVideoUrl).toMatch(/^file:\/\/.*video-watermarked\.mp4$/);
    expect((await readdir(path.join(dataDir(), "tasks", providerTaskId))).sort()).toEqual([
      "cover.jpg",
      "outcome.json",
      "task.json",
      "video-watermarked.mp4",
      "video.mp4",
    ]);
  });

  it("draws an http(s) first frame, and falls back to the gradient with a note when it cannot be fetched", async () => {
    // The media server listens on loopback: a deployment would list it in PRIVATE_MEDIA_NETWORKS.
    const simulator = createSimulatorAdapter({
      dataDir: dataDir(),
      timing: { queuedMs: 0, runningMs: 0 },
      mediaFetchTimeoutMs: 300,
      mediaPolicy: { allowedNetworks: ["127.0.0.1"] },
    });
    const firstFrame = (url: string) =>
      simulatorRequest({
        mode: "first_frame",
        prompt: "frame",
        duration: 3,
        aspectRatio: "1:1",
        media: [{ role: "first_frame", url }],
      });

    const fetched = await pollUntilFinal(
      simulator,
      (await simulator.submit(firstFrame(`${media.url}/frame.svg`))).providerTaskId,
    );
    expect(fetched).toMatchObject({ status: "succeeded", raw: { outcome: { notes: [] } } });
    expect(media.requests.map((request) => request.path)).toContain("/frame.svg");

    media.injectFault({ type: "slow", delayMs: 2_000 });
    const slow = await pollUntilFinal(
      simulator,
      (await simulator.submit(firstFrame(`${media.url}/slow.svg`))).providerTaskId,
    );
    expect(slow).toMatchObject({
      status: "succeeded",
      raw: { outcome: { notes: [expect.stringMatching(/first frame could not be used \(the download timed out\)/)] } },
    });
  });

  it("refuses a first frame on a private address without fetching it, failing the task with the field named", async () => {
    const simulator = createSimulatorAdapter({
      dataDir: dataDir(),
      timing: { queuedMs: 0, runningMs: 0 },
      mediaFetchTimeoutMs: 300,
    });
    const before = media.requests.length;
    const request = simulatorRequest({
      mode: "first_frame",
      prompt: "frame",
      duration: 3,
      aspectRatio: "1:1",
      media: [{ role: "first_frame", url: `${media.url}/frame.svg` }],
    });
    const task = await pollUntilFinal(simulator, (await simulator.submit(request)).providerTaskId);
    expect(task).toMatchObject({
      status: "failed",
      error: { kind: "invalid_request", message: expect.stringContaining("media[0].url") },
    });
    expect(media.requests.length).toBe(before);
  });

  it("fails a render that runs out of time with the reason, and renders the next task as usual", async () => {
    const impatient = createSimulatorAdapter({ dataDir: dataDir(), timing: FAST_TIMING, renderTimeoutMs: 1 });
    const stopped = await pollUntilFinal(impatient, (await impatient.submit(MODE_REQUESTS.text)).providerTaskId);
    expect(stopped).toMatchObject({
      status: "failed",
      error: { code: "RenderFailed", message: expect.stringMatching(/took longer than 0 s and was stopped/) },
    });

    const simulator = adapter();
    const next = await pollUntilFinal(simulator, (await simulator.submit(MODE_REQUESTS.text)).providerTaskId);
    expect(next.status).toBe("succeeded");
  });

  it("renders a prompt of 100,000 characters, drawing only what fits", async () => {
    const simulator = adapter();
    const prompt = "一只橘猫在厨房里 a fox runs through the snow. ".repeat(2_500).slice(0, 100_000);
    const task = await pollUntilFinal(
      simulator,
      (await simulator.submit(simulatorRequest({ mode: "text", prompt, duration: 3, aspectRatio: "16:9" })))
        .providerTaskId,
    );
    expect(task.status).toBe("succeeded");
  });

  it("reports not_found for unknown and malformed task ids", async () => {
    for (const id of ["7d444840-9dc0-11d1-b245-5ffdce74fad2", "../../etc/passwd"]) {
      await expect(adapter().get(id)).rejects.toMatchObject({
        name: "ProviderError",
        kind: "not_found",
        code: "TaskNotFound",
      });
    }
  });
});
