import { Injectable } from '@nestjs/common';
import type { MediaRendition as RenditionRow } from '../../../generated/prisma/client.js';
import type { LoaderRegistry } from '../../../graphql/loader-registry.js';
import { renditionRank } from './rendition-geometry.js';
import { RenditionsRepository } from './renditions.repository.js';

/** Widths narrowest first, then the crops; JPEG before WebP. */
const byListOrder = (a: RenditionRow, b: RenditionRow) => renditionRank(a.name) - renditionRank(b.name) || a.format.localeCompare(b.format);

@Injectable()
export class RenditionsLoaders {
  constructor(private readonly repository: RenditionsRepository) {}

  /** The renditions of each asset, one statement per batch of assets. */
  byAsset(loaders: LoaderRegistry) {
    const fetch = async (ids: readonly string[]) => (await this.repository.findRenditions(ids)).sort(byListOrder);
    return loaders.many('media.renditionsByAsset', fetch, (rendition) => rendition.assetId);
  }
}
