-- CreateEnum
CREATE TYPE "ArticleStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED');

-- CreateEnum
CREATE TYPE "AuthorRole" AS ENUM ('AUTHOR', 'CONTRIBUTOR', 'ADDITIONAL_REPORTING');

-- CreateEnum
CREATE TYPE "LinkRelation" AS ENUM ('ABOUT', 'MENTIONS');

-- CreateEnum
CREATE TYPE "LinkTargetType" AS ENUM ('PERSON', 'ORGANISATION', 'COMPETITION', 'EVENT', 'UNIT', 'VENUE');

-- CreateEnum
CREATE TYPE "BlockType" AS ENUM ('PARAGRAPH', 'HEADING', 'QUOTE', 'IMAGE', 'RESULTS_TABLE', 'SOCIAL_POST', 'FACT_BOX', 'EMBED');

-- CreateEnum
CREATE TYPE "ReferenceTargetType" AS ENUM ('PERSON', 'ORGANISATION', 'COMPETITION', 'EVENT', 'UNIT', 'VENUE', 'QUOTE', 'SOCIAL_POST', 'MEDIA_ASSET');

-- CreateEnum
CREATE TYPE "ReferenceKind" AS ENUM ('ABOUT', 'MENTION', 'QUOTE_BLOCK', 'IMAGE_BLOCK', 'RESULTS_BLOCK', 'SOCIAL_POST_BLOCK', 'FACT_BOX');

-- CreateEnum
CREATE TYPE "QuoteContext" AS ENUM ('TOLD_REPORTERS', 'MIXED_ZONE', 'PRESS_CONFERENCE', 'INTERVIEW', 'BROADCAST', 'SOCIAL_POST', 'STATEMENT');

-- CreateEnum
CREATE TYPE "SocialPlatform" AS ENUM ('X', 'INSTAGRAM', 'TIKTOK', 'YOUTUBE', 'THREADS', 'BLUESKY', 'FACEBOOK', 'OTHER');

-- CreateEnum
CREATE TYPE "MediaKind" AS ENUM ('PHOTO', 'GRAPHIC', 'VIDEO');

-- CreateTable
CREATE TABLE "Article" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "summary" TEXT,
    "language" VARCHAR(16) NOT NULL DEFAULT 'en',
    "section" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "datelinePlace" TEXT,
    "datelineDate" DATE,
    "canonicalUrl" TEXT,
    "seoTitle" TEXT,
    "seoDescription" TEXT,
    "status" "ArticleStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),
    "bodyText" TEXT NOT NULL DEFAULT '',
    "searchVector" tsvector,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleAuthor" (
    "articleId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "role" "AuthorRole" NOT NULL DEFAULT 'AUTHOR',
    "position" INTEGER NOT NULL,

    CONSTRAINT "ArticleAuthor_pkey" PRIMARY KEY ("articleId","personId","role")
);

