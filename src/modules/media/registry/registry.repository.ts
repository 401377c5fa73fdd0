import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../../database/prisma.service.js';
import { Prisma } from '../../../generated/prisma/client.js';
import type { Agency, MediaAsset, Photographer } from '../../../generated/prisma/client.js';
import { KeysetOrder, type KeysetPage } from '../../../graphql/pagination/keyset.js';
import { MAX_CREATORS } from '../dto/media-asset.inputs.js';

/** The credit registry by name, as the indexes on (name, id) hold it. */
export const AGENCIES_BY_NAME = new KeysetOrder<Agency>([
  { field: 'name', column: 'name', type: 'text', direction: 'asc' },
  { field: 'id', column: 'id', type: 'uuid', direction: 'asc' },
]);
export const PHOTOGRAPHERS_BY_NAME = new KeysetOrder<Photographer>([
  { field: 'name', column: 'name', type: 'text', direction: 'asc' },
  { field: 'id', column: 'id', type: 'uuid', direction: 'asc' },
]);

const uuids = (ids: readonly string[]) => Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`));

/** Reads of agencies and photographers, and of the photographers credited on assets. */
@Injectable()
export class RegistryRepository {
  constructor(private readonly prisma: PrismaService) {}

  findAgenciesByIds(ids: readonly string[]) {
    return this.prisma.agency.findMany({ where: { id: { in: [...ids] } } });
  }

  findPhotographersByIds(ids: readonly string[]) {
    return this.prisma.photographer.findMany({ where: { id: { in: [...ids] } } });
  }

  findAssetsByIds(ids: readonly string[]): Promise<MediaAsset[]> {
    return this.prisma.mediaAsset.findMany({ where: { id: { in: [...ids] } } });
  }

  /** The creators of each asset in credited order, joined in one statement. */
  findCreators(assetIds: readonly string[]) {
    return this.prisma.$queryRaw<(Photographer & { assetId: string })[]>`
      SELECT p.*, mc."assetId" FROM "MediaCreator" mc JOIN "Photographer" p ON p.id = mc."photographerId"
      WHERE mc."assetId" IN (${uuids(assetIds)}) AND mc.position < ${MAX_CREATORS} ORDER BY mc."assetId", mc.position`;
  }

  findAgencyPage(page: KeysetPage<Agency>) {
    return this.prisma.agency.findMany({ where: page.prismaWhere(), orderBy: page.prismaOrderBy(), take: page.take });
  }

  findPhotographerPage(agencySlug: string | undefined, page: KeysetPage<Photographer>) {
    return this.prisma.photographer.findMany({
      where: { ...(agencySlug ? { agency: { slug: agencySlug } } : {}), ...page.prismaWhere() },
      orderBy: page.prismaOrderBy(),
      take: page.take,
    });
  }
}
