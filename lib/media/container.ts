import { open } from "node:fs/promises";

/**
 * What a file is, judged by its first bytes rather than its name or declared type. ffmpeg probes
 * by content and follows references inside playlists (HLS, concat, …): only the containers the
 * studio deals in are ever handed to it, and only with the demuxer forced.
 */
export type Container = "mp4" | "mov" | "jpeg" | "png";

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

// QuickTime files from before the ISO base media format may start with any of these atoms.
const QUICKTIME_ATOMS = new Set(["moov", "mdat", "wide", "free", "skip", "pnot"]);

export function sniffContainer(head: Uint8Array): Container | undefined {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "jpeg";
  if (head.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, index) => head[index] === byte))
    return "png";
  if (head.length < 12) return undefined;
  const atom = ascii(head, 4, 8);
  // ISO/IEC 14496-12: a file starts with an `ftyp` box naming its brand; "qt  " is QuickTime.
  if (atom === "ftyp") return ascii(head, 8, 12) === "qt  " ? "mov" : "mp4";
  return QUICKTIME_ATOMS.has(atom) ? "mov" : undefined;
}

export async function sniffFile(filePath: string): Promise<Container | undefined> {
  const handle = await open(filePath, "r");
  try {
    const head = new Uint8Array(16);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return sniffContainer(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** The input arguments that keep ffmpeg/ffprobe on this one local file, read as MP4/MOV. */
export function videoInputArgs(filePath: string): string[] {
  // The mov demuxer reads both MP4 and MOV; "file:" stops a name like "http:x" from meaning a protocol.
  return ["-f", "mov", "-protocol_whitelist", "file", "-i", `file:${filePath}`];
}

export class NotAVideoContainerError extends Error {
  constructor(filePath: string) {
    super(`${filePath} is not an MP4 or MOV file`);
    this.name = "NotAVideoContainerError";
  }
}

/** Refuses anything but MP4/MOV before ffmpeg sees it. */
export async function assertVideoContainer(filePath: string): Promise<void> {
  const container = await sniffFile(filePath);
  if (container !== "mp4" && container !== "mov") throw new NotAVideoContainerError(filePath);
}
