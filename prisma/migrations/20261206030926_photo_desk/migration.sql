-- CreateEnum
CREATE TYPE "CreditStyle" AS ENUM ('SUPPLIER_LINE', 'HOUSE_FORMAT');

-- CreateEnum
CREATE TYPE "RightsExpiryPolicy" AS ENUM ('NOTIFY', 'UNPUBLISH_STORY', 'SWAP_FALLBACK');

-- CreateEnum
CREATE TYPE "RenditionsStatus" AS ENUM ('NONE', 'PENDING', 'READY', 'FAILED');

-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "creditStyle" "CreditStyle" NOT NULL DEFAULT 'SUPPLIER_LINE',
ADD COLUMN     "defaultCopyright" TEXT,
ADD COLUMN     "expiryPolicy" "RightsExpiryPolicy" NOT NULL DEFAULT 'NOTIFY',
ADD COLUMN     "fallbackAssetId" UUID,
ADD COLUMN     "licensorUrl" TEXT,
ADD COLUMN     "matchPatterns" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "MediaAsset" ADD COLUMN     "contentHash" CHAR(64),
ADD COLUMN     "creatorNames" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "creditNeedsReview" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "editorialUseOnly" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "embargoUntil" TIMESTAMPTZ(3),
ADD COLUMN     "eventName" TEXT,
ADD COLUMN     "expiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "focalX" DOUBLE PRECISION,
ADD COLUMN     "focalY" DOUBLE PRECISION,
ADD COLUMN     "originalFilename" TEXT,
ADD COLUMN     "personShownNames" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "rawMetadata" JSONB,
ADD COLUMN     "renditionsError" TEXT,
ADD COLUMN     "renditionsStatus" "RenditionsStatus" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "restrictions" TEXT,
ADD COLUMN     "storageKey" TEXT;

-- AlterTable
ALTER TABLE "Photographer" ADD COLUMN     "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "MediaRendition" (
    "id" UUID NOT NULL,
    "assetId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,

    CONSTRAINT "MediaRendition_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MediaRendition_assetId_name_format_key" ON "MediaRendition"("assetId", "name", "format");

-- CreateIndex
CREATE UNIQUE INDEX "MediaAsset_contentHash_key" ON "MediaAsset"("contentHash");

-- CreateIndex
CREATE INDEX "MediaAsset_expiresAt_idx" ON "MediaAsset"("expiresAt");

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_fallbackAssetId_fkey" FOREIGN KEY ("fallbackAssetId") REFERENCES "MediaAsset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaRendition" ADD CONSTRAINT "MediaRendition_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "MediaAsset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What Prisma cannot say.
ALTER TABLE "MediaAsset" ADD CONSTRAINT "MediaAsset_focal_point_check"
  CHECK (("focalX" IS NULL AND "focalY" IS NULL) OR ("focalX" BETWEEN 0 AND 1 AND "focalY" BETWEEN 0 AND 1));
ALTER TABLE "MediaAsset" ADD CONSTRAINT "MediaAsset_contentHash_check" CHECK ("contentHash" ~ '^[0-9a-f]{64}$');
ALTER TABLE "MediaAsset" ADD CONSTRAINT "MediaAsset_rights_window_check"
  CHECK ("embargoUntil" IS NULL OR "expiresAt" IS NULL OR "embargoUntil" < "expiresAt");
ALTER TABLE "MediaRendition" ADD CONSTRAINT "MediaRendition_size_check" CHECK ("width" > 0 AND "height" > 0 AND "sizeBytes" >= 0);
ALTER TABLE "MediaRendition" ADD CONSTRAINT "MediaRendition_format_check" CHECK ("format" IN ('jpeg', 'webp', 'avif'));
