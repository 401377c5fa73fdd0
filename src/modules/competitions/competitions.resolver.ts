import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppConfig } from '../../config/app-config.js';
import { ConnectionType } from '../../graphql/pagination/connection.js';
import { pageRequest } from '../../graphql/pagination/page.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { CompetitionsLoaders } from './competitions.loaders.js';
import { CompetitionsService, NEWEST_COMPETITIONS } from './competitions.service.js';
import { CompetitionArgs, CompetitionsArgs, CreateCompetitionInput, UpdateCompetitionInput } from './dto/competition.inputs.js';
import { Competition } from './models/competition.model.js';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';

const CompetitionConnection = ConnectionType(Competition, 'Competition');

@Resolver(() => Competition)
export class CompetitionsResolver {
  constructor(
    private readonly service: CompetitionsService,
    private readonly loaders: CompetitionsLoaders,
    private readonly config: AppConfig,
  ) {}

  @Query(() => Competition, { nullable: true, description: 'One competition by slug; null when there is none.' })
  competition(@Args() { slug }: CompetitionArgs) {
    return this.service.findBySlug(slug);
  }

  @Query(() => CompetitionConnection, { description: 'Competitions, newest first.' })
  async competitions(@Args() args: CompetitionsArgs) {
    const page = NEWEST_COMPETITIONS.page(pageRequest(args, this.config.graphql.pageSizeMax));
    return page.connection(await this.service.findPage(args.kind, page));
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Competition, { description: 'Creates a competition; fails with SLUG_TAKEN if the slug is in use.' })
  createCompetition(
    @Args('input', { description: 'The new competition.' }) input: CreateCompetitionInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.create(input, viewer);
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Competition, { description: 'Fails with VERSION_CONFLICT if someone saved first.' })
  updateCompetition(
    @Args('input', { description: 'The changes and the version they were made to.' }) input: UpdateCompetitionInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.update(input, viewer);
  }

  @ResolveField(() => Competition, { nullable: true, description: 'The competition this one belongs to.' })
  parent(@Parent() competition: Competition, @Context() ctx: RequestContext) {
    return competition.parentId ? this.loaders.byId(ctx.loaders).load(competition.parentId) : null;
  }
}
