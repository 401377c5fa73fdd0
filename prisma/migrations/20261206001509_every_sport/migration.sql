-- CreateEnum
CREATE TYPE "Decision" AS ENUM ('REGULATION', 'EXTRA_TIME', 'PENALTIES', 'OVERTIME', 'SHOOTOUT', 'RETIREMENT', 'WALKOVER', 'ABANDONED', 'GOLDEN_POINT', 'JUDGES_DECISION');

-- CreateEnum
CREATE TYPE "Designation" AS ENUM ('HOME', 'AWAY', 'NEUTRAL');

-- CreateEnum
CREATE TYPE "PeriodKind" AS ENUM ('HALF', 'QUARTER', 'PERIOD', 'SET', 'END', 'INNING', 'EXTRA_TIME', 'OVERTIME', 'SHOOTOUT');

-- CreateEnum
CREATE TYPE "LineupRole" AS ENUM ('STARTER', 'SUBSTITUTE', 'HEAD_COACH', 'ASSISTANT_COACH', 'STAFF');

-- CreateEnum
CREATE TYPE "OfficialRole" AS ENUM ('REFEREE', 'ASSISTANT_REFEREE', 'FOURTH_OFFICIAL', 'VIDEO_ASSISTANT_REFEREE', 'UMPIRE', 'JUDGE', 'TIMEKEEPER', 'TECHNICAL_DELEGATE', 'OTHER');

-- CreateEnum
CREATE TYPE "IncidentKind" AS ENUM ('GOAL', 'PENALTY_GOAL', 'OWN_GOAL', 'PENALTY_MISSED', 'PENALTY_SAVED', 'YELLOW_CARD', 'SECOND_YELLOW_CARD', 'RED_CARD', 'SUBSTITUTION', 'TRY', 'PENALTY_TRY', 'CONVERSION', 'PENALTY_KICK_GOAL', 'DROP_GOAL', 'SHOOTOUT_KICK');

-- CreateEnum
CREATE TYPE "ShootoutOutcome" AS ENUM ('SCORED', 'SAVED', 'MISSED');

-- CreateEnum
CREATE TYPE "AwardKind" AS ENUM ('BEST_PLAYER', 'TOP_SCORER', 'BEST_YOUNG_PLAYER', 'BEST_GOALKEEPER', 'TEAM_OF_THE_TOURNAMENT', 'FAIR_PLAY', 'OTHER');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "PhaseKind" ADD VALUE 'LEAGUE';
ALTER TYPE "PhaseKind" ADD VALUE 'PLAYOFF';
ALTER TYPE "PhaseKind" ADD VALUE 'ROUND_OF_32';
ALTER TYPE "PhaseKind" ADD VALUE 'THIRD_PLACE';

-- AlterTable
ALTER TABLE "Competitor" ADD COLUMN     "associationCode" VARCHAR(8),
ADD COLUMN     "clubId" UUID;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "countryIso2" CHAR(2);

-- AlterTable
ALTER TABLE "Result" ADD COLUMN     "designation" "Designation";

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "attendance" INTEGER,
ADD COLUMN     "decision" "Decision",
ADD COLUMN     "feedsUnitId" UUID,
ADD COLUMN     "leg" INTEGER,
ADD COLUMN     "matchday" INTEGER,
ADD COLUMN     "sourceKey" TEXT;

