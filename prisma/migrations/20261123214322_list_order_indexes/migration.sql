-- CreateIndex
CREATE INDEX "Agency_name_id_idx" ON "Agency"("name", "id");

-- CreateIndex
CREATE INDEX "MediaAsset_createdAt_id_idx" ON "MediaAsset"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Photographer_agencyId_name_id_idx" ON "Photographer"("agencyId", "name", "id");

-- CreateIndex
CREATE INDEX "Photographer_name_id_idx" ON "Photographer"("name", "id");

-- CreateIndex
CREATE INDEX "Quote_saidAt_id_idx" ON "Quote"("saidAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Quote_socialPostId_idx" ON "Quote"("socialPostId");
