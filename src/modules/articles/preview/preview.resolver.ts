import { Args, ArgsType, Context, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { AllowApiKeyScope, Roles, STAFF } from '../../../auth/roles.decorator.js';
import { NotFoundError } from '../../../common/errors/domain-error.js';
import type { RequestContext } from '../../../graphql/request-context.js';
import { DateTimeScalar } from '../../../graphql/scalars/index.js';
import { Tokens } from '../../../auth/tokens.js';
import { Article } from '../models/article.model.js';
import { ArticlesLoaders } from '../reading/articles.loaders.js';
import { DeskArticleArgs } from '../desk/desk.inputs.js';

/** Preview tokens are JWTs for this audience only: an access token is no preview token, and the reverse. */
export const PREVIEW_AUDIENCE = 'podium-preview';
export const PREVIEW_TTL_SECONDS = 60 * 60;

@ObjectType({ description: "A signed link key to a story's working copy, for a frontend's preview." })
export class ArticlePreview {
  @Field({ description: 'Pass it to articlePreview(token).' })
  token: string;

  @Field(() => DateTimeScalar, { description: 'When the token stops working.' })
  expiresAt: Date;
}

@ArgsType()
export class ArticlePreviewArgs {
  @Field({ description: 'A token from createArticlePreview.' })
  @IsString()
  @MaxLength(4096)
  token: string;
}

@Resolver(() => Article)
export class PreviewResolver {
  constructor(
    private readonly tokens: Tokens,
    private readonly loaders: ArticlesLoaders,
  ) {}

  @Roles('WRITER', 'EDITOR')
  @Mutation(() => ArticlePreview, {
    description: `A preview token for a story's working copy, valid ${PREVIEW_TTL_SECONDS / 60} minutes (staff).`,
  })
  async createArticlePreview(@Args() { id }: DeskArticleArgs, @Context() ctx: RequestContext): Promise<ArticlePreview> {
    if (!(await this.loaders.byId(ctx.loaders).load(id))) throw new NotFoundError('Article', { id });
    const token = await this.tokens.sign({}, { audience: PREVIEW_AUDIENCE, subject: id, expiresInSeconds: PREVIEW_TTL_SECONDS });
    return { token, expiresAt: new Date(Date.now() + PREVIEW_TTL_SECONDS * 1000) };
  }

  @Roles(...STAFF)
  @AllowApiKeyScope('PREVIEW')
  @Query(() => Article, {
    nullable: true,
    description:
      "A story's working copy through a preview token, whatever its status, for staff and frontends with a PREVIEW API key; UNAUTHENTICATED when the token is expired or not valid, or without credentials.",
  })
  async articlePreview(@Args() { token }: ArticlePreviewArgs, @Context() ctx: RequestContext) {
    const { sub } = await this.tokens.verify(token, PREVIEW_AUDIENCE);
    return this.loaders.byId(ctx.loaders).load(sub);
  }
}
