import { Injectable } from '@nestjs/common';
import type { Agency, MediaAsset, Photographer } from '../../../generated/prisma/client.js';
import type { LoaderRegistry } from '../../../graphql/loader-registry.js';
import { NodeLoader } from '../../../graphql/relay/node-loader.decorator.js';
import { effectiveCredit, houseCredit, printsSupplierLine, type CreditSources } from '../domain/credit.js';
import { RegistryRepository } from './registry.repository.js';

/** What the credit of an asset needs of the asset itself. */
/** An asset's credit fields; `creatorNames` (the file's by-line) credits the photo when no registry photographer is linked. */
export type CreditedAsset = Pick<MediaAsset, 'id' | 'creditLine' | 'supplierId'> & { creatorNames?: readonly string[] };

/** The registry's rows for one request, batched: agencies, photographers, the creators of assets and their credits. */
@Injectable()
export class RegistryLoaders {
  constructor(private readonly repository: RegistryRepository) {}

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

  /** An agency's fallback photo; a loader of its own, as the media assets' loaders sit above the registry. */
  fallbackAssetById(loaders: LoaderRegistry) {
    return loaders.one(
      'registry.fallbackAssetById',
      (ids: readonly string[]) => this.repository.findAssetsByIds(ids),
      (asset) => asset.id,
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

  /** The credit to print (see `effectiveCredit`): follows the supplier's credit style and current name. */
  async credit(loaders: LoaderRegistry, asset: CreditedAsset): Promise<string | null> {
    if (printsSupplierLine(asset.creditLine, null) && !asset.supplierId) return asset.creditLine;
    // Without a line the creators are needed whatever the style: load them beside the supplier.
    const [supplier, creators] = await Promise.all([
      this.supplierOf(loaders, asset),
      asset.creditLine?.trim() ? null : this.creatorsOf(loaders, asset),
    ]);
    if (printsSupplierLine(asset.creditLine, supplier)) return asset.creditLine;
    return effectiveCredit(await this.sources(loaders, asset, supplier, creators ?? (await this.creatorsOf(loaders, asset))));
  }

  /** The house format filled in, whatever the style and the file's credit line. */
  async houseCredit(loaders: LoaderRegistry, asset: CreditedAsset): Promise<string | null> {
    const [supplier, creators] = await Promise.all([this.supplierOf(loaders, asset), this.creatorsOf(loaders, asset)]);
    return houseCredit(await this.sources(loaders, asset, supplier, creators));
  }

  private supplierOf(loaders: LoaderRegistry, asset: CreditedAsset) {
    return asset.supplierId ? this.agencyById(loaders).load(asset.supplierId) : Promise.resolve(null);
  }

  private creatorsOf(loaders: LoaderRegistry, asset: CreditedAsset) {
    return this.creatorsByAsset(loaders).load(asset.id);
  }

  private async sources(
    loaders: LoaderRegistry,
    asset: CreditedAsset,
    supplier: Agency | null,
    creators: Photographer[],
  ): Promise<CreditSources> {
    // The creators' agencies only matter without a supplier: then one names {agency} or gives the format.
    const agencies = supplier
      ? []
      : await Promise.all(creators.map((c) => (c.agencyId ? this.agencyById(loaders).load(c.agencyId) : Promise.resolve(null))));
    const linked = creators.map((c, i) => ({ name: c.name, creditFormat: c.creditFormat, agency: agencies[i] ?? null }));
    const named = (asset.creatorNames ?? []).map((name) => ({ name, creditFormat: null, agency: null }));
    return { creditLine: asset.creditLine, supplier, creators: linked.length ? linked : named };
  }
}
