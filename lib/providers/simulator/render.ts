import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { runMediaTool } from "@/lib/media/ffmpeg";
import { filter } from "@/lib/media/filtergraph";
import { findFont } from "@/lib/media/fonts";
import { probeMedia, type MediaInfo } from "@/lib/media/probe";
import {
  frameSize,
  renderSimulatedVideoOptionsSchema,
  type FrameSize,
  type ParsedRenderOptions,
  type RenderSimulatedVideoOptions,
} from "./render-options";
import { textCapacity, wrapText } from "./render-text";

/**
 * Renders the simulator's stand-in for a generated video: a real H.264/AAC MP4 with the requested
 * aspect ratio and exact duration, showing the prompt (or each storyboard shot in its own time
 * window) over an animated gradient or the supplied first frame, plus a "SIMULATED" badge and a
 * running timecode so it can never be mistaken for real output.
 */

const FPS = 24;
const TEXT_FADE_IN_SECONDS = 0.4;

export interface RenderRunOptions {
  signal?: AbortSignal;
}

/**
 * Writes the MP4 to `outPath` (atomically: readers never see a half-written file) and returns its
 * probed metadata. Options are validated with `renderSimulatedVideoOptionsSchema`.
 */
export async function renderSimulatedVideo(
  options: RenderSimulatedVideoOptions,
  outPath: string,
  { signal }: RenderRunOptions = {},
): Promise<MediaInfo> {
  const opts = renderSimulatedVideoOptionsSchema.parse(options);
  const size = frameSize(opts.aspectRatio, opts.quality, opts.scale);
  const outDir = path.dirname(outPath);
  // Same directory as the target so the final rename cannot cross filesystems.
  const partialPath = path.join(outDir, `.${path.basename(outPath)}.${randomUUID()}.partial.mp4`);
  const workDir = await mkdtemp(path.join(os.tmpdir(), "kling-sim-"));
  try {
    await mkdir(outDir, { recursive: true });
    const backgroundPath = path.join(workDir, "background.png");
    await writeBackground(opts, size, backgroundPath);
    const font = await findFont();
    // Without any font file the video still renders, just without text.
    const overlays = font ? await textOverlays(opts, size, font.path, workDir) : [];

    const animatedBackground = opts.firstFrame === undefined;
    const videoChain = [
      animatedBackground ? backgroundMotion(size, opts.durationSeconds) : undefined,
      ...overlays,
      filter("format", { pix_fmts: "yuv420p" }),
    ].filter(Boolean);
    const graph = [`[0:v]${videoChain.join(",")}[v]`];
    // A quiet 220 Hz tone; without audio the file has no audio stream (mirrors the provider's audio flag).
    if (opts.audio)
      graph.push(`${filter("sine", { frequency: 220, sample_rate: 48000 })},${filter("volume", { volume: 0.08 })}[a]`);

    const pixelsRelativeToPreview = (size.width * size.height) / (640 * 360);
    await runMediaTool(
      "ffmpeg",
      [
        "-v",
        "error",
        "-loop",
        "1",
        "-framerate",
        String(FPS),
        "-i",
        backgroundPath,
        "-filter_complex",
        graph.join(";"),
        "-map",
        "[v]",
        ...(opts.audio ? ["-map", "[a]", "-c:a", "aac", "-b:a", "96k"] : []),
        "-t",
        String(opts.durationSeconds),
        "-r",
        String(FPS),
        "-c:v",
        "libx264",
        "-preset",
        "ultrafast",
        "-crf",
        "23",
        // A still first frame compresses better with stillimage; the moving gradient does not.
        ...(animatedBackground ? [] : ["-tune", "stillimage"]),
        "-pix_fmt",
        "yuv420p",
        // A keyframe every second keeps browser seeking snappy; faststart puts the index up front.
        "-g",
        String(FPS),
        "-movflags",
        "+faststart",
        "-f",
        "mp4",
        "-y",
        partialPath,
      ],
      { timeoutMs: 60_000 + opts.durationSeconds * pixelsRelativeToPreview * 1_000, signal },
    );
    await rename(partialPath, outPath);
    return await probeMedia(outPath, { signal });
  } finally {
    await Promise.all([rm(workDir, { recursive: true, force: true }), rm(partialPath, { force: true })]);
  }
}

/** First frame cover-cropped to the frame, or a gradient (wider than the frame, for panning). */
async function writeBackground(opts: ParsedRenderOptions, size: FrameSize, outPath: string): Promise<void> {
  if (opts.firstFrame !== undefined) {
    try {
      // libvips works off the event loop; the timeout stops a pathological image from holding a thread.
      await sharp(opts.firstFrame)
        .timeout({ seconds: 30 })
        .autoOrient()
        .resize(size.width, size.height, { fit: "cover" })
        .flatten({ background: "#000000" })
        .png({ compressionLevel: 1 })
        .toFile(outPath);
    } catch (cause) {
      throw new Error("firstFrame is not a readable image", { cause });
    }
    return;
  }
  await sharp(Buffer.from(gradientSvg(panningWidth(size), size.height, paletteSeed(opts))))
    .png({ compressionLevel: 1 })
    .toFile(outPath);
}

function panningWidth(size: FrameSize): number {
  return Math.round(size.width * 1.5);
}

