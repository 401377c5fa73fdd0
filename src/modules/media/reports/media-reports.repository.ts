import { Injectable } from '@nestjs/common';
import { PUBLIC_STORY_REFERENCES } from '../../../auth/story-visibility.js';
import { PrismaService } from '../../../database/prisma.service.js';
import { Prisma } from '../../../generated/prisma/client.js';
import type { Agency, MediaAsset, Photographer } from '../../../generated/prisma/client.js';
import type { KeysetPage } from '../../../graphql/pagination/keyset.js';
import { PLACEMENTS } from '../../references/placements.js';

export interface UsageCounts {
  assetCount: number;
  usedAssetCount: number;
  storyCount: number;
  publishedStoryCount: number;
}
export type AssetUsageRow = MediaAsset & Pick<UsageCounts, 'storyCount' | 'publishedStoryCount'>;
export interface CaptionCheckRow extends MediaAsset {
  shownNotInCaption: string[];
  namedNotShownIds: string[];
}

/** Words of a text, lower case, without accents or punctuation, single-spaced and padded: " jutta leerdam wins ". */
const words = (column: Prisma.Sql) =>
  Prisma.sql`(' ' || trim(regexp_replace(podium_unaccent(lower(${column})), '[^[:alnum:]]+', ' ', 'g')) || ' ')`;
/** Full names are looked for as runs of up to this many words. */
const NAME_WORDS_MAX = 4;

/** Stories placing each asset (working copies) and published stories placing it (their public snapshots). */
const storyCounts = (asset: Prisma.Sql) => Prisma.sql`
  (SELECT count(DISTINCT r."articleId")::int FROM "ArticleReference" r WHERE ${PLACEMENTS.MEDIA_ASSET} AND r."targetId" = ${asset}) AS "storyCount",
  (SELECT count(DISTINCT r."articleId")::int FROM ${PUBLIC_STORY_REFERENCES} r WHERE ${PLACEMENTS.MEDIA_ASSET} AND r."targetId" = ${asset}) AS "publishedStoryCount"`;

