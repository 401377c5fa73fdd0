-- CreateTable
CREATE TABLE "IdempotentRequest" (
    "key" VARCHAR(128) NOT NULL,
    "requestHash" CHAR(64) NOT NULL,
    "status" VARCHAR(8) NOT NULL,
    "response" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotentRequest_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "IdempotentRequest_createdAt_idx" ON "IdempotentRequest"("createdAt");

-- What Prisma cannot express.
ALTER TABLE "IdempotentRequest" ADD CONSTRAINT "IdempotentRequest_status_check" CHECK ("status" IN ('PENDING', 'DONE'));
