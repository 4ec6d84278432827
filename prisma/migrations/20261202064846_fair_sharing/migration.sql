-- AlterTable
ALTER TABLE "generation" ADD COLUMN     "queueRank" INTEGER NOT NULL DEFAULT 0;
