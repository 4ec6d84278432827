import { chmod, mkdtemp, rm } from "node:fs/promises";
import type { PrismaClient } from "@/lib/db/generated/client";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A studio data directory and environment for task-engine integration tests. Call before importing
 * server modules: they read DATA_DIR and friends when first used.
 */
export async function prepareEngineEnvironment(overrides: Record<string, string> = {}) {
  const dataDir = await mkdtemp(path.join(tmpdir(), "kling-engine-"));
  await chmod(dataDir, 0o755);
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    SIMULATOR_QUEUED_MS: "150",
    SIMULATOR_RUNNING_MS: "350",
    WORKER_STEP_TIMEOUT_SECONDS: "20",
    WORKER_MAINTENANCE_SECONDS: "2",
    WORKER_CONCURRENCY: "6",
    ...overrides,
  });
  return { dataDir, cleanUp: () => rm(dataDir, { recursive: true, force: true }) };
}

export async function waitFor<T>(
  check: () => Promise<T | undefined | null | false>,
  { timeoutMs = 30_000, intervalMs = 200, what = "condition" } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** A signed-in account for calling route handlers: its cookie header and id. */
export async function signedInUser(email: string) {
  const { getAuth } = await import("@/lib/auth/auth");
  const { headers, response } = await getAuth().api.signUpEmail({
    body: { email, password: "correct-horse-battery", name: email.split("@")[0]! },
    returnHeaders: true,
  });
  return {
    id: response.user.id,
    cookie: headers
      .getSetCookie()
      .map((cookie) => cookie.split(";")[0])
      .join("; "),
  };
}

/** A provider's CDN stand-in: one real three-second MP4, rendered into the data directory, served under any path. */
export async function startVideoCdn(dataDir: string) {
  const { renderSimulatedVideo } = await import("@/lib/providers/simulator/render");
  const { startMediaServer } = await import("@/test/media-server");
  const video = path.join(dataDir, "provider-video.mp4");
  await renderSimulatedVideo({ aspectRatio: "16:9", durationSeconds: 3, quality: "std", audio: false }, video);
  return startMediaServer(video);
}

/**
 * Six earlier successes of a kind (text, std, 5 s) that took about `tookMs`: the engine's estimate for such
 * generations is then short, so it asks the provider soon instead of after the default minutes.
 */
export async function seedHistory(
  prisma: PrismaClient,
  creatorId: string,
  kind: { provider: string; model: string },
  tookMs: number,
) {
  const submittedAt = new Date(Date.now() - 60_000);
  for (let sample = 0; sample < 6; sample++)
    await prisma.generation.create({
      data: {
        creatorId,
        ...kind,
        mode: "text",
        quality: "std",
        durationSeconds: 5,
        request: {},
        status: "succeeded",
        submittedAt,
        providerFinishedAt: new Date(submittedAt.getTime() + tookMs + sample * 100),
      },
    });
}
