-- AlterTable
ALTER TABLE "generation" ADD COLUMN     "slotWaitSince" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "provider_slot_limit" (
    "provider" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "limit" INTEGER NOT NULL,
    "learnedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "provider_slot_limit_pkey" PRIMARY KEY ("provider","family")
);

-- CreateTable
CREATE TABLE "provider_callback_receipt" (
    "id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "provider_callback_receipt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "provider_callback_receipt_receivedAt_idx" ON "provider_callback_receipt"("receivedAt");

-- CreateIndex
CREATE INDEX "generation_provider_status_model_createdAt_idx" ON "generation"("provider", "status", "model", "createdAt");
