import { Prisma } from '../../../generated/prisma/client.js';
import type { Article } from '../../../generated/prisma/client.js';
import { PUBLIC_STORY_REFERENCES, publicStoryColumns } from '../../../auth/story-visibility.js';
import { ArticleRelation } from '../dto/articles-filter.input.js';

/** A story as lists return it: every column the Article type reads, not the body text. */
export type ArticleRow = Omit<Article, 'bodyText'>;

/** The columns of a public story from its publication `a`; the tsvector is left out (Prisma cannot read it). */
export const ARTICLE_COLUMNS = publicStoryColumns('a');

/**
 * Each relation is a set of ("ownerId", "articleId") pairs, read from the person's side:
 * the person's quotes, photos, competitor rows or line-up entries first (each has an index on the person),
 * then the published reference index on (targetType, targetId): public lists follow what
 * readers see, not the working copies. `people` is anything that fits in
 * `IN (...)`: a list of ids or a sub-select by slug.
 */
const ARMS: Record<Exclude<ArticleRelation, 'ANY'>, (people: Prisma.Sql) => Prisma.Sql[]> = {
  ABOUT: (people) => [directReferences(people, Prisma.sql`r.kind = 'ABOUT'`)],
  MENTIONED: (people) => [directReferences(people, Prisma.sql`r.kind = 'MENTION'`)],
  QUOTED: (people) => [
    Prisma.sql`SELECT q."speakerPersonId" AS "ownerId", r."articleId" FROM "Quote" q
      JOIN ${PUBLIC_STORY_REFERENCES} r ON r."targetType" = 'QUOTE' AND r."targetId" = q.id AND r.kind = 'QUOTE_BLOCK'
      WHERE q."speakerPersonId" IN (${people})`,
  ],
  PICTURED: (people) => [
    Prisma.sql`SELECT s."personId" AS "ownerId", r."articleId" FROM "MediaPersonShown" s
      JOIN ${PUBLIC_STORY_REFERENCES} r ON r."targetType" = 'MEDIA_ASSET' AND r."targetId" = s."assetId" AND r.kind = 'IMAGE_BLOCK'
      WHERE s."personId" IN (${people})`,
  ],
  // From the live result rows and standings, so a corrected result moves the story with it.
  IN_RESULTS: (people) => [
    Prisma.sql`SELECT c."personId" AS "ownerId", r."articleId" FROM "Competitor" c
      JOIN "Result" x ON x."competitorId" = c.id
      JOIN ${PUBLIC_STORY_REFERENCES} r ON r."targetType" = 'UNIT' AND r."targetId" = x."unitId" AND r.kind = 'RESULTS_BLOCK'
      WHERE c."personId" IN (${people})`,
    Prisma.sql`SELECT c."personId" AS "ownerId", r."articleId" FROM "Competitor" c
      JOIN "EventStanding" x ON x."competitorId" = c.id
      JOIN ${PUBLIC_STORY_REFERENCES} r ON r."targetType" = 'EVENT' AND r."targetId" = x."eventId" AND r.kind = 'RESULTS_BLOCK'
      WHERE c."personId" IN (${people})`,
    // A player of a team is in its results through the team's line-up (starters and substitutes, not staff).
    Prisma.sql`SELECT l."personId" AS "ownerId", r."articleId" FROM "LineupEntry" l
      JOIN ${PUBLIC_STORY_REFERENCES} r ON r."targetType" = 'UNIT' AND r."targetId" = l."unitId" AND r.kind = 'RESULTS_BLOCK'
      WHERE l."personId" IN (${people}) AND l.role IN ('STARTER', 'SUBSTITUTE')`,
    Prisma.sql`SELECT l."personId" AS "ownerId", r."articleId" FROM "LineupEntry" l
      JOIN "EventStanding" x ON x."competitorId" = l."competitorId"
      JOIN ${PUBLIC_STORY_REFERENCES} r ON r."targetType" = 'EVENT' AND r."targetId" = x."eventId" AND r.kind = 'RESULTS_BLOCK'
      WHERE l."personId" IN (${people}) AND l.role IN ('STARTER', 'SUBSTITUTE')`,
  ],
};

function directReferences(people: Prisma.Sql, kind: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT r."targetId" AS "ownerId", r."articleId" FROM ${PUBLIC_STORY_REFERENCES} r
    WHERE r."targetType" = 'PERSON' AND r."targetId" IN (${people}) AND ${kind}`;
}

/**
 * ("ownerId" = person, "articleId") pairs for a relation. ANY is a UNION ALL of every arm
 * rather than an OR of EXISTS: PostgreSQL turns the union into one semi-join driven by the
 * indexes, where an OR of EXISTS would be checked story by story.
 */
export function personReferences(people: Prisma.Sql, relation: ArticleRelation): Prisma.Sql {
  const arms =
    relation === ArticleRelation.ANY
      ? [
          directReferences(people, Prisma.sql`r.kind IN ('ABOUT', 'MENTION')`),
          ...ARMS.QUOTED(people),
          ...ARMS.PICTURED(people),
          ...ARMS.IN_RESULTS(people),
        ]
      : ARMS[relation](people);
  return Prisma.join(arms, ' UNION ALL ');
}

/** ("ownerId" = event, "articleId"): stories referencing the event or one of its units, in any way. */
export function eventReferences(events: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT r."targetId" AS "ownerId", r."articleId" FROM ${PUBLIC_STORY_REFERENCES} r
      WHERE r."targetType" = 'EVENT' AND r."targetId" IN (${events})
    UNION ALL
    SELECT ph."eventId" AS "ownerId", r."articleId" FROM "Phase" ph
      JOIN "Unit" u ON u."phaseId" = ph.id
      JOIN ${PUBLIC_STORY_REFERENCES} r ON r."targetType" = 'UNIT' AND r."targetId" = u.id
      WHERE ph."eventId" IN (${events})`;
}

/** ("ownerId" = competition or event, "articleId"): stories referencing the competition, its events or their units. */
export function competitionReferences(competitions: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT r."targetId" AS "ownerId", r."articleId" FROM ${PUBLIC_STORY_REFERENCES} r
      WHERE r."targetType" = 'COMPETITION' AND r."targetId" IN (${competitions})
    UNION ALL
    ${eventReferences(Prisma.sql`SELECT e.id FROM "Event" e WHERE e."competitionId" IN (${competitions})`)}`;
}

/** A list of ids for `IN (...)`, typed so PostgreSQL compares uuid with uuid. */
export function uuidList(ids: readonly string[]): Prisma.Sql {
  return Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`));
}
