import { access, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { currentEnvironment } from "@/lib/config/environment";
import { readMediaSection } from "@/lib/config/media";

/**
 * Finding a font file for ffmpeg's drawtext (which needs a path; fontconfig inside the static
 * npm ffmpeg build cannot be relied on).
 *
 * Order: MEDIA_FONT_PATH env → a CJK-capable system font (prompts are often Chinese) → a common
 * Latin system font → Geist shipped inside the `next` package. Without a CJK font, Chinese text
 * renders as missing-glyph boxes, which is acceptable for simulated output.
 */

export interface FontChoice {
  path: string;
  /** Whether the font covers CJK ideographs (assumed for MEDIA_FONT_PATH: the operator chose it). */
  cjk: boolean;
  source: "env" | "system" | "npm";
}

const FONT_DIRS = [
  "/usr/share/fonts",
  "/usr/local/share/fonts",
  path.join(os.homedir(), ".local/share/fonts"),
  path.join(os.homedir(), ".fonts"),
  "/System/Library/Fonts",
  "/Library/Fonts",
  path.join(readMediaSection(currentEnvironment()).value.windowsDir, "Fonts"),
];

// File-name patterns, best first: regular-weight sans faces before serif/fallback faces.
const CJK_FONTS = [
  /NotoSansCJK.*-Regular\.tt[cf]$/i,
  /NotoSans(SC|CJKsc)-Regular\.[ot]tf$/i,
  /SourceHanSans.*-Regular\.(tt[cf]|otf)$/i,
  /wqy-microhei\.ttc$/i,
  /wqy-zenhei\.ttc$/i,
  /DroidSansFallback(Full)?\.ttf$/i,
  /PingFang\.ttc$/i,
  /msyh\.ttc$/i,
  /NotoSansCJK.*\.tt[cf]$/i,
  /(NotoSerifCJK|uming|ukai).*\.tt[cf]$/i,
];
const LATIN_FONTS = [
  /DejaVuSans\.ttf$/i,
  /LiberationSans-Regular\.ttf$/i,
  /NotoSans-Regular\.ttf$/i,
  /Arial\.ttf$/i,
  /Helvetica\.ttc$/i,
];
const NPM_FONT = "node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf";

let cached: Promise<FontChoice | undefined> | undefined;

/** Picks the font for drawtext overlays; `undefined` when the machine has none at all. */
export function findFont(): Promise<FontChoice | undefined> {
  const fromEnv = readMediaSection(currentEnvironment()).value.fontPath;
  if (fromEnv) return Promise.resolve({ path: fromEnv, cjk: true, source: "env" });
  cached ??= discoverFont();
  return cached;
}

async function discoverFont(): Promise<FontChoice | undefined> {
  const files = (await Promise.all(FONT_DIRS.map(listFontFiles))).flat();
  const cjk = bestMatch(files, CJK_FONTS);
  if (cjk) return { path: cjk, cjk: true, source: "system" };
  const latin = bestMatch(files, LATIN_FONTS);
  if (latin) return { path: latin, cjk: false, source: "system" };
  // Resolved from the working directory rather than require.resolve so bundling cannot rewrite it.
  const npmFont = path.resolve(NPM_FONT);
  return (await exists(npmFont)) ? { path: npmFont, cjk: false, source: "npm" } : undefined;
}

async function listFontFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true });
    return entries.filter((entry) => /\.(ttf|ttc|otf)$/i.test(entry)).map((entry) => path.join(dir, entry));
  } catch {
    return []; // most of FONT_DIRS do not exist on any given OS
  }
}

function bestMatch(files: string[], patterns: RegExp[]): string | undefined {
  for (const pattern of patterns) {
    const match = files.find((file) => pattern.test(path.basename(file)));
    if (match) return match;
  }
  return undefined;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
