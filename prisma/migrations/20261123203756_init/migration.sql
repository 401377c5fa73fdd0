-- Extensions for diacritic-insensitive name search (see the end of this file).
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "NocKind" AS ENUM ('NATIONAL', 'NEUTRAL', 'REFUGEE', 'HISTORICAL', 'MIXED');

-- CreateEnum
CREATE TYPE "OrgKind" AS ENUM ('GOVERNING_BODY', 'NOC', 'TEAM', 'CLUB', 'AGENCY', 'PUBLISHER', 'PLATFORM', 'OTHER');

-- CreateEnum
CREATE TYPE "NameOrder" AS ENUM ('GIVEN_FAMILY', 'FAMILY_GIVEN');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('FEMALE', 'MALE', 'OTHER');

-- CreateEnum
CREATE TYPE "TiePolicy" AS ENUM ('SHARED_RANK', 'BREAK_BY_FINER_PRECISION', 'BREAK_BY_RULE', 'NONE');

-- CreateEnum
CREATE TYPE "TimeRounding" AS ENUM ('TRUNCATE', 'HALF_UP');

-- CreateEnum
CREATE TYPE "RecordScope" AS ENUM ('WORLD', 'OLYMPIC', 'CONTINENTAL', 'NATIONAL', 'VENUE', 'PERSONAL', 'SEASON', 'JUNIOR');

-- CreateEnum
CREATE TYPE "CompetitionKind" AS ENUM ('OLYMPIC_GAMES', 'WORLD_CHAMPIONSHIPS', 'CONTINENTAL_CHAMPIONSHIPS', 'WORLD_CUP', 'LEAGUE_SEASON', 'CUP', 'FIGHT_CARD', 'OTHER');

-- CreateEnum
CREATE TYPE "EventGender" AS ENUM ('MEN', 'WOMEN', 'MIXED', 'OPEN');

-- CreateEnum
CREATE TYPE "EventStyle" AS ENUM ('RANKED', 'HEAD_TO_HEAD');

-- CreateEnum
CREATE TYPE "ResultType" AS ENUM ('TIME', 'POINTS', 'SCORE', 'MARK', 'RANK_ONLY');

-- CreateEnum
CREATE TYPE "PhaseKind" AS ENUM ('HEATS', 'QUALIFICATION', 'GROUP', 'ROUND_OF_16', 'QUARTERFINAL', 'SEMIFINAL', 'FINAL', 'FINAL_B', 'SHORT_PROGRAM', 'FREE_SKATE', 'OTHER');

