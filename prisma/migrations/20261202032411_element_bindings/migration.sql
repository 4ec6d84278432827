-- CreateEnum
CREATE TYPE "ElementBindingState" AS ENUM ('pending', 'synced', 'failed', 'missing', 'not_supported', 'deleting');

-- CreateTable
CREATE TABLE "element_binding" (
    "id" TEXT NOT NULL,
    "elementId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "remoteId" TEXT,
    "state" "ElementBindingState" NOT NULL DEFAULT 'pending',
    "message" TEXT,
    "checkedAt" TIMESTAMP(3),
    "createSentAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "owned" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "element_binding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "element_binding_elementId_provider_key" ON "element_binding"("elementId", "provider");

-- CreateIndex
CREATE UNIQUE INDEX "element_binding_provider_remoteId_key" ON "element_binding"("provider", "remoteId");

-- AddForeignKey
ALTER TABLE "element_binding" ADD CONSTRAINT "element_binding_elementId_fkey" FOREIGN KEY ("elementId") REFERENCES "element"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Elements mirrored at a provider before bindings existed keep their remote id, as synced
INSERT INTO "element_binding" ("id", "elementId", "provider", "remoteId", "state", "updatedAt")
SELECT gen_random_uuid()::text, "id", "provider", "providerElementId", 'synced', CURRENT_TIMESTAMP
FROM "element" WHERE "provider" IS NOT NULL AND "providerElementId" IS NOT NULL;

-- DropIndex
DROP INDEX "element_provider_providerElementId_key";

-- AlterTable
ALTER TABLE "element" DROP COLUMN "provider",
DROP COLUMN "providerElementId",
ADD COLUMN     "retiredAt" TIMESTAMP(3);

