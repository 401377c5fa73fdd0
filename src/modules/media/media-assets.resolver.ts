import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppConfig } from '../../config/app-config.js';
import { ConnectionType } from '../../graphql/pagination/connection.js';
import { pageRequest } from '../../graphql/pagination/page.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { EventsLoaders } from '../events/events.loaders.js';
import { Event } from '../events/models/event.model.js';
import { Person } from '../people/models/person.model.js';
import { MediaIssue } from './domain/media-issues.js';
import {
  CreateMediaAssetInput,
  MAX_CREATORS,
  MAX_PEOPLE_SHOWN,
  MediaAssetArgs,
  type MediaAssetFilter,
  MediaAssetsArgs,
  UpdateMediaAssetInput,
} from './dto/media-asset.inputs.js';
import { MediaAssetsService } from './media-assets.service.js';
import { MediaLoaders } from './media.loaders.js';
import { MediaRepository, NEWEST_ASSETS } from './media.repository.js';
import { Agency } from './registry/models/agency.model.js';
import { MediaAsset } from './models/media-asset.model.js';
import { Photographer } from './registry/models/photographer.model.js';
import { toGlobalId } from '../../graphql/relay/global-id.js';
import { JSONObjectScalar } from '../../graphql/scalars/index.js';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles, STAFF } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';

const MediaAssetConnection = ConnectionType(MediaAsset, 'MediaAsset');

@Resolver(() => MediaAsset)
export class MediaAssetsResolver {
  constructor(
    private readonly service: MediaAssetsService,
    private readonly repository: MediaRepository,
    private readonly loaders: MediaLoaders,
    private readonly events: EventsLoaders,
    private readonly config: AppConfig,
  ) {}

  @Query(() => MediaAsset, { nullable: true, description: 'One media asset by id; null when there is none.' })
  mediaAsset(@Args() { id }: MediaAssetArgs) {
    return this.service.findOne(id);
  }

  @Query(() => MediaAssetConnection, {
    description: 'Media assets, newest first, optionally only those lacking something, of a supplier, showing a person or of an event.',
  })
  async mediaAssets(@Args() args: MediaAssetsArgs) {
    const page = NEWEST_ASSETS.page(pageRequest(args, this.config.graphql.pageSizeMax));
    const { missing, supplier, person, event }: Partial<MediaAssetFilter> = args.filter ?? {};
    return page.connection(await this.repository.findAssetPage({ missing, supplier, person, event, page }));
  }

  @Roles('EDITOR', 'PHOTO')
  @Mutation(() => MediaAsset, { description: 'Stores a media asset with its IPTC metadata, creators and people shown.' })
  createMediaAsset(
    @Args('input', { description: "The file's URL and type, its IPTC metadata, creators and people shown." }) input: CreateMediaAssetInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.create(input, viewer);
  }

  @Roles('EDITOR', 'PHOTO')
  @Mutation(() => MediaAsset, { description: 'Changes an asset; fails with VERSION_CONFLICT if someone saved first.' })
  updateMediaAsset(
    @Args('input', { description: 'The changes and the version they were made to.' }) input: UpdateMediaAssetInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.update(input, viewer);
  }

  @Roles('EDITOR', 'PHOTO')
  @Mutation(() => ID, {
    description: 'Deletes an asset and returns its id; fails with REFERENCED (listing `articles`) while a story uses it.',
  })
  async deleteMediaAsset(@Args() { id }: MediaAssetArgs, @CurrentViewer() viewer: Viewer) {
    return toGlobalId('MediaAsset', await this.service.delete(id, viewer));
  }

  // Restrictions such as "NEWSPAPERS OUT" are the supplier's word to the newsroom, not to its readers.
  @Roles(...STAFF)
  @ResolveField(() => String, {
    nullable: true,
    description: 'IPTC Instructions, e.g. restrictions such as "NEWSPAPERS OUT"; staff only (FORBIDDEN or UNAUTHENTICATED otherwise).',
  })
  instructions(@Parent() asset: MediaAsset) {
    return asset.instructions;
  }

  @Roles(...STAFF)
  @ResolveField(() => String, {
    nullable: true,
    description: "The uploaded file's name on the uploader's machine; staff only (FORBIDDEN or UNAUTHENTICATED otherwise).",
  })
  originalFilename(@Parent() asset: MediaAsset) {
    return asset.originalFilename;
  }

  // The file's metadata may carry the supplier's notes and the camera's serial numbers: the newsroom's, not the readers'.
  @Roles(...STAFF)
  @ResolveField(() => JSONObjectScalar, {
    nullable: true,
    description:
      'Every IPTC IIM, XMP and EXIF field read from the uploaded file, as read ({ iptc, xmp, exif }); null for an asset registered by URL. Staff only.',
  })
  fileMetadata(@Parent() asset: MediaAsset) {
    return asset.rawMetadata ?? null;
  }

  @ResolveField(() => Agency, { nullable: true, description: 'IPTC Image Supplier: the agency that delivered the asset.' })
  supplier(@Parent() asset: MediaAsset, @Context() ctx: RequestContext) {
    return asset.supplierId ? this.loaders.agencyById(ctx.loaders).load(asset.supplierId) : null;
  }

  @ResolveField(() => Event, { nullable: true, description: 'IPTC Event: the event the asset shows.' })
  event(@Parent() asset: MediaAsset, @Context() ctx: RequestContext) {
    return asset.eventId ? this.events.byId(ctx.loaders).load(asset.eventId) : null;
  }

  @ResolveField(() => [Photographer], {
    complexity: MAX_CREATORS,
    description: `IPTC Creator: the photographers, in credited order (at most ${MAX_CREATORS}).`,
  })
  creators(@Parent() asset: MediaAsset, @Context() ctx: RequestContext) {
    return this.loaders.creatorsByAsset(ctx.loaders).load(asset.id);
  }

  @ResolveField(() => [Person], {
    complexity: MAX_PEOPLE_SHOWN,
    description: `IPTC Person Shown, in the order they appear (at most ${MAX_PEOPLE_SHOWN}).`,
  })
  peopleShown(@Parent() asset: MediaAsset, @Context() ctx: RequestContext) {
    return this.loaders.peopleShownByAsset(ctx.loaders).load(asset.id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "The credit to print: the file's credit line verbatim, else the house format (the photographer's own, else the supplier's, else the photographer's agency's) filled with the creators' names and the supplier's current name; a supplier with creditStyle HOUSE_FORMAT gets the house format even over a credit line (see houseCredit).",
  })
  credit(@Parent() asset: MediaAsset, @Context() ctx: RequestContext) {
    return this.loaders.credit(ctx.loaders, asset);
  }

  @ResolveField(() => [MediaIssue], {
    complexity: Object.keys(MediaIssue).length,
    description: 'What the asset lacks to be published: credit, alt text, caption, rights.',
  })
  missing(@Parent() asset: MediaAsset, @Context() ctx: RequestContext) {
    return this.loaders.missing(ctx.loaders, asset);
  }
}
