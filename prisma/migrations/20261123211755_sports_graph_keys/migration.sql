-- DropForeignKey
ALTER TABLE "AthleteProfile" DROP CONSTRAINT "AthleteProfile_disciplineCode_fkey";

-- DropForeignKey
ALTER TABLE "Competitor" DROP CONSTRAINT "Competitor_personId_fkey";

-- DropForeignKey
ALTER TABLE "Competitor" DROP CONSTRAINT "Competitor_teamId_fkey";

-- AlterTable
ALTER TABLE "AthleteProfile" ALTER COLUMN "disciplineCode" SET DATA TYPE VARCHAR(8);

-- CreateIndex
CREATE INDEX "Competitor_nocCode_idx" ON "Competitor"("nocCode");

-- CreateIndex
CREATE INDEX "Organisation_nocCode_idx" ON "Organisation"("nocCode");

-- CreateIndex
CREATE INDEX "Record_holderTeamId_idx" ON "Record"("holderTeamId");

-- CreateIndex
CREATE INDEX "Record_venueId_idx" ON "Record"("venueId");

-- CreateIndex
CREATE INDEX "Record_setByResultId_idx" ON "Record"("setByResultId");

-- CreateIndex
CREATE INDEX "Record_disciplineCode_idx" ON "Record"("disciplineCode");

-- CreateIndex
CREATE INDEX "ResultRecordMark_recordTypeCode_idx" ON "ResultRecordMark"("recordTypeCode");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_nocCode_fkey" FOREIGN KEY ("nocCode") REFERENCES "Noc"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AthleteProfile" ADD CONSTRAINT "AthleteProfile_disciplineCode_fkey" FOREIGN KEY ("disciplineCode") REFERENCES "Discipline"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Competitor" ADD CONSTRAINT "Competitor_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Competitor" ADD CONSTRAINT "Competitor_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
