import { Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../auth/roles.decorator.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { toGlobalId } from '../../graphql/relay/global-id.js';
import { Article } from '../articles/models/article.model.js';
import { Linkable } from '../references/linkables/linkable.union.js';
import { LinkableTypes } from '../references/linkables/linkable-types.js';
import { FactCheckRepository } from './fact-check.repository.js';
import { FactCheckService } from './fact-check.service.js';
import { FactCheck, FactClaim } from './models/fact-check.model.js';

/** A check computed on demand reads the story, its links and its data: about a dozen statements. */
const FACT_CHECK_COST = 15;

/** The fact check as the desk reads it: the one stored by the last save, or a fresh one when the story moved on since. */
@Resolver(() => Article)
export class ArticleFactCheckResolver {
  constructor(
    private readonly prisma: PrismaService,
    private readonly service: FactCheckService,
    private readonly checks: FactCheckRepository,
  ) {}

  @Roles('WRITER', 'EDITOR')
  @ResolveField(() => FactCheck, {
    nullable: true,
    complexity: FACT_CHECK_COST,
    description:
      "The claims in the working copy's paragraphs checked against the data the story links and embeds, as of the story's date: what each says, the value in the data, the verdict and, for a contradiction, the correct wording (staff only). Select it in a save's answer for that save's warnings.",
  })
  async factCheck(@Parent() article: Article, @Context() ctx: RequestContext): Promise<FactCheck | null> {
    const stored = await ctx.loaders
      .one(
        'article.factCheck',
        (ids: readonly string[]) => this.checks.findWithVersions(this.prisma, ids),
        (row) => row.articleId,
      )
      .load(article.id);
    if (!stored) return null;
    if (stored.check?.articleVersion === stored.storyVersion) return stored.check;
    return this.service.checkWorkingCopy(this.prisma, article.id);
  }
}

@Resolver(() => FactClaim)
export class FactClaimResolver {
  constructor(private readonly linkables: LinkableTypes) {}

  @ResolveField(() => Linkable, {
    nullable: true,
    description: 'The person or team the claim is about, told from the mentions and links around it; null when none could be told.',
  })
  entity(@Parent() claim: FactClaim, @Context() ctx: RequestContext) {
    return claim.entityId && claim.entityType ? this.linkables.load(ctx.loaders, claim.entityType, claim.entityId) : null;
  }

  @ResolveField(() => ID, { nullable: true, description: 'The Unit (race, match) the claim was checked against.' })
  unitId(@Parent() claim: FactClaim) {
    return claim.unitId ? toGlobalId('Unit', claim.unitId) : null;
  }
}
