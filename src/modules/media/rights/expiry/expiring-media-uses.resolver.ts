import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../../../auth/roles.decorator.js';
import { AppConfig } from '../../../../config/app-config.js';
import { ConnectionType } from '../../../../graphql/pagination/connection.js';
import { pageRequest } from '../../../../graphql/pagination/page.js';
import type { RequestContext } from '../../../../graphql/request-context.js';
import { Article } from '../../../articles/models/article.model.js';
import { ArticlesLoaders } from '../../../articles/reading/articles.loaders.js';
import { MediaLoaders } from '../../media.loaders.js';
import { MediaAsset } from '../../models/media-asset.model.js';
import { Agency } from '../../registry/models/agency.model.js';
import { daysAfter } from '../rights-status.js';
import { ExpiringMediaUsesArgs } from './expiring-media-uses.args.js';
import { MediaUsesRepository, SOONEST_EXPIRY } from './media-uses.repository.js';
import { ExpiringMediaUse } from './models/expiring-media-use.model.js';

const ExpiringMediaUseConnection = ConnectionType(ExpiringMediaUse, 'ExpiringMediaUse');

/** The admins' list of photos in published stories whose rights are running out. */
@Resolver(() => ExpiringMediaUse)
export class ExpiringMediaUsesResolver {
  constructor(
    private readonly repository: MediaUsesRepository,
    private readonly config: AppConfig,
    private readonly articles: ArticlesLoaders,
    private readonly media: MediaLoaders,
  ) {}

  @Roles('ADMIN')
  @Query(() => ExpiringMediaUseConnection, {
    description:
      'Photos placed in published stories whose rights end within `withinDays` (expired ones included), soonest first, with the policy the daily rights job applies (admins).',
  })
  async expiringMediaUses(@Args() args: ExpiringMediaUsesArgs) {
    const page = SOONEST_EXPIRY.page(pageRequest(args, this.config.graphql.pageSizeMax));
    if (page.request.size === 0) return page.connection([]);
    const now = new Date();
    const horizon = daysAfter(now, args.withinDays ?? this.config.mediaRights.warningDays);
    return page.connection(await this.repository.page(now, horizon, page));
  }

  @ResolveField(() => Article, { nullable: true, description: 'The story as readers see it; null when it was taken down meanwhile.' })
  story(@Parent() use: ExpiringMediaUse, @Context() ctx: RequestContext) {
    return this.articles.publishedById(ctx.loaders).load(use.articleId);
  }

  @ResolveField(() => MediaAsset, { nullable: true, description: 'The photo; null when it was deleted meanwhile.' })
  asset(@Parent() use: ExpiringMediaUse, @Context() ctx: RequestContext) {
    return this.media.assetById(ctx.loaders).load(use.assetId);
  }

  @ResolveField(() => Agency, { nullable: true, description: 'The supplier agency whose policy applies; null when the photo has none.' })
  agency(@Parent() use: ExpiringMediaUse, @Context() ctx: RequestContext) {
    return use.agencyId ? this.media.agencyById(ctx.loaders).load(use.agencyId) : null;
  }

  @ResolveField(() => MediaAsset, { nullable: true, description: "The agency's fallback photo a swap puts in; null when it has none." })
  fallbackAsset(@Parent() use: ExpiringMediaUse, @Context() ctx: RequestContext) {
    return use.fallbackAssetId ? this.media.assetById(ctx.loaders).load(use.fallbackAssetId) : null;
  }
}
