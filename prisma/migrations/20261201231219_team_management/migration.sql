-- AlterTable
ALTER TABLE "user" ADD COLUMN     "removedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "invitation" ADD COLUMN     "revokedAt" TIMESTAMP(3);
