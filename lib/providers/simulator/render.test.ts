import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { extractPoster } from "@/lib/media/poster";
import { renderSimulatedVideo } from "./render";
import { renderSimulatedVideoOptionsSchema, type RenderSimulatedVideoOptions } from "./render-options";

let dir: string;
const out = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "simulator-render-test-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const base = { quality: "std", audio: false, prompt: "A cat walks across a sunny kitchen" } as const;

/** Mean colour of the central quarter of a frame grabbed at `atSeconds`. */
async function centreColour(video: string, atSeconds: number) {
  const frame = out(`frame-${path.basename(video)}.jpg`);
  const { width, height } = await extractPoster(video, frame, { atSeconds });
  const region = {
    left: Math.round(width / 4),
    top: Math.round(height / 4),
    width: Math.round(width / 2),
    height: Math.round(height / 4),
  };
  const { channels } = await sharp(frame).extract(region).stats();
  return channels.slice(0, 3).map((c) => c.mean);
}

describe("renderSimulatedVideo", () => {
  it.each([
    ["16:9", 2, 640, 360],
    ["9:16", 3, 360, 640],
    ["1:1", 1, 480, 480],
  ] as const)("renders %s at the exact duration", async (aspectRatio, durationSeconds, width, height) => {
    const info = await renderSimulatedVideo({ ...base, aspectRatio, durationSeconds }, out(`${width}x${height}.mp4`));
    expect(info).toMatchObject({ width, height, videoCodec: "h264", hasAudio: false, fps: 24 });
    expect(Math.abs(info.durationSeconds - durationSeconds)).toBeLessThanOrEqual(0.1);
  });

  it("renders full scale at the quality's resolution", async () => {
    const info = await renderSimulatedVideo(
      { ...base, aspectRatio: "9:16", durationSeconds: 1, scale: "full" },
      out("full.mp4"),
    );
    expect(info).toMatchObject({ width: 720, height: 1280 });
  });

  it("adds an AAC track when audio is requested", async () => {
    const info = await renderSimulatedVideo(
      { ...base, aspectRatio: "16:9", durationSeconds: 2, audio: true },
      out("audio.mp4"),
    );
    expect(info).toMatchObject({ hasAudio: true, audioCodec: "aac" });
    expect(Math.abs(info.durationSeconds - 2)).toBeLessThanOrEqual(0.1);
  });

  it("renders a storyboard lasting the sum of its shots", async () => {
    const info = await renderSimulatedVideo(
      {
        ...base,
        aspectRatio: "16:9",
        durationSeconds: 4,
        title: "Storyboard",
        shots: [
          { prompt: "Wide shot of a harbour at dawn", durationSeconds: 1 },
          { prompt: "镜头推近：渔船驶出港口", durationSeconds: 3 },
        ],
      },
      out("storyboard.mp4"),
    );
    expect(Math.abs(info.durationSeconds - 4)).toBeLessThanOrEqual(0.1);
  });

  it("uses the first-frame image (bytes or file) as background", async () => {
    const blue = { r: 30, g: 60, b: 200 };
    const image = await sharp({ create: { width: 800, height: 600, channels: 3, background: blue } })
      .jpeg()
      .toBuffer();
    const imagePath = out("first-frame.jpg");
    await sharp(image).toFile(imagePath);

    for (const [name, firstFrame] of [
      ["bytes", image],
      ["file", imagePath],
    ] as const) {
      const video = out(`first-frame-${name}.mp4`);
      await renderSimulatedVideo({ ...base, aspectRatio: "1:1", durationSeconds: 1, firstFrame }, video);
      const [r, g, b] = await centreColour(video, 0.5);
      // Loose: RGB -> limited-range YUV -> JPEG shifts colours a little.
      expect(Math.abs(r! - blue.r)).toBeLessThan(25);
      expect(Math.abs(g! - blue.g)).toBeLessThan(25);
      expect(Math.abs(b! - blue.b)).toBeLessThan(25);
    }
  });

  it("draws prompts full of quotes, colons, percent signs, backslashes and Chinese", async () => {
    // A temp dir with filtergraph metacharacters proves file paths are escaped too.
    const awkwardTmp = out("tmp 'a:b,c[d];e%");
    await mkdir(awkwardTmp);
    vi.stubEnv("TMPDIR", awkwardTmp);
    try {
      const prompt = `It's "100%" done: C:\\temp\\new\\ %{pts} \\n 50%% '' "" ::\n一只橘猫在厨房里散步，阳光洒满地板。\u0007${"很长的提示词".repeat(80)}`;
      const info = await renderSimulatedVideo(
        { ...base, aspectRatio: "9:16", durationSeconds: 1, prompt, title: "标题: \"quoted\" 'single' 100%" },
        out("awkward.mp4"),
      );
      expect(info.durationSeconds).toBeCloseTo(1, 1);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("writes atomically and leaves no partial files behind", async () => {
    const target = out("nested/dir/atomic.mp4");
    await renderSimulatedVideo({ ...base, aspectRatio: "1:1", durationSeconds: 1 }, target);
    expect((await readFile(target)).subarray(4, 8).toString()).toBe("ftyp");
    expect(await readdir(path.dirname(target))).toEqual(["atomic.mp4"]);
  });

  it("rejects an unreadable first frame", async () => {
    await expect(
      renderSimulatedVideo(
        { ...base, aspectRatio: "1:1", durationSeconds: 1, firstFrame: Buffer.from("nope") },
        out("bad.mp4"),
      ),
    ).rejects.toThrow(/firstFrame is not a readable image/);
  });
});

describe("renderSimulatedVideoOptionsSchema", () => {
  const valid: RenderSimulatedVideoOptions = { aspectRatio: "16:9", durationSeconds: 5, quality: "pro", audio: true };

  it("defaults to preview scale", () => {
    expect(renderSimulatedVideoOptionsSchema.parse(valid).scale).toBe("preview");
  });

  it.each([0, 16, 2.5])("rejects durationSeconds=%s", (durationSeconds) => {
    expect(renderSimulatedVideoOptionsSchema.safeParse({ ...valid, durationSeconds }).success).toBe(false);
  });

  it("requires shot durations to add up", () => {
    const shots = [
      { prompt: "a", durationSeconds: 2 },
      { prompt: "b", durationSeconds: 2 },
    ];
    const result = renderSimulatedVideoOptionsSchema.safeParse({ ...valid, shots });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["shots"]);
  });
});
