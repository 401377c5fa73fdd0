import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppConfig } from '../../../config/app-config.js';
import { RightsExpiryPolicy } from '../../../generated/prisma/enums.js';
import { ConnectionType } from '../../../graphql/pagination/connection.js';
import { pageRequest } from '../../../graphql/pagination/page.js';
import type { RequestContext } from '../../../graphql/request-context.js';
import { CurrentViewer } from '../../../auth/current-viewer.decorator.js';
import { Roles, STAFF } from '../../../auth/roles.decorator.js';
import type { Viewer } from '../../../auth/viewer.js';
import { MediaAsset } from '../models/media-asset.model.js';
import { CreditRegistryService } from './credit-registry.service.js';
import {
  AgenciesArgs,
  CreateAgencyInput,
  CreatePhotographerInput,
  PhotographersArgs,
  UpdateAgencyInput,
  UpdatePhotographerInput,
} from './dto/credit-registry.inputs.js';
import { Agency } from './models/agency.model.js';
import { Photographer } from './models/photographer.model.js';
import { RegistryLoaders } from './registry.loaders.js';
import { AGENCIES_BY_NAME, PHOTOGRAPHERS_BY_NAME, RegistryRepository } from './registry.repository.js';

const AgencyConnection = ConnectionType(Agency, 'Agency');
const PhotographerConnection = ConnectionType(Photographer, 'Photographer');

// Changing the registry is the photo desk's job (ADMIN, PHOTO); writers and editors only read it.
const REGISTRY_KEEPERS = 'PHOTO';

@Resolver(() => Agency)
export class AgenciesResolver {
  constructor(
    private readonly service: CreditRegistryService,
    private readonly repository: RegistryRepository,
    private readonly loaders: RegistryLoaders,
    private readonly config: AppConfig,
  ) {}

  @Query(() => AgencyConnection, { description: 'The agencies of the credit registry, by name.' })
  async agencies(@Args() args: AgenciesArgs) {
    const page = AGENCIES_BY_NAME.page(pageRequest(args, this.config.graphql.pageSizeMax));
    return page.connection(await this.repository.findAgencyPage(page));
  }

  @Roles(REGISTRY_KEEPERS)
  @Mutation(() => Agency, { description: 'Adds an agency to the credit registry (ADMIN, PHOTO).' })
  createAgency(
    @Args('input', { description: 'The new agency; fails with SLUG_TAKEN if the slug is in use.' }) input: CreateAgencyInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.createAgency(input, viewer);
  }

  @Roles(REGISTRY_KEEPERS)
  @Mutation(() => Agency, {
    description:
      'Changes an agency (ADMIN, PHOTO); fails with VERSION_CONFLICT if someone saved first. A new name is a rename: every credit built with {agency} follows.',
  })
  updateAgency(
    @Args('input', { description: 'The changes and the version they were made to.' }) input: UpdateAgencyInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.updateAgency(input, viewer);
  }

  @Roles(...STAFF)
  @ResolveField(() => [String], {
    description: 'Case-insensitive regular expressions that recognise the agency in credit lines and sources; staff only.',
  })
  matchPatterns(@Parent() agency: Agency) {
    return agency.matchPatterns;
  }

  @Roles(...STAFF)
  @ResolveField(() => RightsExpiryPolicy, { description: 'What the daily rights job does when a photo of the agency expires; staff only.' })
  expiryPolicy(@Parent() agency: Agency) {
    return agency.expiryPolicy;
  }

  @Roles(...STAFF)
  @ResolveField(() => MediaAsset, { nullable: true, description: 'The photo the SWAP_FALLBACK policy puts in place; staff only.' })
  fallbackAsset(@Parent() agency: Agency, @Context() ctx: RequestContext) {
    return agency.fallbackAssetId ? this.loaders.fallbackAssetById(ctx.loaders).load(agency.fallbackAssetId) : null;
  }
}

@Resolver(() => Photographer)
export class PhotographersResolver {
  constructor(
    private readonly service: CreditRegistryService,
    private readonly repository: RegistryRepository,
    private readonly loaders: RegistryLoaders,
    private readonly config: AppConfig,
  ) {}

  @Query(() => PhotographerConnection, { description: 'The photographers of the credit registry, by name, optionally of one agency.' })
  async photographers(@Args() args: PhotographersArgs) {
    const page = PHOTOGRAPHERS_BY_NAME.page(pageRequest(args, this.config.graphql.pageSizeMax));
    return page.connection(await this.repository.findPhotographerPage(args.agency, page));
  }

  @Roles(REGISTRY_KEEPERS)
  @Mutation(() => Photographer, { description: 'Adds a photographer to the credit registry (ADMIN, PHOTO).' })
  createPhotographer(
    @Args('input', { description: 'The new photographer; fails with SLUG_TAKEN if the slug is in use.' }) input: CreatePhotographerInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.createPhotographer(input, viewer);
  }

  @Roles(REGISTRY_KEEPERS)
  @Mutation(() => Photographer, {
    description: 'Changes a photographer (ADMIN, PHOTO); fails with VERSION_CONFLICT if someone saved first.',
  })
  updatePhotographer(
    @Args('input', { description: 'The changes and the version they were made to.' }) input: UpdatePhotographerInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.updatePhotographer(input, viewer);
  }

  @ResolveField(() => Agency, { nullable: true, description: 'The agency the photographer works for.' })
  agency(@Parent() photographer: Photographer, @Context() ctx: RequestContext) {
    return photographer.agencyId ? this.loaders.agencyById(ctx.loaders).load(photographer.agencyId) : null;
  }
}