-- CreateEnum
CREATE TYPE "UnitStatus" AS ENUM ('SCHEDULED', 'DELAYED', 'IN_PROGRESS', 'FINISHED', 'POSTPONED', 'SUSPENDED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ResultStatus" AS ENUM ('START_LIST', 'LIVE', 'INTERMEDIATE', 'UNCONFIRMED', 'UNOFFICIAL', 'OFFICIAL', 'PARTIAL', 'PROTESTED');

-- CreateEnum
CREATE TYPE "TimePrecision" AS ENUM ('SECONDS', 'TENTHS', 'HUNDREDTHS', 'THOUSANDTHS');

-- CreateEnum
CREATE TYPE "Irm" AS ENUM ('DNS', 'DNF', 'DSQ', 'DQB', 'WDR', 'ABD', 'RET', 'LAP', 'NM', 'EL', 'OTL');

-- CreateEnum
CREATE TYPE "Wlt" AS ENUM ('W', 'L', 'T');

-- CreateEnum
CREATE TYPE "Medal" AS ENUM ('GOLD', 'SILVER', 'BRONZE');

-- CreateEnum
CREATE TYPE "ResultDetailKind" AS ENUM ('SPLIT', 'PERIOD', 'ROUND', 'SEGMENT', 'COMPONENT', 'JUDGE_CARD', 'STAT');

-- CreateTable
CREATE TABLE "Noc" (
    "code" VARCHAR(3) NOT NULL,
    "name" TEXT NOT NULL,
    "isoAlpha2" CHAR(2),
    "isoAlpha3" CHAR(3),
    "kind" "NocKind" NOT NULL DEFAULT 'NATIONAL',

    CONSTRAINT "Noc_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" "OrgKind" NOT NULL,
    "nocCode" VARCHAR(3),
    "url" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "givenName" TEXT,
    "familyName" TEXT,
    "displayName" TEXT NOT NULL,
    "nameOrder" "NameOrder" NOT NULL DEFAULT 'GIVEN_FAMILY',
    "birthDate" DATE,
    "gender" "Gender",
    "nocCode" VARCHAR(3),
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AthleteProfile" (
    "personId" UUID NOT NULL,
    "disciplineCode" TEXT,
    "externalIds" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "AthleteProfile_pkey" PRIMARY KEY ("personId")
);

-- CreateTable
CREATE TABLE "Venue" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "countryIso2" CHAR(2) NOT NULL,
    "timezone" TEXT NOT NULL,

    CONSTRAINT "Venue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Discipline" (
    "code" VARCHAR(8) NOT NULL,
    "name" TEXT NOT NULL,
    "sportName" TEXT NOT NULL,
    "tiePolicy" "TiePolicy" NOT NULL,
    "timeDecimals" INTEGER NOT NULL DEFAULT 2,
    "timeRounding" "TimeRounding" NOT NULL DEFAULT 'TRUNCATE',

    CONSTRAINT "Discipline_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "RecordType" (
    "code" VARCHAR(8) NOT NULL,
    "name" TEXT NOT NULL,
    "scope" "RecordScope" NOT NULL,
    "groupCode" VARCHAR(8) NOT NULL,
    "equalled" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "RecordType_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Competition" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CompetitionKind" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "hostCountryIso2" CHAR(2),
    "parentId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Competition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL,
    "competitionId" UUID NOT NULL,
    "disciplineCode" VARCHAR(8) NOT NULL,
    "recurringKey" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "gender" "EventGender" NOT NULL,
    "style" "EventStyle" NOT NULL,
    "resultType" "ResultType" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Phase" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "kind" "PhaseKind" NOT NULL,
    "name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Phase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" UUID NOT NULL,
    "phaseId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "venueId" UUID,
    "scheduledAt" TIMESTAMPTZ(3),
    "status" "UnitStatus" NOT NULL DEFAULT 'SCHEDULED',
    "resultStatus" "ResultStatus" NOT NULL DEFAULT 'START_LIST',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Competitor" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "personId" UUID,
    "teamId" UUID,
    "nocCode" VARCHAR(3),
    "bib" TEXT,

    CONSTRAINT "Competitor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Result" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "competitorId" UUID NOT NULL,
    "displayOrder" INTEGER NOT NULL,
    "startOrder" INTEGER,
    "startGroup" INTEGER,
    "lane" VARCHAR(8),
    "rank" INTEGER,
    "rankEqual" BOOLEAN NOT NULL DEFAULT false,
    "irm" "Irm",
    "timeMs" INTEGER,
    "timePrecision" "TimePrecision",
    "points" DECIMAL(10,3),
    "score" INTEGER,
    "markMm" INTEGER,
    "wlt" "Wlt",
    "resultCode" VARCHAR(16),
    "qualificationMark" VARCHAR(4),
    "medal" "Medal",

    CONSTRAINT "Result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResultDetail" (
    "id" UUID NOT NULL,
    "resultId" UUID NOT NULL,
    "kind" "ResultDetailKind" NOT NULL,
    "seq" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "timeMs" INTEGER,
    "value" DECIMAL(10,3),
    "judge" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ResultDetail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResultRecordMark" (
    "resultId" UUID NOT NULL,
    "recordTypeCode" VARCHAR(8) NOT NULL,

    CONSTRAINT "ResultRecordMark_pkey" PRIMARY KEY ("resultId","recordTypeCode")
);

-- CreateTable
CREATE TABLE "EventStanding" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "competitorId" UUID NOT NULL,
    "rank" INTEGER,
    "rankEqual" BOOLEAN NOT NULL DEFAULT false,
    "irm" "Irm",
    "medal" "Medal",

    CONSTRAINT "EventStanding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Record" (
    "id" UUID NOT NULL,
    "recordTypeCode" VARCHAR(8) NOT NULL,
    "disciplineCode" VARCHAR(8) NOT NULL,
    "recurringKey" TEXT NOT NULL,
    "holderPersonId" UUID,
    "holderTeamId" UUID,
    "nocCode" VARCHAR(3),
    "venueId" UUID,
    "valueMs" INTEGER,
    "valueNum" DECIMAL(10,3),
    "setOn" DATE,
    "supersededOn" DATE,
    "setByResultId" UUID,

    CONSTRAINT "Record_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE INDEX "Organisation_kind_name_idx" ON "Organisation"("kind", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");

-- CreateIndex
CREATE INDEX "Person_nocCode_idx" ON "Person"("nocCode");

-- CreateIndex
CREATE INDEX "Person_displayName_id_idx" ON "Person"("displayName", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Venue_slug_key" ON "Venue"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Competition_slug_key" ON "Competition"("slug");

-- CreateIndex
CREATE INDEX "Competition_startDate_id_idx" ON "Competition"("startDate", "id");

-- CreateIndex
CREATE INDEX "Competition_kind_startDate_idx" ON "Competition"("kind", "startDate");

-- CreateIndex
CREATE INDEX "Competition_parentId_idx" ON "Competition"("parentId");

-- CreateIndex
CREATE INDEX "Event_recurringKey_idx" ON "Event"("recurringKey");

-- CreateIndex
CREATE INDEX "Event_disciplineCode_idx" ON "Event"("disciplineCode");

-- CreateIndex
CREATE UNIQUE INDEX "Event_competitionId_recurringKey_key" ON "Event"("competitionId", "recurringKey");

-- CreateIndex
CREATE UNIQUE INDEX "Phase_eventId_order_key" ON "Phase"("eventId", "order");

-- CreateIndex
CREATE INDEX "Unit_venueId_idx" ON "Unit"("venueId");

-- CreateIndex
CREATE INDEX "Unit_scheduledAt_idx" ON "Unit"("scheduledAt");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_phaseId_order_key" ON "Unit"("phaseId", "order");

-- CreateIndex
CREATE INDEX "Competitor_personId_idx" ON "Competitor"("personId");

-- CreateIndex
CREATE INDEX "Competitor_teamId_idx" ON "Competitor"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "Competitor_eventId_personId_key" ON "Competitor"("eventId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Competitor_eventId_teamId_key" ON "Competitor"("eventId", "teamId");

-- CreateIndex
CREATE INDEX "Result_competitorId_idx" ON "Result"("competitorId");

-- CreateIndex
CREATE UNIQUE INDEX "Result_unitId_competitorId_key" ON "Result"("unitId", "competitorId");

-- CreateIndex
CREATE UNIQUE INDEX "Result_unitId_displayOrder_key" ON "Result"("unitId", "displayOrder");

-- CreateIndex
CREATE UNIQUE INDEX "Result_unitId_startGroup_lane_key" ON "Result"("unitId", "startGroup", "lane");

-- CreateIndex
CREATE UNIQUE INDEX "ResultDetail_resultId_kind_seq_judge_key" ON "ResultDetail"("resultId", "kind", "seq", "judge");

-- CreateIndex
CREATE INDEX "EventStanding_competitorId_idx" ON "EventStanding"("competitorId");

-- CreateIndex
CREATE INDEX "EventStanding_medal_idx" ON "EventStanding"("medal");

-- CreateIndex
CREATE UNIQUE INDEX "EventStanding_eventId_competitorId_key" ON "EventStanding"("eventId", "competitorId");

-- CreateIndex
CREATE INDEX "Record_recurringKey_recordTypeCode_setOn_idx" ON "Record"("recurringKey", "recordTypeCode", "setOn");

-- CreateIndex
CREATE INDEX "Record_holderPersonId_idx" ON "Record"("holderPersonId");

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_nocCode_fkey" FOREIGN KEY ("nocCode") REFERENCES "Noc"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AthleteProfile" ADD CONSTRAINT "AthleteProfile_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AthleteProfile" ADD CONSTRAINT "AthleteProfile_disciplineCode_fkey" FOREIGN KEY ("disciplineCode") REFERENCES "Discipline"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Competition" ADD CONSTRAINT "Competition_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Competition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_disciplineCode_fkey" FOREIGN KEY ("disciplineCode") REFERENCES "Discipline"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phase" ADD CONSTRAINT "Phase_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Competitor" ADD CONSTRAINT "Competitor_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Competitor" ADD CONSTRAINT "Competitor_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Competitor" ADD CONSTRAINT "Competitor_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Competitor" ADD CONSTRAINT "Competitor_nocCode_fkey" FOREIGN KEY ("nocCode") REFERENCES "Noc"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_competitorId_fkey" FOREIGN KEY ("competitorId") REFERENCES "Competitor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultDetail" ADD CONSTRAINT "ResultDetail_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultRecordMark" ADD CONSTRAINT "ResultRecordMark_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultRecordMark" ADD CONSTRAINT "ResultRecordMark_recordTypeCode_fkey" FOREIGN KEY ("recordTypeCode") REFERENCES "RecordType"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventStanding" ADD CONSTRAINT "EventStanding_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventStanding" ADD CONSTRAINT "EventStanding_competitorId_fkey" FOREIGN KEY ("competitorId") REFERENCES "Competitor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Record" ADD CONSTRAINT "Record_recordTypeCode_fkey" FOREIGN KEY ("recordTypeCode") REFERENCES "RecordType"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Record" ADD CONSTRAINT "Record_disciplineCode_fkey" FOREIGN KEY ("disciplineCode") REFERENCES "Discipline"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Record" ADD CONSTRAINT "Record_holderPersonId_fkey" FOREIGN KEY ("holderPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Record" ADD CONSTRAINT "Record_holderTeamId_fkey" FOREIGN KEY ("holderTeamId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Record" ADD CONSTRAINT "Record_nocCode_fkey" FOREIGN KEY ("nocCode") REFERENCES "Noc"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Record" ADD CONSTRAINT "Record_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Record" ADD CONSTRAINT "Record_setByResultId_fkey" FOREIGN KEY ("setByResultId") REFERENCES "Result"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Hand-written below: what Prisma's schema language cannot express. Prisma's
-- diff does not see CHECK constraints, functions or these indexes, so the drift
-- check stays empty; keep any change to them in a migration like this one.
-- ---------------------------------------------------------------------------

-- unaccent() is only STABLE (its dictionary is looked up at run time), so an index
-- needs an IMMUTABLE wrapper that names the dictionary. unaccent maps Ø/ø to O/o.
-- Search with: podium_unaccent(lower("displayName")) LIKE '%' || podium_unaccent(lower($1)) || '%'
CREATE FUNCTION podium_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

CREATE INDEX "Person_displayName_search_idx" ON "Person" USING GIN (podium_unaccent(lower("displayName")) public.gin_trgm_ops);

-- A rank is unique within a unit unless it is marked as shared.
CREATE UNIQUE INDEX "Result_unitId_rank_unshared_key" ON "Result"("unitId", "rank") WHERE "rank" IS NOT NULL AND NOT "rankEqual";

-- Identifiers
ALTER TABLE "Noc" ADD CONSTRAINT "Noc_code_check" CHECK ("code" ~ '^[A-Z]{3}$');
ALTER TABLE "Person" ADD CONSTRAINT "Person_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Competition" ADD CONSTRAINT "Competition_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Venue" ADD CONSTRAINT "Venue_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

-- Sports structure
ALTER TABLE "Discipline" ADD CONSTRAINT "Discipline_timeDecimals_check" CHECK ("timeDecimals" BETWEEN 0 AND 3);
ALTER TABLE "Competition" ADD CONSTRAINT "Competition_dates_check" CHECK ("endDate" >= "startDate");
ALTER TABLE "Phase" ADD CONSTRAINT "Phase_order_check" CHECK ("order" >= 1);
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_order_check" CHECK ("order" >= 1);
ALTER TABLE "Competitor" ADD CONSTRAINT "Competitor_entrant_check" CHECK (num_nonnulls("personId", "teamId") = 1);

-- Results: an IRM row has no rank; a shared rank needs a rank.
ALTER TABLE "Result"
    ADD CONSTRAINT "Result_timeMs_check" CHECK ("timeMs" > 0),
    ADD CONSTRAINT "Result_rank_check" CHECK ("rank" >= 1),
    ADD CONSTRAINT "Result_displayOrder_check" CHECK ("displayOrder" >= 1),
    ADD CONSTRAINT "Result_startGroup_check" CHECK ("startGroup" >= 1),
    ADD CONSTRAINT "Result_score_check" CHECK ("score" >= 0),
    ADD CONSTRAINT "Result_markMm_check" CHECK ("markMm" > 0),
    ADD CONSTRAINT "Result_irm_rank_check" CHECK ("irm" IS NULL OR "rank" IS NULL),
    ADD CONSTRAINT "Result_rankEqual_check" CHECK (NOT "rankEqual" OR "rank" IS NOT NULL);
ALTER TABLE "ResultDetail" ADD CONSTRAINT "ResultDetail_timeMs_check" CHECK ("timeMs" > 0);
ALTER TABLE "EventStanding"
    ADD CONSTRAINT "EventStanding_rank_check" CHECK ("rank" >= 1),
    ADD CONSTRAINT "EventStanding_irm_rank_check" CHECK ("irm" IS NULL OR "rank" IS NULL);

-- Records: at most one holder (a person or a team; unknown is allowed).
ALTER TABLE "Record"
    ADD CONSTRAINT "Record_valueMs_check" CHECK ("valueMs" > 0),
    ADD CONSTRAINT "Record_holder_check" CHECK (num_nonnulls("holderPersonId", "holderTeamId") <= 1),
    ADD CONSTRAINT "Record_period_check" CHECK ("supersededOn" >= "setOn");
