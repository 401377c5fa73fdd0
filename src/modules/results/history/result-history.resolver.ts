import { Args, Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { Roles } from '../../../auth/roles.decorator.js';
import { AppConfig } from '../../../config/app-config.js';
import type { ResultChange as ResultChangeRow } from '../../../generated/prisma/client.js';
import { groupByKey, type LoaderRegistry } from '../../../graphql/loader-registry.js';
import { ConnectionType, PageArgs } from '../../../graphql/pagination/connection.js';
import type { KeysetPage } from '../../../graphql/pagination/keyset.js';
import { pageRequest } from '../../../graphql/pagination/page.js';
import { toGlobalId } from '../../../graphql/relay/global-id.js';
import type { RequestContext } from '../../../graphql/request-context.js';
import { Event } from '../../events/models/event.model.js';
import { Unit } from '../../units/models/unit.model.js';
import { Competitor } from '../models/competitor.model.js';
import { ResultsLoaders } from '../results.loaders.js';
import { MAX_FIELDS_PER_ROW, ResultChange, ResultFieldChange } from './models/result-change.model.js';
import { NEWEST_CHANGES, ResultHistoryRepository, type SubjectType } from './result-history.repository.js';

const ResultChangeConnection = ConnectionType(ResultChange, 'ResultChange');
/** Staff who work on results or write about them. */
const HISTORY_READERS = ['ADMIN', 'EDITOR', 'WRITER', 'RESULTS'] as const;

/** Per request: a page of changes per subject, and the names of who made them. */
function changesLoader(loaders: LoaderRegistry, repository: ResultHistoryRepository, type: SubjectType, page: KeysetPage<ResultChangeRow>) {
  const { size, backward, after, before } = page.request;
  return loaders.get(
    `resultChange.${type}:${JSON.stringify([size, backward, after, before])}`,
    () =>
      new DataLoader<string, ReturnType<typeof page.connection>>(async (ids) => {
        const rows = await repository.pageBySubjects(type, ids, page);
        return groupByKey(ids, rows, (row) => row.subjectId).map((own) => page.connection(own));
      }),
  );
}

@Resolver(() => Unit)
export class UnitResultChangesResolver {
  constructor(
    private readonly repository: ResultHistoryRepository,
    private readonly config: AppConfig,
  ) {}

  @ResolveField(() => ResultChangeConnection, {
    nullable: true,
    description: "Every change to the unit's result rows, newest first: who changed which row from what to what. Staff only.",
  })
  @Roles(...HISTORY_READERS)
  resultChanges(@Parent() unit: Unit, @Args() args: PageArgs, @Context() ctx: RequestContext) {
    const page = NEWEST_CHANGES.page(pageRequest(args, this.config.graphql.pageSizeMax));
    return changesLoader(ctx.loaders, this.repository, 'UNIT', page).load(unit.id);
  }
}

@Resolver(() => Event)
export class EventStandingChangesResolver {
  constructor(
    private readonly repository: ResultHistoryRepository,
    private readonly config: AppConfig,
  ) {}

  @ResolveField(() => ResultChangeConnection, {
    nullable: true,
    description: "Every change to the event's final standings and medals, newest first. Staff only.",
  })
  @Roles(...HISTORY_READERS)
  standingChanges(@Parent() event: Event, @Args() args: PageArgs, @Context() ctx: RequestContext) {
    const page = NEWEST_CHANGES.page(pageRequest(args, this.config.graphql.pageSizeMax));
    return changesLoader(ctx.loaders, this.repository, 'EVENT', page).load(event.id);
  }
}

@Resolver(() => ResultChange)
export class ResultChangeResolver {
  constructor(
    private readonly repository: ResultHistoryRepository,
    private readonly results: ResultsLoaders,
  ) {}

  @ResolveField(() => ID, { description: 'Global id of the change.' })
  id(@Parent() change: ResultChange) {
    return toGlobalId('ResultChange', change.id);
  }

  @ResolveField(() => Competitor, { nullable: true, description: 'Whose row it is; null if the entry was deleted since.' })
  competitor(@Parent() change: ResultChange, @Context() ctx: RequestContext) {
    return this.results.competitorById(ctx.loaders).load(change.competitorId);
  }

  @ResolveField(() => String, { nullable: true, description: 'Who saved it (display name); null for the system or a deleted account.' })
  async changedBy(@Parent() change: ResultChange, @Context() ctx: RequestContext) {
    if (!change.changedById) return null;
    const users = ctx.loaders.one(
      'resultChange.users',
      (ids: readonly string[]) => this.repository.usersByIds(ids),
      (user) => user.id,
    );
    return (await users.load(change.changedById))?.displayName ?? null;
  }

  @ResolveField(() => [ResultFieldChange], { complexity: MAX_FIELDS_PER_ROW, description: 'The fields changed, each from → to.' })
  changes(@Parent() change: ResultChange): ResultFieldChange[] {
    const fields = Object.keys(change.after ?? change.before ?? {});
    return fields.map((field) => ({ field, from: change.before?.[field] ?? null, to: change.after?.[field] ?? null }));
  }
}
