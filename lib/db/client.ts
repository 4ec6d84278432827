import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { config } from "@/lib/config";
import { isProduction } from "@/lib/config/environment";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createPrismaClient() {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: config().server.databaseUrl }) });
}

// One client per process: Next's dev server re-evaluates modules on every change.
export const prisma = globalForPrisma.prisma ?? createPrismaClient();
if (!isProduction()) globalForPrisma.prisma = prisma;
