import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../../../graphql/request-context.js';
import { Linkable } from '../../../references/linkables/linkable.union.js';
import { LinkableTypes } from '../../../references/linkables/linkable-types.js';
import { Mention } from './paragraph.model.js';

@Resolver(() => Mention)
export class MentionResolver {
  constructor(private readonly linkable: LinkableTypes) {}

  @ResolveField(() => Linkable, { nullable: true, description: 'The entity the span names.' })
  target(@Parent() mention: Mention, @Context() ctx: RequestContext) {
    return this.linkable.load(ctx.loaders, mention.targetType, mention.targetId);
  }
}
