-- AlterTable
ALTER TABLE "Competitor" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Venue" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE INDEX "Venue_name_id_idx" ON "Venue"("name", "id");

-- CreateIndex
CREATE INDEX "Venue_countryIso2_name_id_idx" ON "Venue"("countryIso2", "name", "id");
