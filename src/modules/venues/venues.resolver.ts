import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { toGlobalId } from '../../graphql/relay/global-id.js';
import { AppConfig } from '../../config/app-config.js';
import { ConnectionType } from '../../graphql/pagination/connection.js';
import { pageRequest } from '../../graphql/pagination/page.js';
import { CreateVenueInput, DeleteVenueInput, UpdateVenueInput, VenueArgs, VenuesArgs } from './dto/venue.inputs.js';
import { Venue } from './models/venue.model.js';
import { VENUES_BY_NAME, VenuesRepository } from './venues.repository.js';
import { VenuesService } from './venues.service.js';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';

const VenueConnection = ConnectionType(Venue, 'Venue');

@Resolver(() => Venue)
export class VenuesResolver {
  constructor(
    private readonly service: VenuesService,
    private readonly repository: VenuesRepository,
    private readonly config: AppConfig,
  ) {}

  @Query(() => Venue, { nullable: true, description: 'One venue by slug; null when no venue has it.' })
  venue(@Args() { slug }: VenueArgs) {
    return this.repository.findBySlug(slug);
  }

  @Query(() => VenueConnection, { description: 'Venues by name, optionally matching a name search or in one country.' })
  async venues(@Args() args: VenuesArgs) {
    const page = VENUES_BY_NAME.page(pageRequest(args, this.config.graphql.pageSizeMax));
    return page.connection(await this.repository.findPage({ search: args.search, country: args.country, page }));
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Venue, { description: 'Adds a venue; fails with SLUG_TAKEN if the slug is in use.' })
  createVenue(@Args('input', { description: 'The new venue.' }) input: CreateVenueInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(input, viewer);
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Venue, { description: 'Changes a venue; fails with VERSION_CONFLICT if someone saved first.' })
  updateVenue(
    @Args('input', { description: 'The changes and the version they were made to.' }) input: UpdateVenueInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.update(input, viewer);
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => ID, {
    description:
      'Deletes a venue entered by mistake and returns its id; fails with VERSION_CONFLICT if it changed since, REFERENCED (listing `references` and `articles`) while units, records or stories use it.',
  })
  async deleteVenue(
    @Args('input', { description: 'The venue and the version you saw.' }) input: DeleteVenueInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return toGlobalId('Venue', await this.service.delete(input, viewer));
  }
}
