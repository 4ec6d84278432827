import "server-only";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { getStorage } from "@/lib/storage";
import { createTaskEngine, type TaskEngine } from "./engine";
import { openQueue, queueSettingsFromEnv } from "./queue";

const globalForEngine = globalThis as unknown as { taskEngine?: Promise<TaskEngine> };

/** The task engine as the web server uses it: to create, cancel and nudge; the worker does the rest. */
export function getTaskEngine(): Promise<TaskEngine> {
  globalForEngine.taskEngine ??= (async () => {
    const { DATABASE_URL, publicUrl, publicUrlConfigured } = env();
    const boss = await openQueue(DATABASE_URL, queueSettingsFromEnv(), { supervise: false });
    return createTaskEngine({
      prisma,
      boss,
      storage: getStorage(),
      callbackBaseUrl: publicUrlConfigured ? publicUrl : undefined,
    });
  })();
  return globalForEngine.taskEngine;
}
