import path from "node:path";
import { z } from "zod";
import { parseAllowedNetworks } from "@/lib/net/networks";
import type { Environment } from "./environment";
import { variableReader, type Section } from "./variables";

export type MediaSettings = {
  /** FFMPEG_PATH / FFPROBE_PATH: a build to use instead of discovering one. */
  ffmpegPath?: string;
  ffprobePath?: string;
  /** MEDIA_FONT_PATH: the font for text drawn on simulated videos. */
  fontPath?: string;
  /** PRIVATE_MEDIA_NETWORKS: networks members' media URLs may point into (none by default). */
  privateNetworks: string[];
  /** Where executables are looked for (PATH) and where Windows keeps its fonts (WINDIR). */
  searchPath: string[];
  windowsDir: string;
};

/** The media section: ffmpeg, fonts, and which networks members' media URLs may reach. */
export function readMediaSection(env: Environment): Section<MediaSettings> {
  const problems: string[] = [];
  const read = variableReader(env, problems);
  const { networks, problems: networkProblems } = parseAllowedNetworks(env.PRIVATE_MEDIA_NETWORKS);
  problems.push(...networkProblems);
  return {
    value: {
      ffmpegPath: read("FFMPEG_PATH", z.string(), undefined),
      ffprobePath: read("FFPROBE_PATH", z.string(), undefined),
      fontPath: read("MEDIA_FONT_PATH", z.string(), undefined),
      privateNetworks: networks,
      searchPath: (env.PATH ?? "").split(path.delimiter).filter(Boolean),
      windowsDir: env.WINDIR?.trim() || "C:\\Windows",
    },
    problems,
  };
}
