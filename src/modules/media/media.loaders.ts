import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { PeopleLoaders } from '../people/people.loaders.js';
import { effectiveCredit } from './domain/credit.js';
import { missingFields, type MediaIssue } from './domain/media-issues.js';
import { MediaRepository } from './media.repository.js';
import type { MediaAsset } from './models/media-asset.model.js';
import { NodeLoader } from '../../graphql/relay/node-loader.decorator.js';

@Injectable()
export class MediaLoaders {
  constructor(
    private readonly repository: MediaRepository,
    private readonly people: PeopleLoaders,
  ) {}

  @NodeLoader({ types: ['MediaAsset'] })
  assetById(loaders: LoaderRegistry) {
    return loaders.one(
      'media.assetById',
      (ids: readonly string[]) => this.repository.findAssetsByIds(ids),
      (asset) => asset.id,
    );
  }

  @NodeLoader({ types: ['Agency'] })
  agencyById(loaders: LoaderRegistry) {
    return loaders.one(
      'media.agencyById',
      (ids: readonly string[]) => this.repository.findAgenciesByIds(ids),
      (agency) => agency.id,
    );
  }

  @NodeLoader({ types: ['Photographer'] })
  photographerById(loaders: LoaderRegistry) {
    return loaders.one(
      'media.photographerById',
      (ids: readonly string[]) => this.repository.findPhotographersByIds(ids),
      (p) => p.id,
    );
  }

  /** Joined in one statement; the photographers found also fill `photographerById`. */
  creatorsByAsset(loaders: LoaderRegistry) {
    const fetch = async (ids: readonly string[]) => {
      const rows = await this.repository.findCreators(ids);
      for (const row of rows) this.photographerById(loaders).prime(row.id, row);
      return rows;
    };
    return loaders.many('media.creatorsByAsset', fetch, (p) => p.assetId);
  }

  /** Joined in one statement; the people found also fill the shared `person.byId` loader. */
  peopleShownByAsset(loaders: LoaderRegistry) {
    const fetch = async (ids: readonly string[]) => {
      const rows = await this.repository.findPeopleShown(ids);
      for (const row of rows) this.people.byId(loaders).prime(row.id, row);
      return rows;
    };
    return loaders.many('media.peopleShownByAsset', fetch, (p) => p.assetId);
  }

  /** The credit to print for an asset (see `effectiveCredit`), through the batched loaders. */
  async credit(loaders: LoaderRegistry, asset: Pick<MediaAsset, 'id' | 'creditLine' | 'supplierId'>): Promise<string | null> {
    if (asset.creditLine?.trim()) return asset.creditLine;
    const agencies = this.agencyById(loaders);
    const [creators, supplier] = await Promise.all([
      this.creatorsByAsset(loaders).load(asset.id),
      asset.supplierId ? agencies.load(asset.supplierId) : null,
    ]);
    // The creators' agencies only matter when neither an own format nor the supplier's applies.
    const needAgencies = !supplier && !creators.some((c) => c.creditFormat?.trim());
    const creatorAgencies = needAgencies
      ? await Promise.all(creators.map((c) => (c.agencyId ? agencies.load(c.agencyId) : Promise.resolve(null))))
      : [];
    return effectiveCredit({
      creditLine: asset.creditLine,
      supplierCreditFormat: supplier?.creditFormat ?? null,
      creators: creators.map((c, i) => ({
        name: c.name,
        creditFormat: c.creditFormat,
        agencyCreditFormat: creatorAgencies[i]?.creditFormat ?? null,
      })),
    });
  }

  /** The credit to print for the asset with this id; null when the asset is gone. */
  async effectiveCredit(loaders: LoaderRegistry, assetId: string): Promise<string | null> {
    const asset = await this.assetById(loaders).load(assetId);
    return asset ? this.credit(loaders, asset) : null;
  }

  async missing(loaders: LoaderRegistry, asset: MediaAsset): Promise<MediaIssue[]> {
    return missingFields(asset, await this.credit(loaders, asset));
  }
}