/** The desk's reports over media assets, each page in one statement. */
@Injectable()
export class MediaReportsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findAgencyPage(page: KeysetPage<Agency>) {
    return this.prisma.agency.findMany({ where: page.prismaWhere(), orderBy: page.prismaOrderBy(), take: page.take });
  }

  findPhotographerPage(page: KeysetPage<Photographer>) {
    return this.prisma.photographer.findMany({ where: page.prismaWhere(), orderBy: page.prismaOrderBy(), take: page.take });
  }

  /** Usage counts per agency (as supplier) or per photographer (as creator), for the ids of one page. */
  async usageCounts(groupBy: 'AGENCY' | 'PHOTOGRAPHER', ids: readonly string[]): Promise<Map<string, UsageCounts>> {
    if (!ids.length) return new Map();
    const assets =
      groupBy === 'AGENCY'
        ? Prisma.sql`SELECT a."supplierId" AS "groupId", a.id FROM "MediaAsset" a WHERE a."supplierId" = ANY(${ids}::uuid[])`
        : Prisma.sql`SELECT mc."photographerId" AS "groupId", mc."assetId" AS id FROM "MediaCreator" mc WHERE mc."photographerId" = ANY(${ids}::uuid[])`;
    const rows = await this.prisma.$queryRaw<(UsageCounts & { groupId: string })[]>`
      WITH g AS (${assets}),
      used AS (SELECT g."groupId", r."targetId", r."articleId" FROM g JOIN "ArticleReference" r ON ${PLACEMENTS.MEDIA_ASSET} AND r."targetId" = g.id),
      published AS (SELECT g."groupId", r."articleId" FROM g JOIN ${PUBLIC_STORY_REFERENCES} r ON ${PLACEMENTS.MEDIA_ASSET} AND r."targetId" = g.id)
      SELECT g."groupId", count(DISTINCT g.id)::int AS "assetCount",
        (SELECT count(DISTINCT u."targetId")::int FROM used u WHERE u."groupId" = g."groupId") AS "usedAssetCount",
        (SELECT count(DISTINCT u."articleId")::int FROM used u WHERE u."groupId" = g."groupId") AS "storyCount",
        (SELECT count(DISTINCT p."articleId")::int FROM published p WHERE p."groupId" = g."groupId") AS "publishedStoryCount"
      FROM g GROUP BY g."groupId"`;
    return new Map(rows.map(({ groupId, ...counts }) => [groupId, counts]));
  }

  /** Assets newest first, optionally of a supplier or a photographer, each with its story counts. */
  findAssetUsages(filter: { agencyId?: string; photographerId?: string }, page: KeysetPage<MediaAsset>): Promise<AssetUsageRow[]> {
    const conditions: Prisma.Sql[] = [page.sqlWhere()];
    if (filter.agencyId) conditions.push(Prisma.sql`a."supplierId" = ${filter.agencyId}::uuid`);
    if (filter.photographerId) {
      conditions.push(
        Prisma.sql`EXISTS (SELECT 1 FROM "MediaCreator" mc WHERE mc."assetId" = a.id AND mc."photographerId" = ${filter.photographerId}::uuid)`,
      );
    }
    return this.prisma.$queryRaw<AssetUsageRow[]>`
      SELECT a.*, ${storyCounts(Prisma.sql`a.id`)} FROM "MediaAsset" a
      WHERE ${Prisma.join(conditions, ' AND ')} ORDER BY ${page.sqlOrderBy()} LIMIT ${page.take}`;
  }

  /** Assets whose credit matched no agency of the registry, newest first. */
  findCreditsToReview(page: KeysetPage<MediaAsset>): Promise<MediaAsset[]> {
    return this.prisma.$queryRaw<MediaAsset[]>`
      SELECT a.* FROM "MediaAsset" a WHERE a."creditNeedsReview" AND ${page.sqlWhere()} ORDER BY ${page.sqlOrderBy()} LIMIT ${page.take}`;
  }

  /**
   * The next `scan` captioned assets (newest first, past the page's cursor), each with the
   * people shown whose name is not in its caption and the known people (Person rows) the
   * caption names who are not shown. Names are compared as whole words, ignoring case,
   * accents and punctuation; the registry of people is read once for the whole window.
   */
  checkCaptions(page: KeysetPage<MediaAsset>, scan: number): Promise<CaptionCheckRow[]> {
    return this.prisma.$queryRaw<CaptionCheckRow[]>`
      WITH scanned AS (
        SELECT a.id, a."createdAt", a."personShownNames", ${words(Prisma.sql`a.caption`)} AS said
        FROM "MediaAsset" a WHERE a.caption ~ '\\S' AND ${page.sqlWhere()}
        ORDER BY ${page.sqlOrderBy()} LIMIT ${scan}
      ), shown AS (
        SELECT ps."assetId", p.id AS "personId", p."displayName" AS name, ${words(Prisma.sql`p."displayName"`)} AS key, ps.position AS ord
        FROM "MediaPersonShown" ps JOIN "Person" p ON p.id = ps."personId" WHERE ps."assetId" IN (SELECT id FROM scanned)
        UNION ALL
        SELECT s.id, NULL, n.name, ${words(Prisma.sql`n.name`)}, 100000 + n.ord
        FROM scanned s, unnest(s."personShownNames") WITH ORDINALITY AS n(name, ord)
      ), grams AS (
        SELECT s.id AS "assetId", ' ' || array_to_string(w.list[i:i + n - 1], ' ') || ' ' AS gram
        FROM scanned s, LATERAL (SELECT string_to_array(trim(s.said), ' ') AS list) w,
          generate_series(1, cardinality(w.list)) i, generate_series(1, ${NAME_WORDS_MAX}) n
        WHERE i + n - 1 <= cardinality(w.list)
      ), named AS (
        SELECT DISTINCT g."assetId", p.id, p.key, strpos(s.said, p.key) AS at
        FROM grams g
        JOIN (SELECT id, ${words(Prisma.sql`"displayName"`)} AS key FROM "Person") p ON p.key = g.gram
        JOIN scanned s ON s.id = g."assetId"
      )
      SELECT a.*,
        ARRAY(SELECT sh.name FROM shown sh WHERE sh."assetId" = s.id AND sh.key <> '  ' AND strpos(s.said, sh.key) = 0 ORDER BY sh.ord)
          AS "shownNotInCaption",
        ARRAY(SELECT nm.id FROM named nm WHERE nm."assetId" = s.id
          AND NOT EXISTS (SELECT 1 FROM shown sh WHERE sh."assetId" = s.id AND (sh."personId" = nm.id OR sh.key = nm.key))
          ORDER BY nm.at, nm.id) AS "namedNotShownIds"
      FROM scanned s JOIN "MediaAsset" a ON a.id = s.id
      ORDER BY ${page.sqlOrderBy()}`;
  }
}
