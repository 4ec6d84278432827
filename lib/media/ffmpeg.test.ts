import { afterEach, describe, expect, it, vi } from "vitest";
import { MediaToolError, resolveMediaTool, runMediaTool } from "./ffmpeg";

describe("resolveMediaTool", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("finds both tools on this machine", () => {
    for (const tool of ["ffmpeg", "ffprobe"] as const) {
      expect(resolveMediaTool(tool).path).toMatch(new RegExp(`${tool}(\\.exe)?$`));
    }
  });

  it("honours FFPROBE_PATH and rejects a path that is not executable", () => {
    const real = resolveMediaTool("ffprobe").path;
    vi.stubEnv("FFPROBE_PATH", real);
    expect(resolveMediaTool("ffprobe")).toEqual({ path: real, source: "env" });
    vi.stubEnv("FFPROBE_PATH", "/nonexistent/ffprobe");
    expect(() => resolveMediaTool("ffprobe")).toThrow(/FFPROBE_PATH=\/nonexistent\/ffprobe/);
  });
});

describe("runMediaTool", () => {
  it("returns stdout of a successful run", async () => {
    const { stdout } = await runMediaTool("ffprobe", ["-version"]);
    expect(stdout).toMatch(/^ffprobe version/);
  });

  it("rejects with the tail of stderr on a non-zero exit", async () => {
    const error = await runMediaTool("ffprobe", ["-v", "error", "/nonexistent/clip.mp4"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaToolError);
    expect((error as MediaToolError).exitCode).not.toBe(0);
    expect((error as MediaToolError).message).toMatch(/No such file or directory/);
  });

  it("kills a run that exceeds its timeout", async () => {
    const endless = ["-v", "error", "-re", "-f", "lavfi", "-i", "anullsrc", "-f", "null", "-"];
    await expect(runMediaTool("ffmpeg", endless, { timeoutMs: 300 })).rejects.toThrow(/timed out after 300 ms/);
  });

  it("stops when the signal is aborted", async () => {
    const endless = ["-v", "error", "-re", "-f", "lavfi", "-i", "anullsrc", "-f", "null", "-"];
    await expect(runMediaTool("ffmpeg", endless, { signal: AbortSignal.timeout(300) })).rejects.toThrow(/aborted/);
  });
});
