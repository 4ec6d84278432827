import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assertVideoContainer, NotAVideoContainerError, sniffContainer } from "./container";
import { probeMedia } from "./probe";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? [...Buffer.from(part, "latin1")] : part)));

describe("sniffContainer", () => {
  it.each([
    ["an MP4", bytes([0, 0, 0, 0x18], "ftypisom", [0, 0, 2, 0]), "mp4"],
    ["a MOV with ftyp", bytes([0, 0, 0, 0x14], "ftypqt  ", [0, 0, 0, 0]), "mov"],
    ["an old QuickTime file", bytes([0, 0, 0, 8], "wide", [0, 0, 0, 0]), "mov"],
    ["a JPEG", bytes([0xff, 0xd8, 0xff, 0xe0]), "jpeg"],
    ["a PNG", bytes([0x89], "PNG\r\n\x1a\n"), "png"],
    ["an HLS playlist", bytes("#EXTM3U\n#EXTINF:5,\nfile:///etc/passwd\n"), undefined],
    ["an ffconcat list", bytes("ffconcat version 1.0\nfile '/etc/passwd'\n"), undefined],
    ["an SVG", bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'), undefined],
    ["nothing", bytes(), undefined],
  ])("%s", (_name, head, expected) => {
    expect(sniffContainer(head)).toBe(expected);
  });
});

describe("probing refuses what is not MP4/MOV before ffprobe runs", () => {
  it("an HLS playlist named .mp4", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kling-container-"));
    const file = path.join(dir, "upload.mp4");
    await writeFile(file, "#EXTM3U\n#EXT-X-TARGETDURATION:5\n#EXTINF:5.0,\nfile:///etc/hostname\n#EXT-X-ENDLIST\n");
    await expect(assertVideoContainer(file)).rejects.toBeInstanceOf(NotAVideoContainerError);
    await expect(probeMedia(file)).rejects.toBeInstanceOf(NotAVideoContainerError);
  });
});