-- CreateTable
CREATE TABLE "MemberAssociation" (
    "code" VARCHAR(8) NOT NULL,
    "name" TEXT NOT NULL,
    "countryIso2" CHAR(2),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MemberAssociation_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "ResultPeriod" (
    "resultId" UUID NOT NULL,
    "kind" "PeriodKind" NOT NULL,
    "number" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "tieBreak" INTEGER,

    CONSTRAINT "ResultPeriod_pkey" PRIMARY KEY ("resultId","kind","number")
);

-- CreateTable
CREATE TABLE "LineupEntry" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "competitorId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "role" "LineupRole" NOT NULL,
    "seq" INTEGER NOT NULL,
    "shirtNumber" INTEGER,
    "position" VARCHAR(16),
    "captain" BOOLEAN NOT NULL DEFAULT false,
    "minutesPlayed" INTEGER,

    CONSTRAINT "LineupEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitOfficial" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "role" "OfficialRole" NOT NULL,
    "seq" INTEGER NOT NULL,
    "nocCode" VARCHAR(3),
    "associationCode" VARCHAR(8),

    CONSTRAINT "UnitOfficial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" "IncidentKind" NOT NULL,
    "competitorId" UUID,
    "personId" UUID,
    "relatedPersonId" UUID,
    "periodKind" "PeriodKind",
    "periodNumber" INTEGER,
    "minute" INTEGER,
    "addedMinute" INTEGER,
    "shootoutOrder" INTEGER,
    "outcome" "ShootoutOutcome",

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointDeduction" (
    "id" UUID NOT NULL,
    "phaseId" UUID NOT NULL,
    "competitorId" UUID NOT NULL,
    "points" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "decidedOn" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PointDeduction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredStanding" (
    "phaseId" UUID NOT NULL,
    "competitorId" UUID NOT NULL,
    "rank" INTEGER NOT NULL,
    "played" INTEGER,
    "won" INTEGER,
    "drawn" INTEGER,
    "lost" INTEGER,
    "scoredFor" INTEGER,
    "scoredAgainst" INTEGER,
    "points" DECIMAL(10,3),
    "note" TEXT,

    CONSTRAINT "StoredStanding_pkey" PRIMARY KEY ("phaseId","competitorId")
);

