import { inspectImage } from "@/lib/media/image";
import { PUBLIC_ONLY, type AddressPolicy } from "@/lib/net/address-policy";
import { FetchRefusedError, guardedFetch } from "@/lib/net/guarded-fetch";
import type { GenerationRequest } from "../canonical";

// Real providers download media themselves; the simulator does the same for the one image it
// draws, through the studio's guard for members' URLs: only public addresses (or the networks a
// deployment allows), redirects checked, size and time capped. Canonical media URLs are http(s) or
// Base64 data: URLs only, so no local path is ever read on a member's behalf.

/** Larger than any provider's image limit (10 MB), small enough to hold in memory. */
const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

export type FirstFrame = { image?: Uint8Array<ArrayBuffer>; note?: string };

/** The first frame's URL breaks the address policy: the task fails, naming the field. */
export class FirstFrameRefusedError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = "FirstFrameRefusedError";
  }
}

export type FirstFrameOptions = { timeoutMs: number; policy?: AddressPolicy };

async function download(
  url: string,
  { timeoutMs, policy = PUBLIC_ONLY }: FirstFrameOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const data = /^data:[^;,]+;base64,(.*)$/s.exec(url);
  if (data) return Buffer.from(data[1] ?? "", "base64");
  const response = await guardedFetch(url, { policy, timeoutMs, maxBytes: MAX_IMAGE_BYTES });
  return new Uint8Array(response.body);
}

function describe(error: unknown): string {
  if (error instanceof FetchRefusedError && error.rule === "timeout") return "the download timed out";
  return error instanceof Error ? error.message : String(error);
}

/**
 * The request's first-frame image, checked to be decodable. When it cannot be had, the video falls
 * back to the gradient and `note` says why; a URL the guard refuses fails the task instead.
 */
export async function loadFirstFrame(request: GenerationRequest, options: FirstFrameOptions): Promise<FirstFrame> {
  const index = request.media.findIndex((media) => media.role === "first_frame");
  const item = request.media[index];
  if (!item) return {};
  try {
    const image = await download(item.url, options);
    await inspectImage(image);
    return { image };
  } catch (error) {
    if (error instanceof FetchRefusedError && error.isPolicyRefusal)
      throw new FirstFrameRefusedError(`media[${index}].url`, error.message);
    return { note: `The first frame could not be used (${describe(error)}); the video shows a gradient instead.` };
  }
}
