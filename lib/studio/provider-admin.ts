import "server-only";
import { prisma } from "@/lib/db/client";
import { listFailoverFamilies, readProviderStatus } from "@/lib/tasks/failover-policy";
import { getTaskEngine } from "@/lib/tasks/web-engine";

/** What admins see of the providers on Settings: their status and the team's failover policies. */
export async function readProviderAdminView() {
  const engine = await getTaskEngine();
  const [statuses, families] = await Promise.all([
    readProviderStatus(prisma, engine.providersConfig),
    listFailoverFamilies(prisma, engine.registry, engine.providersConfig),
  ]);
  return { statuses, families };
}
