import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../../graphql/request-context.js';
import { MediaAsset } from '../models/media-asset.model.js';
import { RegistryLoaders } from './registry.loaders.js';

/** The registry's side of an asset's credit. */
@Resolver(() => MediaAsset)
export class AssetCreditResolver {
  constructor(private readonly loaders: RegistryLoaders) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      "The house format filled in (the photographer's own, else the supplier's, else the photographer's agency's), whatever the supplier's credit style and the file's credit line: what `credit` would print under HOUSE_FORMAT.",
  })
  houseCredit(@Parent() asset: MediaAsset, @Context() ctx: RequestContext) {
    return this.loaders.houseCredit(ctx.loaders, asset);
  }
}
