import { Args, Context, Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { CompetitionsLoaders } from '../competitions/competitions.loaders.js';
import { Event } from '../events/models/event.model.js';
import { Noc } from '../nocs/models/noc.model.js';
import { NocsLoaders } from '../nocs/nocs.loaders.js';
import { Person } from '../people/models/person.model.js';
import { PeopleLoaders } from '../people/people.loaders.js';
import { RecordType } from '../results/models/record-type.model.js';
import { Result } from '../results/models/result.model.js';
import { ResultsLoaders } from '../results/results.loaders.js';
import { NESTED_RECORDS_DEFAULT, PersonRecordsArgs, RecordsOnArgs } from './dto/records.args.js';
import { SportsRecord } from './models/record.model.js';
import { standsOn } from './record-validity.js';
import { RecordsLoaders } from './records.loaders.js';
import { MAX_RECORDS_PER_FAMILY } from './records.repository.js';

@Resolver(() => SportsRecord)
export class RecordsResolver {
  constructor(
    private readonly results: ResultsLoaders,
    private readonly people: PeopleLoaders,
    private readonly nocs: NocsLoaders,
  ) {}

  @ResolveField(() => RecordType, { description: 'The kind of record: WR, OR, NR...' })
  type(@Parent() record: SportsRecord, @Context() ctx: RequestContext) {
    return this.results.recordTypeByCode(ctx.loaders).load(record.recordTypeCode);
  }

  @ResolveField(() => Person, { nullable: true, description: 'The holder, for individual records.' })
  holder(@Parent() record: SportsRecord, @Context() ctx: RequestContext) {
    return record.holderPersonId ? this.people.byId(ctx.loaders).load(record.holderPersonId) : null;
  }

  @ResolveField(() => Noc, { nullable: true, description: 'The NOC, for national records.' })
  noc(@Parent() record: SportsRecord, @Context() ctx: RequestContext) {
    return record.nocCode ? this.nocs.byCode(ctx.loaders).load(record.nocCode) : null;
  }

  @ResolveField(() => Result, { nullable: true, description: 'The result row that set it, when it is in the database.' })
  async setBy(@Parent() record: SportsRecord, @Context() ctx: RequestContext) {
    if (!record.setByResultId) return null;
    return this.results.resultById(ctx.loaders).load(record.setByResultId);
  }

  @ResolveField(() => Float, { nullable: true, description: 'Record points or mark, for non-time events.' })
  valueNum(@Parent() record: { valueNum: unknown }) {
    return record.valueNum === null ? null : Number(record.valueNum);
  }
}

@Resolver(() => Event)
export class EventRecordsResolver {
  constructor(
    private readonly loaders: RecordsLoaders,
    private readonly competitions: CompetitionsLoaders,
  ) {}

  @ResolveField(() => [SportsRecord], {
    complexity: MAX_RECORDS_PER_FAMILY,
    description: `Records of this event family (WR, OR, ...) standing on a day, from its history of at most ${MAX_RECORDS_PER_FAMILY} records; "world record holder" is read from here.`,
  })
  async records(@Parent() event: Event, @Args() args: RecordsOnArgs, @Context() ctx: RequestContext) {
    const all = await this.loaders.byRecurringKey(ctx.loaders).load(event.recurringKey);
    const day = args.on ?? (await this.competitions.byId(ctx.loaders).load(event.competitionId))?.startDate ?? new Date();
    return all.filter(
      (r) => r.disciplineCode === event.disciplineCode && (!args.type || r.recordTypeCode === args.type) && standsOn(r, day),
    );
  }
}

@Resolver(() => Person)
export class PersonRecordsResolver {
  constructor(private readonly loaders: RecordsLoaders) {}

  @ResolveField(() => [SportsRecord], { description: 'Records this person holds or held, newest first.' })
  records(@Parent() person: Person, @Args() { first }: PersonRecordsArgs, @Context() ctx: RequestContext) {
    const size = first ?? NESTED_RECORDS_DEFAULT;
    return size === 0 ? [] : this.loaders.byHolder(ctx.loaders, size).load(person.id);
  }
}
