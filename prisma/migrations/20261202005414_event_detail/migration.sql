-- AlterTable
ALTER TABLE "generation_event" ADD COLUMN     "detail" JSONB;