-- CreateTable
CREATE TABLE "ArticleLink" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "relation" "LinkRelation" NOT NULL,
    "targetType" "LinkTargetType" NOT NULL,
    "targetId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ArticleLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleBlock" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "type" "BlockType" NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "ArticleBlock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleReference" (
    "articleId" UUID NOT NULL,
    "targetType" "ReferenceTargetType" NOT NULL,
    "targetId" UUID NOT NULL,
    "kind" "ReferenceKind" NOT NULL,
    "blockPosition" INTEGER NOT NULL DEFAULT -1,

    CONSTRAINT "ArticleReference_pkey" PRIMARY KEY ("articleId","targetType","targetId","kind","blockPosition")
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "speakerPersonId" UUID,
    "speakerOrganisationId" UUID,
    "context" "QuoteContext" NOT NULL,
    "outlet" TEXT,
    "saidAt" TIMESTAMPTZ(3),
    "language" VARCHAR(16) NOT NULL DEFAULT 'en',
    "originalText" TEXT,
    "originalLanguage" VARCHAR(16),
    "eventId" UUID,
    "unitId" UUID,
    "socialPostId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialPost" (
    "id" UUID NOT NULL,
    "platform" "SocialPlatform" NOT NULL,
    "url" TEXT NOT NULL,
    "authorHandle" TEXT NOT NULL,
    "authorPersonId" UUID,
    "text" TEXT NOT NULL,
    "postedAt" TIMESTAMPTZ(3),
    "capturedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SocialPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "creditFormat" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Photographer" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "agencyId" UUID,
    "creditFormat" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Photographer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediaAsset" (
    "id" UUID NOT NULL,
    "kind" "MediaKind" NOT NULL DEFAULT 'PHOTO',
    "url" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "sizeBytes" INTEGER,
    "caption" TEXT,
    "captionWriter" TEXT,
    "headline" TEXT,
    "altText" TEXT,
    "creditLine" TEXT,
    "copyrightNotice" TEXT,
    "source" TEXT,
    "supplierId" UUID,
    "supplierImageId" TEXT,
    "licensorUrl" TEXT,
    "webStatement" TEXT,
    "usageTerms" TEXT,
    "instructions" TEXT,
    "dateCreated" TIMESTAMPTZ(3),
    "city" TEXT,
    "countryIso2" CHAR(2),
    "eventId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MediaAsset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediaCreator" (
    "assetId" UUID NOT NULL,
    "photographerId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "MediaCreator_pkey" PRIMARY KEY ("assetId","photographerId")
);

-- CreateTable
CREATE TABLE "MediaPersonShown" (
    "assetId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "MediaPersonShown_pkey" PRIMARY KEY ("assetId","personId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE INDEX "Article_status_publishedAt_id_idx" ON "Article"("status", "publishedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Article_section_status_publishedAt_idx" ON "Article"("section", "status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Article_tags_idx" ON "Article" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "ArticleAuthor_personId_idx" ON "ArticleAuthor"("personId");

-- CreateIndex
CREATE INDEX "ArticleLink_targetType_targetId_idx" ON "ArticleLink"("targetType", "targetId");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleLink_articleId_targetType_targetId_relation_key" ON "ArticleLink"("articleId", "targetType", "targetId", "relation");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleBlock_articleId_position_key" ON "ArticleBlock"("articleId", "position");

-- CreateIndex
CREATE INDEX "ArticleReference_targetType_targetId_idx" ON "ArticleReference"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "Quote_speakerPersonId_saidAt_idx" ON "Quote"("speakerPersonId", "saidAt");

-- CreateIndex
CREATE INDEX "Quote_speakerOrganisationId_idx" ON "Quote"("speakerOrganisationId");

-- CreateIndex
CREATE INDEX "Quote_eventId_idx" ON "Quote"("eventId");

-- CreateIndex
CREATE INDEX "Quote_unitId_idx" ON "Quote"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "SocialPost_url_key" ON "SocialPost"("url");

-- CreateIndex
CREATE INDEX "SocialPost_authorPersonId_idx" ON "SocialPost"("authorPersonId");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_slug_key" ON "Agency"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Photographer_slug_key" ON "Photographer"("slug");

-- CreateIndex
CREATE INDEX "MediaAsset_eventId_idx" ON "MediaAsset"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "MediaAsset_supplierId_supplierImageId_key" ON "MediaAsset"("supplierId", "supplierImageId");

-- CreateIndex
CREATE INDEX "MediaCreator_photographerId_idx" ON "MediaCreator"("photographerId");

-- CreateIndex
CREATE INDEX "MediaPersonShown_personId_idx" ON "MediaPersonShown"("personId");

-- AddForeignKey
ALTER TABLE "ArticleAuthor" ADD CONSTRAINT "ArticleAuthor_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleAuthor" ADD CONSTRAINT "ArticleAuthor_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleLink" ADD CONSTRAINT "ArticleLink_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleBlock" ADD CONSTRAINT "ArticleBlock_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleReference" ADD CONSTRAINT "ArticleReference_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_speakerPersonId_fkey" FOREIGN KEY ("speakerPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_speakerOrganisationId_fkey" FOREIGN KEY ("speakerOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_socialPostId_fkey" FOREIGN KEY ("socialPostId") REFERENCES "SocialPost"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialPost" ADD CONSTRAINT "SocialPost_authorPersonId_fkey" FOREIGN KEY ("authorPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Photographer" ADD CONSTRAINT "Photographer_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaAsset" ADD CONSTRAINT "MediaAsset_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaAsset" ADD CONSTRAINT "MediaAsset_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaCreator" ADD CONSTRAINT "MediaCreator_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "MediaAsset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaCreator" ADD CONSTRAINT "MediaCreator_photographerId_fkey" FOREIGN KEY ("photographerId") REFERENCES "Photographer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaPersonShown" ADD CONSTRAINT "MediaPersonShown_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "MediaAsset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaPersonShown" ADD CONSTRAINT "MediaPersonShown_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Written by hand: what Prisma's schema language cannot express.
-- ---------------------------------------------------------------------------

ALTER TABLE "Article"
    ADD CONSTRAINT "Article_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    ADD CONSTRAINT "Article_headline_check" CHECK (length(btrim("headline")) > 0),
    ADD CONSTRAINT "Article_published_check" CHECK ("status" <> 'PUBLISHED' OR "publishedAt" IS NOT NULL);
ALTER TABLE "ArticleBlock" ADD CONSTRAINT "ArticleBlock_position_check" CHECK ("position" >= 0);
ALTER TABLE "ArticleAuthor" ADD CONSTRAINT "ArticleAuthor_position_check" CHECK ("position" >= 0);
ALTER TABLE "ArticleLink" ADD CONSTRAINT "ArticleLink_position_check" CHECK ("position" >= 0);

-- A quote has exactly one speaker: a person or an organisation.
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_speaker_check" CHECK (num_nonnulls("speakerPersonId", "speakerOrganisationId") = 1);
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_text_check" CHECK (length(btrim("text")) > 0);

ALTER TABLE "SocialPost" ADD CONSTRAINT "SocialPost_url_check" CHECK ("url" ~ '^https?://');
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Photographer" ADD CONSTRAINT "Photographer_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "MediaAsset"
    ADD CONSTRAINT "MediaAsset_size_check" CHECK ("width" > 0 AND "height" > 0 AND "sizeBytes" > 0),
    ADD CONSTRAINT "MediaAsset_url_check" CHECK ("url" ~ '^https?://');
