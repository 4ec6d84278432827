import "server-only";
import { prisma } from "@/lib/db/client";
import { config } from "@/lib/config";
import { getStorage } from "@/lib/storage";
import { createTaskEngine, type TaskEngine } from "./engine";
import { openQueue } from "./queue";

const globalForEngine = globalThis as unknown as { taskEngine?: Promise<TaskEngine> };

/** The task engine as the web server uses it: to create, cancel and nudge; the worker does the rest. */
export function getTaskEngine(): Promise<TaskEngine> {
  globalForEngine.taskEngine ??= (async () => {
    const { server, queue } = config();
    const boss = await openQueue(server.databaseUrl, queue, { supervise: false });
    return createTaskEngine({
      prisma,
      boss,
      storage: getStorage(),
      callbackBaseUrl: server.publicUrlConfigured ? server.publicUrl : undefined,
    });
  })();
  return globalForEngine.taskEngine;
}