-- CreateTable
CREATE TABLE "Award" (
    "id" UUID NOT NULL,
    "competitionId" UUID NOT NULL,
    "eventId" UUID,
    "kind" "AwardKind" NOT NULL,
    "name" TEXT NOT NULL,
    "personId" UUID,
    "teamId" UUID,
    "statistic" TEXT,
    "statisticValue" DECIMAL(10,3),
    "seq" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Award_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LineupEntry_personId_idx" ON "LineupEntry"("personId");

-- CreateIndex
CREATE INDEX "LineupEntry_competitorId_idx" ON "LineupEntry"("competitorId");

-- CreateIndex
CREATE UNIQUE INDEX "LineupEntry_unitId_personId_key" ON "LineupEntry"("unitId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "LineupEntry_unitId_competitorId_seq_key" ON "LineupEntry"("unitId", "competitorId", "seq");

-- CreateIndex
CREATE INDEX "UnitOfficial_personId_idx" ON "UnitOfficial"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitOfficial_unitId_seq_key" ON "UnitOfficial"("unitId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "UnitOfficial_unitId_personId_role_key" ON "UnitOfficial"("unitId", "personId", "role");

-- CreateIndex
CREATE INDEX "Incident_personId_idx" ON "Incident"("personId");

-- CreateIndex
CREATE INDEX "Incident_relatedPersonId_idx" ON "Incident"("relatedPersonId");

-- CreateIndex
CREATE INDEX "Incident_competitorId_idx" ON "Incident"("competitorId");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_unitId_seq_key" ON "Incident"("unitId", "seq");

-- CreateIndex
CREATE INDEX "PointDeduction_phaseId_decidedOn_idx" ON "PointDeduction"("phaseId", "decidedOn");

-- CreateIndex
CREATE INDEX "PointDeduction_competitorId_idx" ON "PointDeduction"("competitorId");

-- CreateIndex
CREATE INDEX "Award_competitionId_kind_idx" ON "Award"("competitionId", "kind");

-- CreateIndex
CREATE INDEX "Award_personId_idx" ON "Award"("personId");

-- CreateIndex
CREATE INDEX "Award_teamId_idx" ON "Award"("teamId");

-- CreateIndex
CREATE INDEX "Competitor_associationCode_idx" ON "Competitor"("associationCode");

-- CreateIndex
CREATE INDEX "Competitor_clubId_idx" ON "Competitor"("clubId");

-- CreateIndex
CREATE INDEX "Unit_feedsUnitId_idx" ON "Unit"("feedsUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_phaseId_sourceKey_key" ON "Unit"("phaseId", "sourceKey");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_feedsUnitId_fkey" FOREIGN KEY ("feedsUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Competitor" ADD CONSTRAINT "Competitor_associationCode_fkey" FOREIGN KEY ("associationCode") REFERENCES "MemberAssociation"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Competitor" ADD CONSTRAINT "Competitor_clubId_fkey" FOREIGN KEY ("clubId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultPeriod" ADD CONSTRAINT "ResultPeriod_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LineupEntry" ADD CONSTRAINT "LineupEntry_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LineupEntry" ADD CONSTRAINT "LineupEntry_competitorId_fkey" FOREIGN KEY ("competitorId") REFERENCES "Competitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LineupEntry" ADD CONSTRAINT "LineupEntry_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitOfficial" ADD CONSTRAINT "UnitOfficial_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitOfficial" ADD CONSTRAINT "UnitOfficial_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitOfficial" ADD CONSTRAINT "UnitOfficial_nocCode_fkey" FOREIGN KEY ("nocCode") REFERENCES "Noc"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitOfficial" ADD CONSTRAINT "UnitOfficial_associationCode_fkey" FOREIGN KEY ("associationCode") REFERENCES "MemberAssociation"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_competitorId_fkey" FOREIGN KEY ("competitorId") REFERENCES "Competitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_relatedPersonId_fkey" FOREIGN KEY ("relatedPersonId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointDeduction" ADD CONSTRAINT "PointDeduction_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointDeduction" ADD CONSTRAINT "PointDeduction_competitorId_fkey" FOREIGN KEY ("competitorId") REFERENCES "Competitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredStanding" ADD CONSTRAINT "StoredStanding_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredStanding" ADD CONSTRAINT "StoredStanding_competitorId_fkey" FOREIGN KEY ("competitorId") REFERENCES "Competitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- What Prisma cannot express: a competitor represents one body at most, and counts stay in range.
ALTER TABLE "Competitor" ADD CONSTRAINT "Competitor_representation_check" CHECK (num_nonnulls("nocCode", "associationCode", "clubId") <= 1);
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_match_facts_check" CHECK (
  ("attendance" IS NULL OR "attendance" >= 0) AND ("leg" IS NULL OR "leg" BETWEEN 1 AND 2)
  AND ("matchday" IS NULL OR "matchday" >= 1) AND ("feedsUnitId" IS NULL OR "feedsUnitId" <> "id"));
ALTER TABLE "ResultPeriod" ADD CONSTRAINT "ResultPeriod_values_check" CHECK (
  "number" >= 1 AND "score" >= 0 AND ("tieBreak" IS NULL OR "tieBreak" >= 0));
ALTER TABLE "LineupEntry" ADD CONSTRAINT "LineupEntry_values_check" CHECK (
  "seq" >= 1 AND ("shirtNumber" IS NULL OR "shirtNumber" BETWEEN 0 AND 999)
  AND ("minutesPlayed" IS NULL OR "minutesPlayed" BETWEEN 0 AND 1000));
ALTER TABLE "UnitOfficial" ADD CONSTRAINT "UnitOfficial_nationality_check" CHECK (
  "seq" >= 1 AND num_nonnulls("nocCode", "associationCode") <= 1);
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_values_check" CHECK (
  "seq" >= 1 AND ("minute" IS NULL OR "minute" BETWEEN 0 AND 1000) AND ("addedMinute" IS NULL OR "addedMinute" BETWEEN 1 AND 60)
  AND ("periodNumber" IS NULL OR "periodNumber" >= 1) AND ("shootoutOrder" IS NULL OR "shootoutOrder" >= 1)
  AND (("kind" = 'SHOOTOUT_KICK') = ("outcome" IS NOT NULL)));
ALTER TABLE "PointDeduction" ADD CONSTRAINT "PointDeduction_points_check" CHECK ("points" <> 0 AND length("reason") BETWEEN 1 AND 500);
ALTER TABLE "StoredStanding" ADD CONSTRAINT "StoredStanding_rank_check" CHECK ("rank" >= 1);
ALTER TABLE "Award" ADD CONSTRAINT "Award_winner_check" CHECK (num_nonnulls("personId", "teamId") >= 1 AND "seq" >= 1);
-- The home nations play football and rugby as themselves; others are added by admins.
INSERT INTO "MemberAssociation" ("code", "name") VALUES
  ('ENG', 'England'), ('SCO', 'Scotland'), ('WAL', 'Wales'), ('NIR', 'Northern Ireland')
ON CONFLICT DO NOTHING;
