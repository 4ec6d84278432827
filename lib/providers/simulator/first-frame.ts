import { inspectImage } from "@/lib/media/image";
import type { GenerationRequest } from "../canonical";

// Real providers download media themselves; the simulator does the same for the one image it
// draws. Canonical media URLs are http(s) or Base64 data: URLs only, so no local path is ever
// read on a user's behalf.

/** Larger than any provider's image limit (10 MB), small enough to hold in memory. */
const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

export type FirstFrame = { image?: Uint8Array<ArrayBuffer>; note?: string };

async function download(url: string, timeoutMs: number): Promise<Uint8Array<ArrayBuffer>> {
  const data = /^data:[^;,]+;base64,(.*)$/s.exec(url);
  if (data) return Buffer.from(data[1] ?? "", "base64");
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > MAX_IMAGE_BYTES) throw new Error(`${declared} bytes is too large`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_IMAGE_BYTES) throw new Error(`${bytes.byteLength} bytes is too large`);
  return bytes;
}

function describe(error: unknown): string {
  if (error instanceof DOMException && error.name === "TimeoutError") return "the download timed out";
  return error instanceof Error ? error.message : String(error);
}

/**
 * The request's first-frame image, checked to be decodable. When it cannot be had, the video falls
 * back to the gradient and `note` says why.
 */
export async function loadFirstFrame(request: GenerationRequest, timeoutMs: number): Promise<FirstFrame> {
  const item = request.media.find((media) => media.role === "first_frame");
  if (!item) return {};
  try {
    const image = await download(item.url, timeoutMs);
    await inspectImage(image);
    return { image };
  } catch (error) {
    return { note: `The first frame could not be used (${describe(error)}); the video shows a gradient instead.` };
  }
}
