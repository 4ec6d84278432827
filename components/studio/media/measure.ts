import type { MediaKind } from "@/lib/providers";
import { formatOfFile, type MediaFacts } from "@/lib/studio/media/media-checks";

// Browser-only: measures a file before it is uploaded, so provider rules can be shown at once.
// The server measures again (sharp, ffprobe) and its facts are the ones stored in the request.

/** Alpha scans run on a copy at most this large: enough to find a transparent area, light on memory. */
const ALPHA_SCAN_SIDE = 2048;

export async function measureFile(file: File, kind: MediaKind): Promise<MediaFacts> {
  const base = { sizeBytes: file.size, format: formatOfFile(file) };
  return { ...base, ...(kind === "image" ? await measureImage(file, base.format) : await measureVideo(file)) };
}

async function measureImage(file: File, format: string | undefined): Promise<MediaFacts> {
  const bitmap = await createImageBitmap(file);
  try {
    // Only PNGs can carry transparency among the formats the studio takes; JPEGs never do.
    const hasAlpha = format === "png" ? hasTransparentPixel(bitmap) : false;
    return { width: bitmap.width, height: bitmap.height, hasAlpha };
  } finally {
    bitmap.close();
  }
}

function hasTransparentPixel(bitmap: ImageBitmap): boolean {
  const scale = Math.min(1, ALPHA_SCAN_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (!context) return false;
  context.drawImage(bitmap, 0, 0, width, height);
  const pixels = context.getImageData(0, 0, width, height).data;
  for (let offset = 3; offset < pixels.length; offset += 4) if (pixels[offset]! < 255) return true;
  return false;
}

/** Duration and size from a detached <video> that loads metadata only. Browsers do not expose the frame rate. */
function measureVideo(file: File): Promise<MediaFacts> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const video = document.createElement("video");
    const done = () => {
      video.removeAttribute("src");
      video.load();
      URL.revokeObjectURL(url);
    };
    video.preload = "metadata";
    video.muted = true;
    video.onloadedmetadata = () => {
      const facts: MediaFacts = {
        ...(Number.isFinite(video.duration) && video.duration > 0 ? { durationSeconds: video.duration } : {}),
        ...(video.videoWidth > 0 ? { width: video.videoWidth, height: video.videoHeight } : {}),
      };
      done();
      resolve(facts);
    };
    video.onerror = () => {
      done();
      reject(new Error("video metadata unreadable"));
    };
    video.src = url;
  });
}
