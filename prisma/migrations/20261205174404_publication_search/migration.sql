-- Search reads the newest matching publications; the publication rows are wide (body text,
-- document), so the search vector moves to a narrow table of its own.

-- CreateTable
CREATE TABLE "PublicationSearch" (
    "articleId" UUID NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL,
    "searchVector" tsvector NOT NULL,
    "accentedWords" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "PublicationSearch_pkey" PRIMARY KEY ("articleId")
);

-- The vectors of what is published now, and the body words with diacritics (see PublicationRepository.snapshot).
INSERT INTO "PublicationSearch" ("articleId", "publishedAt", "searchVector", "accentedWords")
SELECT "articleId", "publishedAt", coalesce("searchVector", ''::tsvector),
  ARRAY(SELECT w FROM unnest(tsvector_to_array(to_tsvector('simple'::regconfig, "bodyText"))) AS w WHERE w <> podium_unaccent(w))
FROM "ArticlePublication";

-- DropIndex
DROP INDEX "ArticlePublication_searchVector_idx";

-- AlterTable
ALTER TABLE "ArticlePublication" DROP COLUMN "searchVector";

-- CreateIndex
CREATE INDEX "PublicationSearch_publishedAt_articleId_idx" ON "PublicationSearch"("publishedAt" DESC, "articleId");

-- CreateIndex
CREATE INDEX "PublicationSearch_searchVector_idx" ON "PublicationSearch" USING GIN ("searchVector");

-- AddForeignKey
ALTER TABLE "PublicationSearch" ADD CONSTRAINT "PublicationSearch_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "ArticlePublication"("articleId") ON DELETE CASCADE ON UPDATE CASCADE;
