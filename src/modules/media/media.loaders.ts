import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { PeopleLoaders } from '../people/people.loaders.js';
import { missingFields, type MediaIssue } from './domain/media-issues.js';
import { MediaRepository } from './media.repository.js';
import type { MediaAsset } from './models/media-asset.model.js';
import { RegistryLoaders, type CreditedAsset } from './registry/registry.loaders.js';
import { NodeLoader } from '../../graphql/relay/node-loader.decorator.js';

@Injectable()
export class MediaLoaders {
  constructor(
    private readonly repository: MediaRepository,
    private readonly people: PeopleLoaders,
    private readonly registry: RegistryLoaders,
  ) {}

  @NodeLoader({ types: ['MediaAsset'] })
  assetById(loaders: LoaderRegistry) {
    return loaders.one(
      'media.assetById',
      (ids: readonly string[]) => this.repository.findAssetsByIds(ids),
      (asset) => asset.id,
    );
  }

  /** The registry owns agencies and photographers; these pass its loaders on to the rest of media. */
  agencyById(loaders: LoaderRegistry) {
    return this.registry.agencyById(loaders);
  }

  photographerById(loaders: LoaderRegistry) {
    return this.registry.photographerById(loaders);
  }

  creatorsByAsset(loaders: LoaderRegistry) {
    return this.registry.creatorsByAsset(loaders);
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
  credit(loaders: LoaderRegistry, asset: CreditedAsset): Promise<string | null> {
    return this.registry.credit(loaders, asset);
  }

  /** The house format filled in, whatever the supplier's credit style and the file's credit line. */
  houseCredit(loaders: LoaderRegistry, asset: CreditedAsset): Promise<string | null> {
    return this.registry.houseCredit(loaders, asset);
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
