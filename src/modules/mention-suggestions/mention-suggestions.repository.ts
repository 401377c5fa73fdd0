import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { DictionaryRows } from './dictionary/name-dictionary.js';

/** What the dictionary needs of a person; nothing else of 100,000 rows is read. */
const PERSON_NAMES = {
  id: true,
  displayName: true,
  givenName: true,
  familyName: true,
  nameOrder: true,
  aliases: true,
} satisfies Prisma.PersonSelect;

/** One entity a story touches: `tie` 0 linked or placed, 1 in its events and units, 2 a team of its people (or their people). */
export interface ContextRow {
  articleId: string;
  /** PERSON, ORGANISATION, VENUE, COMPETITION, EVENT, or AUTHOR for the byline. */
  type: string;
  id: string;
  tie: number;
  /** An event's name: events are looked for only in the stories tied to them. */
  name: string | null;
}

/** Tied entities read per story at most: a Games has thousands of competitors, a club's history more. */
const MAX_CONTEXT_ROWS = 20_000;

@Injectable()
export class MentionSuggestionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Moves on whenever a person, organisation, venue or competition is added, changed or
   * removed: counts, the latest change time (venues have none: their highest id and the sum of
   * their versions), in one statement.
   */
  async generation(): Promise<string> {
    const [row] = await this.prisma.$queryRaw<{ generation: string }[]>`
      SELECT concat_ws('|',
        (SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '') FROM "Person"),
        (SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '') FROM "Organisation"),
        (SELECT count(*) || '/' || coalesce(max(id::text), '') || '/' || coalesce(sum(version), 0) FROM "Venue"),
        (SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '') FROM "Competition")) AS generation`;
    return row.generation;
  }

  async dictionaryRows(): Promise<DictionaryRows> {
    const [people, organisations, venues, competitions] = await Promise.all([
      this.prisma.person.findMany({ select: PERSON_NAMES }),
      this.prisma.organisation.findMany({ select: { id: true, name: true, shortName: true, aliases: true } }),
      this.prisma.venue.findMany({ select: { id: true, name: true, city: true } }),
      this.prisma.competition.findMany({ select: { id: true, name: true } }),
    ]);
    return { people, organisations, venues, competitions };
  }

  /** The paragraphs of the stories' working copies, in body order. */
  paragraphs(articleIds: readonly string[]) {
    return this.prisma.articleBlock.findMany({
      where: { articleId: { in: [...articleIds] }, type: 'PARAGRAPH' },
      select: { articleId: true, position: true, data: true },
      orderBy: [{ articleId: 'asc' }, { position: 'asc' }],
    });
  }

  /** A working copy's version and every block, to save it again with mentions added. */
  async story(articleId: string) {
    const article = await this.prisma.article.findUnique({
      where: { id: articleId },
      select: { version: true, blocks: { select: { position: true, type: true, data: true }, orderBy: { position: 'asc' } } },
    });
    return article;
  }

  /**
   * Everything the stories touch, in one statement: what they link, mention or place (and the
   * speakers of their quotes, the authors of their posts, the people in their photos); the
   * events they link or whose units and phases they embed, with those events' competitors,
   * line-ups, venues and competitions; the events of linked competitions; the teams of their
   * people and the people of their teams; and their bylines.
   */
  contexts(articleIds: readonly string[]): Promise<ContextRow[]> {
    const ids = [...articleIds];
    return this.prisma.$queryRaw<ContextRow[]>`
      WITH refs AS (
        SELECT "articleId", "targetType"::text AS type, "targetId" AS id FROM "ArticleReference" WHERE "articleId" = ANY(${ids}::uuid[])
      ), units AS (
        SELECT "articleId", id FROM refs WHERE type = 'UNIT'
        UNION SELECT r."articleId", u.id FROM refs r JOIN "Unit" u ON u."phaseId" = r.id WHERE r.type = 'PHASE'
      ), events AS (
        SELECT "articleId", id, 0 AS tie FROM refs WHERE type = 'EVENT'
        UNION SELECT u."articleId", p."eventId", 0 FROM units u JOIN "Unit" x ON x.id = u.id JOIN "Phase" p ON p.id = x."phaseId"
        UNION SELECT r."articleId", p."eventId", 0 FROM refs r JOIN "Phase" p ON p.id = r.id WHERE r.type = 'PHASE'
        UNION SELECT r."articleId", e.id, 1 FROM refs r JOIN "Event" e ON e."competitionId" = r.id WHERE r.type = 'COMPETITION'
      ), tied AS (
        SELECT "articleId", type, id, 0 AS tie FROM refs WHERE type IN ('PERSON', 'ORGANISATION', 'VENUE', 'COMPETITION')
        UNION ALL SELECT r."articleId", 'PERSON', q."speakerPersonId", 0 FROM refs r JOIN "Quote" q ON q.id = r.id
          WHERE r.type = 'QUOTE' AND q."speakerPersonId" IS NOT NULL
        UNION ALL SELECT r."articleId", 'ORGANISATION', q."speakerOrganisationId", 0 FROM refs r JOIN "Quote" q ON q.id = r.id
          WHERE r.type = 'QUOTE' AND q."speakerOrganisationId" IS NOT NULL
        UNION ALL SELECT r."articleId", 'PERSON', s."authorPersonId", 0 FROM refs r JOIN "SocialPost" s ON s.id = r.id
          WHERE r.type = 'SOCIAL_POST' AND s."authorPersonId" IS NOT NULL
        UNION ALL SELECT r."articleId", 'PERSON', m."personId", 0 FROM refs r JOIN "MediaPersonShown" m ON m."assetId" = r.id
          WHERE r.type = 'MEDIA_ASSET'
        UNION ALL SELECT ev."articleId", 'PERSON', c."personId", 1 FROM events ev JOIN "Competitor" c ON c."eventId" = ev.id
          WHERE c."personId" IS NOT NULL
        UNION ALL SELECT ev."articleId", 'ORGANISATION', c."teamId", 1 FROM events ev JOIN "Competitor" c ON c."eventId" = ev.id
          WHERE c."teamId" IS NOT NULL
        UNION ALL SELECT ev."articleId", 'ORGANISATION', c."clubId", 1 FROM events ev JOIN "Competitor" c ON c."eventId" = ev.id
          WHERE c."clubId" IS NOT NULL
        UNION ALL SELECT ev."articleId", 'COMPETITION', e."competitionId", 1 FROM events ev JOIN "Event" e ON e.id = ev.id
        UNION ALL SELECT u."articleId", 'PERSON', l."personId", 1 FROM units u JOIN "LineupEntry" l ON l."unitId" = u.id
        UNION ALL SELECT u."articleId", 'VENUE', x."venueId", 1 FROM units u JOIN "Unit" x ON x.id = u.id WHERE x."venueId" IS NOT NULL
        UNION ALL SELECT r."articleId", 'ORGANISATION', c."clubId", 2 FROM refs r JOIN "Competitor" c ON c."personId" = r.id
          WHERE r.type = 'PERSON' AND c."clubId" IS NOT NULL
        UNION ALL SELECT r."articleId", 'ORGANISATION', c."teamId", 2 FROM refs r JOIN "LineupEntry" l ON l."personId" = r.id
          JOIN "Competitor" c ON c.id = l."competitorId" WHERE r.type = 'PERSON' AND c."teamId" IS NOT NULL
        UNION ALL SELECT r."articleId", 'PERSON', c."personId", 2 FROM refs r JOIN "Competitor" c ON c."clubId" = r.id
          WHERE r.type = 'ORGANISATION' AND c."personId" IS NOT NULL
        UNION ALL SELECT r."articleId", 'PERSON', l."personId", 2 FROM refs r JOIN "Competitor" c ON c."teamId" = r.id
          JOIN "LineupEntry" l ON l."competitorId" = c.id WHERE r.type = 'ORGANISATION'
        UNION ALL SELECT "articleId", 'AUTHOR', "personId", 0 FROM "ArticleAuthor" WHERE "articleId" = ANY(${ids}::uuid[])
      )
      SELECT * FROM (
        SELECT t."articleId"::text AS "articleId", t.type, t.id::text AS id, min(t.tie)::int AS tie, NULL::text AS name
        FROM tied t GROUP BY t."articleId", t.type, t.id
        UNION ALL
        SELECT ev."articleId"::text, 'EVENT', ev.id::text, min(ev.tie)::int, min(e.name)
        FROM events ev JOIN "Event" e ON e.id = ev.id GROUP BY ev."articleId", ev.id
      ) touched
      -- The closest ties are kept when a story touches more than the limit.
      ORDER BY tie
      LIMIT ${MAX_CONTEXT_ROWS * ids.length}`;
  }
}
