-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "ArticleFactCheck" (
    "articleId" UUID NOT NULL,
    "articleVersion" INTEGER NOT NULL,
    "checkedAt" TIMESTAMPTZ(3) NOT NULL,
    "claims" JSONB NOT NULL,
    "contradicted" INTEGER NOT NULL,

    CONSTRAINT "ArticleFactCheck_pkey" PRIMARY KEY ("articleId")
);

-- CreateTable
CREATE TABLE "ArticleFactReview" (
    "articleId" UUID NOT NULL,
    "articleVersion" INTEGER NOT NULL,
    "claims" JSONB NOT NULL,
    "trigger" JSONB NOT NULL,
    "detectedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ArticleFactReview_pkey" PRIMARY KEY ("articleId")
);

-- CreateIndex
CREATE INDEX "ArticleFactCheck_contradicted_idx" ON "ArticleFactCheck"("contradicted");

-- CreateIndex
CREATE INDEX "ArticleFactReview_detectedAt_articleId_idx" ON "ArticleFactReview"("detectedAt" DESC, "articleId");

-- AddForeignKey
ALTER TABLE "ArticleFactCheck" ADD CONSTRAINT "ArticleFactCheck_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleFactReview" ADD CONSTRAINT "ArticleFactReview_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
