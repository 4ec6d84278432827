-- AlterEnum
ALTER TYPE "GenerationStatus" ADD VALUE 'storing';

-- AlterTable
ALTER TABLE "generation" ADD COLUMN     "callbackSecret" TEXT,
ADD COLUMN     "durationSeconds" INTEGER NOT NULL,
ADD COLUMN     "estimate" JSONB,
ADD COLUMN     "nextPollAt" TIMESTAMP(3),
ADD COLUMN     "pollCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "providerFinishedAt" TIMESTAMP(3),
ADD COLUMN     "providerResult" JSONB,
ADD COLUMN     "quality" TEXT NOT NULL,
ADD COLUMN     "stepFailures" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "submitAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "submitInFlightSince" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "generation_event" (
    "id" TEXT NOT NULL,
    "generationId" TEXT NOT NULL,
    "status" "GenerationStatus" NOT NULL,
    "message" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "generation_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "provider_query_budget" (
    "provider" TEXT NOT NULL,
    "nextSlotAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "provider_query_budget_pkey" PRIMARY KEY ("provider")
);

-- CreateIndex
CREATE INDEX "generation_event_generationId_at_idx" ON "generation_event"("generationId", "at");

-- CreateIndex
CREATE INDEX "generation_provider_model_mode_quality_durationSeconds_stat_idx" ON "generation"("provider", "model", "mode", "quality", "durationSeconds", "status", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "generation_event" ADD CONSTRAINT "generation_event_generationId_fkey" FOREIGN KEY ("generationId") REFERENCES "generation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
