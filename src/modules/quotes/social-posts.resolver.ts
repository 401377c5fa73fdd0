import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Person } from '../people/models/person.model.js';
import { PeopleLoaders } from '../people/people.loaders.js';
import { CreateSocialPostInput, SocialPostArgs, UpdateSocialPostInput } from './dto/social-post.inputs.js';
import { SocialPost } from './models/social-post.model.js';
import { SocialPostsService } from './social-posts.service.js';
import { toGlobalId } from '../../graphql/relay/global-id.js';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';

@Resolver(() => SocialPost)
export class SocialPostsResolver {
  constructor(
    private readonly service: SocialPostsService,
    private readonly people: PeopleLoaders,
  ) {}

  @Query(() => SocialPost, { nullable: true, description: 'One social post by id; null when there is none.' })
  socialPost(@Args() { id }: SocialPostArgs) {
    return this.service.findOne(id);
  }

  @Roles('EDITOR', 'WRITER')
  @Mutation(() => SocialPost, { description: 'Stores a snapshot of a social post; a URL already stored gives CONFLICT.' })
  createSocialPost(
    @Args('input', { description: 'The post as captured: platform, URL, author and text.' }) input: CreateSocialPostInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.create(input, viewer);
  }

  @Roles('EDITOR', 'WRITER')
  @Mutation(() => SocialPost, { description: 'Changes a post; fails with VERSION_CONFLICT if someone saved first.' })
  updateSocialPost(
    @Args('input', { description: 'The changes and the version they were made to.' }) input: UpdateSocialPostInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.update(input, viewer);
  }

  @Roles('EDITOR', 'WRITER')
  @Mutation(() => ID, {
    description: 'Deletes a post and returns its id; fails with REFERENCED (listing `articles`) while a story embeds it.',
  })
  async deleteSocialPost(@Args() { id }: SocialPostArgs, @CurrentViewer() viewer: Viewer) {
    return toGlobalId('SocialPost', await this.service.delete(id, viewer));
  }

  @ResolveField(() => Person, { nullable: true, description: 'The person behind the account.' })
  author(@Parent() post: SocialPost, @Context() ctx: RequestContext) {
    return post.authorPersonId ? this.people.byId(ctx.loaders).load(post.authorPersonId) : null;
  }
}
