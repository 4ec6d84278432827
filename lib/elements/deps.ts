import type PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { ProviderRegistry, ProvidersConfig } from "@/lib/providers/server";
import type { Storage } from "@/lib/storage";

/** What the element library needs from the studio; the task engine has all of it. */
export type ElementDeps = {
  prisma: PrismaClient;
  boss: PgBoss;
  registry: ProviderRegistry;
  providersConfig: ProvidersConfig;
  storage: Storage;
};
