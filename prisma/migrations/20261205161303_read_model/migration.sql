-- CreateEnum
CREATE TYPE "ReadDocumentState" AS ENUM ('FRESH', 'STALE', 'FAILED');

-- CreateTable
CREATE TABLE "ReadDocument" (
    "kind" VARCHAR(32) NOT NULL,
    "key" UUID NOT NULL,
    "document" JSON,
    "state" "ReadDocumentState" NOT NULL DEFAULT 'STALE',
    "dependsOn" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "generation" INTEGER NOT NULL DEFAULT 0,
    "builtAt" TIMESTAMPTZ(3),
    "staleSince" TIMESTAMPTZ(3) DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMPTZ(3),
    "failures" INTEGER NOT NULL DEFAULT 0,
    "failure" TEXT,

    CONSTRAINT "ReadDocument_pkey" PRIMARY KEY ("kind","key")
);

-- CreateTable
CREATE TABLE "PublicChange" (
    "id" BIGSERIAL NOT NULL,
    "xid" BIGINT NOT NULL,
    "keys" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReadDocument_dependsOn_idx" ON "ReadDocument" USING GIN ("dependsOn");

-- CreateIndex
CREATE INDEX "ReadDocument_state_staleSince_idx" ON "ReadDocument"("state", "staleSince");

-- CreateIndex
CREATE INDEX "PublicChange_keys_idx" ON "PublicChange" USING GIN ("keys");

-- CreateIndex
CREATE INDEX "PublicChange_createdAt_idx" ON "PublicChange"("createdAt");

-- Stories published before the read model existed: their pages are built by the rebuild job at start.
INSERT INTO "ReadDocument" (kind, key) SELECT 'Article', "articleId" FROM "ArticlePublication";
