import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../../../graphql/request-context.js';
import { MediaAsset } from '../../../media/models/media-asset.model.js';
import { MediaLoaders } from '../../../media/media.loaders.js';
import { ImageBlock } from './image.model.js';

@Resolver(() => ImageBlock)
export class ImageBlockResolver {
  constructor(private readonly media: MediaLoaders) {}

  @ResolveField(() => MediaAsset, { description: 'The media asset placed, with its own metadata.' })
  asset(@Parent() block: ImageBlock, @Context() ctx: RequestContext) {
    return this.media.assetById(ctx.loaders).load(block.assetId);
  }

  @ResolveField(() => String, { nullable: true, description: "The caption shown: this story's override, else the asset's." })
  async caption(@Parent() block: ImageBlock, @Context() ctx: RequestContext) {
    return block.captionOverride ?? (await this.media.assetById(ctx.loaders).load(block.assetId))?.caption ?? null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The credit shown: this story's override, else the asset's effective credit.",
  })
  async credit(@Parent() block: ImageBlock, @Context() ctx: RequestContext) {
    return block.creditOverride ?? this.media.effectiveCredit(ctx.loaders, block.assetId);
  }

  @ResolveField(() => String, { nullable: true, description: "The alt text shown: this story's override, else the asset's." })
  async altText(@Parent() block: ImageBlock, @Context() ctx: RequestContext) {
    return block.altTextOverride ?? (await this.media.assetById(ctx.loaders).load(block.assetId))?.altText ?? null;
  }
}
