import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ageOn } from '../../../common/dates.js';
import type { RequestContext } from '../../../graphql/request-context.js';
import { Event } from '../../events/models/event.model.js';
import { EventsLoaders } from '../../events/events.loaders.js';
import { MediaAsset } from '../../media/models/media-asset.model.js';
import { MediaLoaders } from '../../media/media.loaders.js';
import { PeopleLoaders } from '../../people/people.loaders.js';
import { Quote } from '../../quotes/models/quote.model.js';
import { SocialPost } from '../../quotes/models/social-post.model.js';
import { QuotesLoaders } from '../../quotes/quotes.loaders.js';
import { formatTime } from '../../results/domain/time-format.js';
import { MAX_TABLE_ROWS } from '../dto/block-payload.inputs.js';
import { EventStanding } from '../../results/models/event-standing.model.js';
import { Result } from '../../results/models/result.model.js';
import { ResultsLoaders } from '../../results/results.loaders.js';
import { Unit } from '../../units/models/unit.model.js';
import { UnitsLoaders } from '../../units/units.loaders.js';
import { FactKind } from '../dto/block-payload.inputs.js';
import { FactItem, ImageBlock, Mention, QuoteBlock, ResultsTableBlock, SocialPostBlock } from '../models/article-blocks.model.js';
import { Linkable } from '../../references/linkables/linkable.union.js';
import { LinkableTypes } from '../../references/linkables/linkable-types.js';

@Resolver(() => Mention)
export class MentionResolver {
  constructor(private readonly linkable: LinkableTypes) {}

  @ResolveField(() => Linkable, { nullable: true, description: 'The entity the span names.' })
  target(@Parent() mention: Mention, @Context() ctx: RequestContext) {
    return this.linkable.load(ctx.loaders, mention.targetType, mention.targetId);
  }
}

@Resolver(() => QuoteBlock)
export class QuoteBlockResolver {
  constructor(private readonly quotes: QuotesLoaders) {}

  @ResolveField(() => Quote, { description: 'The quote placed.' })
  quote(@Parent() block: QuoteBlock, @Context() ctx: RequestContext) {
    return this.quotes.quoteById(ctx.loaders).load(block.quoteId);
  }
}

@Resolver(() => SocialPostBlock)
export class SocialPostBlockResolver {
  constructor(private readonly quotes: QuotesLoaders) {}

  @ResolveField(() => SocialPost, { description: 'The social post embedded.' })
  post(@Parent() block: SocialPostBlock, @Context() ctx: RequestContext) {
    return this.quotes.socialPostById(ctx.loaders).load(block.socialPostId);
  }
}

@Resolver(() => ImageBlock)
export class ImageBlockResolver {
  constructor(private readonly media: MediaLoaders) {}

  @ResolveField(() => MediaAsset, { description: 'The media asset placed, with its own metadata.' })
  asset(@Parent() block: ImageBlock, @Context() ctx: RequestContext) {
    return this.media.assetById(ctx.loaders).load(block.assetId);
  }

  @ResolveField(() => String, { nullable: true, description: "The caption shown: this story's override, else the asset's." })
  async caption(@Parent() block: ImageBlock, @Context() ctx: RequestContext) {
    return block.captionOverride ?? (await this.media.assetById(ctx.loaders).load(block.assetId))?.caption ?? null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The credit shown: this story's override, else the asset's effective credit.",
  })
  async credit(@Parent() block: ImageBlock, @Context() ctx: RequestContext) {
    return block.creditOverride ?? this.media.effectiveCredit(ctx.loaders, block.assetId);
  }

  @ResolveField(() => String, { nullable: true, description: "The alt text shown: this story's override, else the asset's." })
  async altText(@Parent() block: ImageBlock, @Context() ctx: RequestContext) {
    return block.altTextOverride ?? (await this.media.assetById(ctx.loaders).load(block.assetId))?.altText ?? null;
  }
}

@Resolver(() => ResultsTableBlock)
export class ResultsTableBlockResolver {
  constructor(
    private readonly units: UnitsLoaders,
    private readonly events: EventsLoaders,
    private readonly results: ResultsLoaders,
  ) {}

  @ResolveField(() => Unit, { nullable: true, description: 'The unit whose results the table shows.' })
  unit(@Parent() block: ResultsTableBlock, @Context() ctx: RequestContext) {
    return block.unitId ? this.units.unitById(ctx.loaders).load(block.unitId) : null;
  }

  @ResolveField(() => Event, { nullable: true, description: 'The event whose final standings the table shows.' })
  event(@Parent() block: ResultsTableBlock, @Context() ctx: RequestContext) {
    return block.eventId ? this.events.byId(ctx.loaders).load(block.eventId) : null;
  }

  @ResolveField(() => [Result], {
    complexity: MAX_TABLE_ROWS,
    description: 'The rows chosen for this table, from the live results (unit tables).',
  })
  async rows(@Parent() block: ResultsTableBlock, @Context() ctx: RequestContext) {
    if (!block.unitId) return [];
    return pick(await this.results.resultsByUnit(ctx.loaders).load(block.unitId), block);
  }

  @ResolveField(() => [EventStanding], { complexity: MAX_TABLE_ROWS, description: 'The standings chosen for this table (event tables).' })
  async standings(@Parent() block: ResultsTableBlock, @Context() ctx: RequestContext) {
    if (!block.eventId) return [];
    return pick(await this.results.standingsByEvent(ctx.loaders).load(block.eventId), block);
  }
}

function pick<T extends { competitorId: string }>(rows: T[], block: ResultsTableBlock): T[] {
  const chosen = block.competitorIds.length ? rows.filter((row) => block.competitorIds.includes(row.competitorId)) : rows;
  return block.top ? chosen.slice(0, block.top) : chosen;
}

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
