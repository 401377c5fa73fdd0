import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { Article } from '../articles/models/article.model.js';
import { AcceptMentionSuggestionsInput } from './dto/accept-mention-suggestions.input.js';
import { DEFAULT_LIMITS } from './matching/suggest.js';
import { MentionSuggestionsService } from './mention-suggestions.service.js';
import { MentionSuggestion } from './models/mention-suggestion.model.js';

/** Writers and editors work on the desk (ADMIN always passes). */
const DESK = ['WRITER', 'EDITOR'] as const;
// Two statements per batch of stories, and a list of up to 300 suggestions of up to 5 candidates.
const SUGGESTIONS_COST = 50;

/** Names in a story's paragraphs that could be mentions, and accepting them. */
@Resolver(() => Article)
export class MentionSuggestionsResolver {
  constructor(private readonly service: MentionSuggestionsService) {}

  @Roles(...DESK)
  @ResolveField(() => [MentionSuggestion], {
    nullable: true,
    complexity: SUGGESTIONS_COST,
    description: `Names in the paragraphs of the working copy that are not mentions yet, matched to people, organisations, venues, competitions and the story's events (staff only), in reading order. Text inside existing mentions and links is skipped, and so is the byline; at most ${DEFAULT_LIMITS.maxSuggestions}, from the first ${DEFAULT_LIMITS.maxChars.toLocaleString('en-US')} characters of paragraph text.`,
  })
  mentionSuggestions(@Parent() article: Article, @Context() ctx: RequestContext) {
    return ctx.loaders
      .get('article.mentionSuggestions', () => new DataLoader<string, MentionSuggestion[]>((ids) => this.service.suggestMany(ids)))
      .load(article.id);
  }

  @Roles(...DESK)
  @Mutation(() => Article, {
    description:
      'Turns mention suggestions into mentions in one save of the working copy (each its first candidate unless a choice names another); the same rules as updateArticle: editors any story, a writer their own drafts. BAD_USER_INPUT with code UNKNOWN_SUGGESTION for an id that is not a suggestion of this version, NOT_A_CANDIDATE for a choice outside the candidates; VERSION_CONFLICT if the story was saved since.',
  })
  acceptMentionSuggestions(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The story, the version the suggestions were read from, and which to accept.' })
    input: AcceptMentionSuggestionsInput,
  ) {
    return this.service.accept(viewer, input);
  }
}
