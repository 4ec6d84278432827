-- AlterTable
ALTER TABLE "asset" ADD COLUMN     "format" TEXT,
ADD COLUMN     "hasAlpha" BOOLEAN;
