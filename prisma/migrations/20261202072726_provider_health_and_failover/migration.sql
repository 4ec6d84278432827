-- AlterTable
ALTER TABLE "generation" ADD COLUMN     "onlyThisProvider" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "provider_health" (
    "provider" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'closed',
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "openedAt" TIMESTAMP(3),
    "probeSince" TIMESTAMP(3),
    "lastError" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "provider_health_pkey" PRIMARY KEY ("provider")
);

-- CreateTable
CREATE TABLE "failover_policy" (
    "family" TEXT NOT NULL,
    "providers" TEXT[],
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "dropUnsupported" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "failover_policy_pkey" PRIMARY KEY ("family")
);
