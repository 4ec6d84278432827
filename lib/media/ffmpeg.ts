import { spawn } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { currentEnvironment } from "@/lib/config/environment";
import { readMediaSection } from "@/lib/config/media";

/**
 * Locating and running ffmpeg/ffprobe.
 *
 * Lookup order per tool: explicit env var (FFMPEG_PATH / FFPROBE_PATH), the system binary
 * (/usr/bin, then PATH), then the static binary shipped by @ffmpeg-installer/@ffprobe-installer.
 * The system build is preferred because distro packages are newer than the npm static build (4.1).
 */

export type MediaTool = "ffmpeg" | "ffprobe";

export interface ResolvedMediaTool {
  path: string;
  source: "env" | "system" | "npm";
}

const ENV_VARS: Record<MediaTool, string> = { ffmpeg: "FFMPEG_PATH", ffprobe: "FFPROBE_PATH" };
const SETTING: Record<MediaTool, "ffmpegPath" | "ffprobePath"> = { ffmpeg: "ffmpegPath", ffprobe: "ffprobePath" };

const mediaSettings = () => readMediaSection(currentEnvironment()).value;
const EXECUTABLE_SUFFIX = process.platform === "win32" ? ".exe" : "";

// Discovery touches the filesystem, so remember results; the env var is re-read on every call.
const discovered = new Map<MediaTool, ResolvedMediaTool>();

export function resolveMediaTool(tool: MediaTool): ResolvedMediaTool {
  const envVar = ENV_VARS[tool];
  const fromEnv = mediaSettings()[SETTING[tool]];
  if (fromEnv) {
    // A configured path that does not work is a deployment mistake; do not silently use another build.
    if (!isExecutableFile(fromEnv)) throw new Error(`${envVar}=${fromEnv} is not an executable file`);
    return { path: fromEnv, source: "env" };
  }
  const cached = discovered.get(tool);
  if (cached) return cached;

  const systemPath = findSystemBinary(tool);
  const found: ResolvedMediaTool | undefined = systemPath
    ? { path: systemPath, source: "system" }
    : withSource(findNpmBinary(tool), "npm");
  if (!found) {
    throw new Error(
      `${tool} not found: set ${envVar}, install your distribution's ffmpeg package, ` +
        `or install @${tool}-installer/${tool}`,
    );
  }
  discovered.set(tool, found);
  return found;
}

function withSource(toolPath: string | undefined, source: ResolvedMediaTool["source"]) {
  return toolPath ? { path: toolPath, source } : undefined;
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function findSystemBinary(tool: MediaTool): string | undefined {
  const name = tool + EXECUTABLE_SUFFIX;
  const pathDirs = mediaSettings().searchPath;
  const candidates = [path.join("/usr/bin", name), ...pathDirs.map((dir) => path.join(dir, name))];
  return candidates.find(isExecutableFile);
}

/**
 * The installer packages are CommonJS and locate their binary via __dirname, so they must be
 * loaded by Node at runtime rather than inlined by a bundler. In a Next.js build list them in
 * `serverExternalPackages`; if loading fails anyway (e.g. unsupported platform, where the packages
 * throw a string) this source is simply skipped.
 */
function findNpmBinary(tool: MediaTool): string | undefined {
  try {
    const nodeRequire = createRequire(import.meta.url);
    const pkg: unknown =
      tool === "ffmpeg" ? nodeRequire("@ffmpeg-installer/ffmpeg") : nodeRequire("@ffprobe-installer/ffprobe");
    const binary = (pkg as { path?: unknown } | null)?.path;
    return typeof binary === "string" && isExecutableFile(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

export interface RunMediaToolOptions {
  /** Kill the process (SIGKILL) after this long. Default 120 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface MediaToolOutput {
  stdout: string;
  stderr: string;
}

export class MediaToolError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly stderrTail: string,
  ) {
    super(message);
    this.name = "MediaToolError";
  }
}

const DEFAULT_TIMEOUT_MS = 120_000;
// ffmpeg can print a line per frame; keep memory bounded and only what an error message needs.
const MAX_STDERR_CHARS = 64_000;
const STDERR_TAIL_LINES = 12;

/** Runs ffmpeg/ffprobe without a shell (arguments are passed verbatim) and collects its output. */
export function runMediaTool(
  tool: MediaTool,
  args: readonly string[],
  options: RunMediaToolOptions = {},
): Promise<MediaToolOutput> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  return new Promise((resolve, reject) => {
    // Inside the executor so "not found" becomes a rejection, not a synchronous throw.
    const binary = resolveMediaTool(tool).path;
    const child = spawn(binary, ["-hide_banner", ...args], {
      stdio: ["ignore", "pipe", "pipe"],
      signal: options.signal,
      killSignal: "SIGKILL",
      windowsHide: true,
    });
    const stdoutChunks: Buffer[] = [];
    let stderr = "";
    let timedOut = false;

    child.stdout.on("data", (chunk: Buffer) => stdoutChunks.push(chunk));
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-MAX_STDERR_CHARS);
    });

    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);

    const fail = (reason: string, exitCode: number | null, cause?: unknown) => {
      const tail = lastLines(stderr, STDERR_TAIL_LINES);
      const details = tail ? `\n${tail}` : "";
      const error = new MediaToolError(`${tool} ${reason}${details}`, exitCode, tail);
      if (cause !== undefined) error.cause = cause;
      reject(error);
    };

    child.on("error", (error) => {
      clearTimeout(timer);
      fail(options.signal?.aborted ? "was aborted" : `could not be started (${binary}): ${error.message}`, null, error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (options.signal?.aborted) return; // already rejected by the "error" event
      if (timedOut) return fail(`timed out after ${timeoutMs} ms`, code);
      if (code !== 0) return fail(`exited with ${code ?? `signal ${signal}`}`, code);
      resolve({ stdout: Buffer.concat(stdoutChunks).toString("utf8"), stderr });
    });
  });
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split(/\r?\n/).slice(-count).join("\n");
}
