import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { BadInputError } from '../../common/errors/domain-error.js';
import { AppConfig } from '../../config/app-config.js';
import { ConnectionType } from '../../graphql/pagination/connection.js';
import { decodeCursor } from '../../graphql/pagination/cursor.js';
import { pageSize, toConnection } from '../../graphql/pagination/page.js';
import { CreateVenueInput, UpdateVenueInput, VenueArgs, VenuesArgs } from './dto/venue.inputs.js';
import { Venue } from './models/venue.model.js';
import { VenuesRepository } from './venues.repository.js';
import { VenuesService } from './venues.service.js';

const VenueConnection = ConnectionType(Venue, 'Venue');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver(() => Venue)
export class VenuesResolver {
  constructor(
    private readonly service: VenuesService,
    private readonly repository: VenuesRepository,
    private readonly config: AppConfig,
  ) {}

  @Query(() => Venue, { description: 'One venue by slug; NOT_FOUND when no venue has it.' })
  venue(@Args() { slug }: VenueArgs) {
    return this.service.findBySlug(slug);
  }

  @Query(() => VenueConnection, { description: 'Venues by name, optionally matching a name search or in one country.' })
  async venues(@Args() args: VenuesArgs) {
    const size = pageSize(args, this.config.graphql.pageSizeMax);
    const after = args.after ? venueCursor(args.after) : null;
    const rows = await this.repository.findPage({ search: args.search, country: args.country, after, take: size + 1 });
    return toConnection(rows, size, (venue) => [venue.name, venue.id]);
  }

  @Mutation(() => Venue, { description: 'Adds a venue; fails with SLUG_TAKEN if the slug is in use.' })
  createVenue(@Args('input', { description: 'The new venue.' }) input: CreateVenueInput) {
    return this.service.create(input);
  }

  @Mutation(() => Venue, { description: 'Changes a venue; fails with VERSION_CONFLICT if someone saved first.' })
  updateVenue(@Args('input', { description: 'The changes and the version they were made to.' }) input: UpdateVenueInput) {
    return this.service.update(input);
  }
}

/** The cursor goes into SQL: a forged one must be a coded error, not a failed cast. */
function venueCursor(cursor: string): [string, string] {
  const [name, id] = decodeCursor(cursor, 2);
  if (typeof name !== 'string' || typeof id !== 'string' || !UUID.test(id)) {
    throw new BadInputError('Invalid cursor', [{ path: 'after', message: 'not a cursor returned by this list' }]);
  }
  return [name, id];
}
