import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppConfig } from '../../config/app-config.js';
import { ConnectionType } from '../../graphql/pagination/connection.js';
import { pageRequest } from '../../graphql/pagination/page.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { CreditRegistryService } from './credit-registry.service.js';
import {
  AgenciesArgs,
  CreateAgencyInput,
  CreatePhotographerInput,
  PhotographersArgs,
  UpdateAgencyInput,
  UpdatePhotographerInput,
} from './dto/credit-registry.inputs.js';
import { MediaLoaders } from './media.loaders.js';
import { AGENCIES_BY_NAME, MediaRepository, PHOTOGRAPHERS_BY_NAME } from './media.repository.js';
import { Agency } from './models/agency.model.js';
import { Photographer } from './models/photographer.model.js';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';

const AgencyConnection = ConnectionType(Agency, 'Agency');
const PhotographerConnection = ConnectionType(Photographer, 'Photographer');

@Resolver(() => Agency)
export class AgenciesResolver {
  constructor(
    private readonly service: CreditRegistryService,
    private readonly repository: MediaRepository,
    private readonly config: AppConfig,
  ) {}

  @Query(() => AgencyConnection, { description: 'The agencies of the credit registry, by name.' })
  async agencies(@Args() args: AgenciesArgs) {
    const page = AGENCIES_BY_NAME.page(pageRequest(args, this.config.graphql.pageSizeMax));
    return page.connection(await this.repository.findAgencyPage(page));
  }

  @Roles('PHOTO')
  @Mutation(() => Agency, { description: 'Adds an agency to the credit registry.' })
  createAgency(
    @Args('input', { description: 'The new agency; fails with SLUG_TAKEN if the slug is in use.' }) input: CreateAgencyInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.createAgency(input, viewer);
  }

  @Roles('PHOTO')
  @Mutation(() => Agency, { description: 'Changes an agency; fails with VERSION_CONFLICT if someone saved first.' })
  updateAgency(
    @Args('input', { description: 'The changes and the version they were made to.' }) input: UpdateAgencyInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.updateAgency(input, viewer);
  }
}

@Resolver(() => Photographer)
export class PhotographersResolver {
  constructor(
    private readonly service: CreditRegistryService,
    private readonly repository: MediaRepository,
    private readonly loaders: MediaLoaders,
    private readonly config: AppConfig,
  ) {}

  @Query(() => PhotographerConnection, { description: 'The photographers of the credit registry, by name, optionally of one agency.' })
  async photographers(@Args() args: PhotographersArgs) {
    const page = PHOTOGRAPHERS_BY_NAME.page(pageRequest(args, this.config.graphql.pageSizeMax));
    return page.connection(await this.repository.findPhotographerPage(args.agency, page));
  }

  @Roles('PHOTO')
  @Mutation(() => Photographer, { description: 'Adds a photographer to the credit registry.' })
  createPhotographer(
    @Args('input', { description: 'The new photographer; fails with SLUG_TAKEN if the slug is in use.' }) input: CreatePhotographerInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.createPhotographer(input, viewer);
  }

  @Roles('PHOTO')
  @Mutation(() => Photographer, { description: 'Changes a photographer; fails with VERSION_CONFLICT if someone saved first.' })
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
