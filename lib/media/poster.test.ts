import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMediaTool } from "./ffmpeg";
import { inspectImage } from "./image";
import { extractPoster } from "./poster";
import { probeMedia } from "./probe";

let dir: string;
let clip: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "media-test-"));
  clip = path.join(dir, "clip.mp4");
  // 2 s 320x240 test pattern with a tone, generated directly so lib/media needs nothing else.
  await runMediaTool("ffmpeg", [
    "-v",
    "error",
    "-f",
    "lavfi",
    "-i",
    "testsrc=size=320x240:rate=25:duration=2",
    "-f",
    "lavfi",
    "-i",
    "sine=duration=2",
    "-c:v",
    "libx264",
    "-preset",
    "ultrafast",
    "-pix_fmt",
    "yuv420p",
    "-c:a",
    "aac",
    "-shortest",
    "-y",
    clip,
  ]);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe("probeMedia", () => {
  it("describes a video file", async () => {
    const info = await probeMedia(clip);
    expect(info).toMatchObject({
      width: 320,
      height: 240,
      fps: 25,
      hasAudio: true,
      videoCodec: "h264",
      audioCodec: "aac",
    });
    expect(info.durationSeconds).toBeCloseTo(2, 1);
    expect(info.sizeBytes).toBeGreaterThan(0);
    expect(info.formatName).toContain("mp4");
  });

  it("rejects a file without a video stream", async () => {
    const audioOnly = path.join(dir, "tone.m4a");
    await runMediaTool("ffmpeg", [
      "-v",
      "error",
      "-f",
      "lavfi",
      "-i",
      "sine=duration=1",
      "-c:a",
      "aac",
      "-y",
      audioOnly,
    ]);
    await expect(probeMedia(audioOnly)).rejects.toThrow(/no video stream/);
  });
});

describe("extractPoster", () => {
  it("writes a JPEG of the video's size", async () => {
    const out = path.join(dir, "poster");
    const poster = await extractPoster(clip, out, { atSeconds: 0.5 });
    expect(poster).toMatchObject({ path: out, atSeconds: 0.5, width: 320, height: 240 });
    expect(await inspectImage(await readFile(out))).toMatchObject({ format: "jpeg", width: 320, height: 240 });
  });

  it("clamps a time past the end to the last frame", async () => {
    const poster = await extractPoster(clip, path.join(dir, "late.jpg"), { atSeconds: 60 });
    expect(poster.atSeconds).toBeLessThan(2);
  });
});
