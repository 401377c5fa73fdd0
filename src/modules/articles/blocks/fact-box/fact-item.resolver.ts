import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ageOn } from '../../../../common/dates.js';
import type { RequestContext } from '../../../../graphql/request-context.js';
import { PeopleLoaders } from '../../../people/people.loaders.js';
import { formatTime } from '../../../results/domain/time-format.js';
import { ResultsLoaders } from '../../../results/results.loaders.js';
import { FactKind } from './fact-box.input.js';
import { FactItem, FactSource } from './fact-box.model.js';

@Resolver(() => FactItem)
export class FactItemResolver {
  constructor(
    private readonly results: ResultsLoaders,
    private readonly people: PeopleLoaders,
  ) {}

  // Stored items hold the kind inside `fact`; without this the field always read null.
  @ResolveField(() => FactKind, { nullable: true, description: 'Set when the value is computed.' })
  kind(@Parent() item: FactItem) {
    return item.fact?.kind ?? null;
  }

  @ResolveField(() => [FactSource], {
    complexity: 2,
    description:
      'The data a computed fact comes from, in its order: the two result rows of a time difference, the person of an age; empty for a line of text.',
  })
  async sources(@Parent() item: FactItem, @Context() ctx: RequestContext) {
    const fact = item.fact;
    if (!fact) return [];
    if (fact.kind === FactKind.AGE) return fact.personId ? [await this.people.byId(ctx.loaders).load(fact.personId)].filter(Boolean) : [];
    const ids = [fact.resultId, fact.otherResultId].filter((id): id is string => Boolean(id));
    return (await this.results.resultById(ctx.loaders).loadMany(ids)).filter((row) => row && !(row instanceof Error));
  }

  @ResolveField(() => String, { nullable: true, description: 'The text, or the computed figure ("0.88 s", "27").' })
  async value(@Parent() item: FactItem, @Context() ctx: RequestContext) {
    const fact = item.fact;
    if (!fact) return item.text;
    if (fact.kind === FactKind.AGE) {
      const person = fact.personId ? await this.people.byId(ctx.loaders).load(fact.personId) : null;
      return person?.birthDate && fact.on ? String(ageOn(person.birthDate, new Date(`${fact.on}T00:00:00Z`))) : null;
    }
    const [a, b] = await Promise.all(
      [fact.resultId, fact.otherResultId].map((id) => (id ? this.results.resultById(ctx.loaders).load(id) : Promise.resolve(null))),
    );
    if (!a?.timeMs || !b?.timeMs) return null;
    return `${formatTime(Math.abs(a.timeMs - b.timeMs), { decimals: 2, rounding: 'TRUNCATE' })} s`;
  }
}