/** Pans across the wide gradient over the whole clip while slowly cycling its hue. */
function backgroundMotion(size: FrameSize, durationSeconds: number): string {
  return [
    filter("crop", { w: size.width, h: size.height, x: `(iw-ow)*t/${durationSeconds}`, y: 0 }),
    filter("hue", { h: "t*24" }),
  ].join(",");
}

/** Same prompt -> same colours, so repeated simulations of one task look alike. */
function paletteSeed(opts: ParsedRenderOptions): number {
  const text = [opts.title, opts.prompt, ...(opts.shots ?? []).map((s) => s.prompt)].join("\n");
  let hash = 2166136261; // FNV-1a
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0) % 360;
}

function gradientSvg(width: number, height: number, hue: number): string {
  const stops = [
    [0, `hsl(${hue},70%,42%)`],
    [0.5, `hsl(${(hue + 50) % 360},65%,32%)`],
    [1, `hsl(${(hue + 140) % 360},60%,22%)`],
  ]
    .map(([offset, color]) => `<stop offset="${offset}" stop-color="${color}"/>`)
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">${stops}</linearGradient>` +
    `<radialGradient id="glow" cx="0.3" cy="0.3" r="0.5"><stop offset="0" stop-color="#fff" stop-opacity="0.25"/>` +
    `<stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#g)"/><rect width="100%" height="100%" fill="url(#glow)"/></svg>`
  );
}

interface TextLayout {
  fontPath: string;
  margin: number;
  smallFont: number;
  bodyFont: number;
  lineSpacing: number;
  padding: number;
}

/**
 * drawtext filters for badge, timecode, title and prompt/shots. User text goes through files
 * (`textfile=` with expansion off), so quotes, colons, backslashes and "%" need no escaping.
 */
async function textOverlays(
  opts: ParsedRenderOptions,
  size: FrameSize,
  fontPath: string,
  workDir: string,
): Promise<string[]> {
  const base = Math.min(size.width, size.height);
  const layout: TextLayout = {
    fontPath,
    margin: Math.round(base * 0.04),
    smallFont: Math.round(base * 0.04),
    bodyFont: Math.round(base * 0.055),
    lineSpacing: Math.round(base * 0.015),
    padding: Math.round(base * 0.02),
  };
  const { margin, smallFont, padding } = layout;
  const common = { fontfile: fontPath, fontcolor: "white", box: 1, boxborderw: padding };
  const overlays = [
    filter("drawtext", {
      ...common,
      text: "SIMULATED",
      fontsize: smallFont,
      boxcolor: "0xE11D48@0.85",
      x: margin,
      y: margin,
    }),
    // drawtext expands %{pts:hms} to the frame time, e.g. 00:00:03.250.
    filter("drawtext", {
      ...common,
      text: "%{pts:hms}",
      fontsize: smallFont,
      boxcolor: "black@0.5",
      x: `w-tw-${margin}`,
      y: margin,
    }),
  ];
  const writeText = async (name: string, text: string) => {
    const file = path.join(workDir, `${name}.txt`);
    await writeFile(file, text, "utf8");
    return file;
  };

  if (opts.title?.trim()) {
    const { maxColumns } = textCapacity(size.width - 2 * (margin + padding), 0, layout.bodyFont, 0);
    const file = await writeText("title", wrapText(opts.title, maxColumns, 2));
    const top = margin + smallFont + 3 * padding;
    overlays.push(bodyText(layout, file, { y: String(top), boxcolor: "black@0.35" }));
  }

  const segments = opts.shots
    ? opts.shots.map((shot, i, shots) => ({
        text: `Shot ${i + 1}/${shots.length}\n${shot.prompt}`,
        start: shots.slice(0, i).reduce((sum, s) => sum + s.durationSeconds, 0),
        duration: shot.durationSeconds,
      }))
    : [{ text: opts.prompt ?? "", start: 0, duration: opts.durationSeconds }];
  const { maxColumns, maxLines } = textCapacity(
    size.width - 2 * (margin + padding),
    size.height * 0.45,
    layout.bodyFont,
    layout.lineSpacing,
  );
  for (const [i, segment] of segments.entries()) {
    const wrapped = wrapText(segment.text, maxColumns, maxLines);
    if (!wrapped) continue;
    const file = await writeText(`segment-${i}`, wrapped);
    const end = segment.start + segment.duration;
    overlays.push(
      bodyText(layout, file, {
        y: `h-th-${margin + padding}`,
        boxcolor: "black@0.5",
        alpha: `min(1,(t-${segment.start})/${TEXT_FADE_IN_SECONDS})`,
        enable: opts.shots ? `gte(t,${segment.start})*lt(t,${end})` : undefined,
      }),
    );
  }
  return overlays;
}

function bodyText(
  layout: TextLayout,
  textFile: string,
  extra: { y: string; boxcolor: string; alpha?: string; enable?: string },
): string {
  return filter("drawtext", {
    fontfile: layout.fontPath,
    textfile: textFile,
    expansion: "none",
    fontsize: layout.bodyFont,
    line_spacing: layout.lineSpacing,
    fontcolor: "white",
    box: 1,
    boxborderw: layout.padding,
    x: "(w-tw)/2",
    ...extra,
  });
}
