import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ageOn } from '../../common/dates.js';
import { AppConfig } from '../../config/app-config.js';
import { ConnectionType } from '../../graphql/pagination/connection.js';
import { pageRequest } from '../../graphql/pagination/page.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { DateScalar } from '../../graphql/scalars/index.js';
import { Noc } from '../nocs/models/noc.model.js';
import { NocsLoaders } from '../nocs/nocs.loaders.js';
import { CreatePersonInput } from './dto/create-person.input.js';
import { PeopleArgs, PersonArgs } from './dto/people.args.js';
import { UpdatePersonInput } from './dto/update-person.input.js';
import { AthleteProfile } from './models/athlete-profile.model.js';
import { Person } from './models/person.model.js';
import { PeopleLoaders } from './people.loaders.js';
import { PEOPLE_BY_NAME, PeopleRepository } from './people.repository.js';
import { PeopleService } from './people.service.js';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';

const PersonConnection = ConnectionType(Person, 'Person');

@Resolver(() => Person)
export class PeopleResolver {
  constructor(
    private readonly service: PeopleService,
    private readonly repository: PeopleRepository,
    private readonly loaders: PeopleLoaders,
    private readonly nocs: NocsLoaders,
    private readonly config: AppConfig,
  ) {}

  @Query(() => Person, { nullable: true, description: 'One person, by slug or id; null when there is none.' })
  person(@Args() args: PersonArgs) {
    return this.service.findOne(args);
  }

  @Query(() => PersonConnection, { description: 'People by name, ignoring case and diacritics, optionally of one NOC.' })
  async people(@Args() args: PeopleArgs) {
    const page = PEOPLE_BY_NAME.page(pageRequest(args, this.config.graphql.pageSizeMax));
    return page.connection(await this.repository.findPage({ search: args.search, noc: args.noc, page }));
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Person, { description: 'Adds a person (and their athlete profile).' })
  createPerson(
    @Args('input', { description: 'The new person; fails with SLUG_TAKEN if the slug is in use.' }) input: CreatePersonInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.create(input, viewer);
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Person, { description: 'Changes a person; fails with VERSION_CONFLICT if someone saved first.' })
  updatePerson(
    @Args('input', { description: 'The changes and the version they were made to.' }) input: UpdatePersonInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.update(input, viewer);
  }

  @ResolveField(() => Noc, { nullable: true, description: 'The NOC the person usually represents.' })
  noc(@Parent() person: Person, @Context() ctx: RequestContext) {
    return person.nocCode ? this.nocs.byCode(ctx.loaders).load(person.nocCode) : null;
  }

  @ResolveField(() => AthleteProfile, { nullable: true, description: 'Set when the person is an athlete.' })
  athlete(@Parent() person: Person, @Context() ctx: RequestContext) {
    return this.loaders.athleteProfile(ctx.loaders).load(person.id);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Age in whole years on a day (default: today); null without a birth date.' })
  age(
    @Parent() person: Person,
    @Args('on', {
      type: () => DateScalar,
      nullable: true,
      description: 'The day to compute the age on, calendar date (ISO 8601); default today (UTC).',
    })
    on?: Date,
  ) {
    return person.birthDate ? ageOn(person.birthDate, on ?? new Date()) : null;
  }
}
