import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { MediaAsset, Person } from '../../generated/prisma/client.js';
import { KeysetOrder, type KeysetPage } from '../../graphql/pagination/keyset.js';
import { MediaIssue } from './domain/media-issues.js';
import { MAX_PEOPLE_SHOWN } from './dto/media-asset.inputs.js';

export interface MediaAssetQuery {
  missing?: MediaIssue;
  supplier?: string;
  person?: string;
  event?: string;
  page: KeysetPage<MediaAsset>;
}

/** Assets newest first: the order of the index on (createdAt DESC, id DESC). */
export const NEWEST_ASSETS = new KeysetOrder<MediaAsset>([
  { field: 'createdAt', column: 'a."createdAt"', type: 'timestamp', direction: 'desc' },
  { field: 'id', column: 'a.id', type: 'uuid', direction: 'desc' },
]);

const uuids = (ids: readonly string[]) => Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`));

/** True when a text column is null or only whitespace, as `missingFields` sees it. */
const blank = (column: Prisma.Sql) => Prisma.sql`NOT coalesce(${column} ~ '\\S', false)`;

/**
 * Mirrors `effectiveCredit`: no credit line, no supplier, and no creator with an own
 * format or an agency. Agency formats are checked on save to credit the agency even
 * without a name, so a format present means a credit present.
 */
const MISSING: Record<MediaIssue, Prisma.Sql> = {
  CREDIT: Prisma.sql`${blank(Prisma.sql`a."creditLine"`)} AND a."supplierId" IS NULL AND NOT EXISTS (
    SELECT 1 FROM "MediaCreator" mc JOIN "Photographer" p ON p.id = mc."photographerId"
    WHERE mc."assetId" = a.id AND (coalesce(p."creditFormat" ~ '\\S', false) OR p."agencyId" IS NOT NULL))`,
  ALT_TEXT: blank(Prisma.sql`a."altText"`),
  CAPTION: blank(Prisma.sql`a."caption"`),
  RIGHTS: Prisma.sql`${blank(Prisma.sql`a."webStatement"`)} AND ${blank(Prisma.sql`a."usageTerms"`)} AND ${blank(Prisma.sql`a."copyrightNotice"`)}`,
};

@Injectable()
export class MediaRepository {
  constructor(private readonly prisma: PrismaService) {}

  findAssetsByIds(ids: readonly string[]) {
    return this.prisma.mediaAsset.findMany({ where: { id: { in: [...ids] } } });
  }

  /** The people shown in each asset in order, joined in one statement. */
  findPeopleShown(assetIds: readonly string[]) {
    return this.prisma.$queryRaw<(Person & { assetId: string })[]>`
      SELECT p.*, ps."assetId" FROM "MediaPersonShown" ps JOIN "Person" p ON p.id = ps."personId"
      WHERE ps."assetId" IN (${uuids(assetIds)}) AND ps.position < ${MAX_PEOPLE_SHOWN} ORDER BY ps."assetId", ps.position`;
  }

  /** One page in NEWEST_ASSETS order. */
  findAssetPage({ missing, supplier, person, event, page }: MediaAssetQuery): Promise<MediaAsset[]> {
    const conditions: Prisma.Sql[] = [];
    if (missing) conditions.push(MISSING[missing]);
    if (supplier) conditions.push(Prisma.sql`a."supplierId" = (SELECT id FROM "Agency" WHERE slug = ${supplier})`);
    if (person) {
      conditions.push(
        Prisma.sql`EXISTS (SELECT 1 FROM "MediaPersonShown" ps JOIN "Person" p ON p.id = ps."personId" WHERE ps."assetId" = a.id AND p.slug = ${person})`,
      );
    }
    if (event) conditions.push(Prisma.sql`a."eventId" = ${event}::uuid`);
    conditions.push(page.sqlWhere());
    return this.prisma.$queryRaw<MediaAsset[]>`
      SELECT a.* FROM "MediaAsset" a WHERE ${Prisma.join(conditions, ' AND ')} ORDER BY ${page.sqlOrderBy()} LIMIT ${page.take}`;
  }
}
