-- DropIndex
DROP INDEX "generation_createdAt_idx";

-- AlterTable
ALTER TABLE "generation" ADD COLUMN     "promptPreview" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchTerms" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "generation_createdAt_id_idx" ON "generation"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "generation_searchTerms_idx" ON "generation" USING GIN ("searchTerms");


-- Existing generations: the prompt's opening now, and their search terms are filled in by the worker at start
-- (lib/gallery/search-backfill.ts), as the terms are worked out in TypeScript.
UPDATE "generation"
SET "promptPreview" = left(coalesce(nullif("request"->>'prompt', ''), "request"->'storyboard'->'shots'->0->>'prompt', ''), 300);
