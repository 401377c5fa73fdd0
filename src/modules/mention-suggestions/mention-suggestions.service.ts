import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../auth/viewer.js';
import { BadInputError, type FieldIssue, NotFoundError, VersionConflictError } from '../../common/errors/domain-error.js';
import type { BlockType } from '../../generated/prisma/enums.js';
import { toGlobalId } from '../../graphql/relay/global-id.js';
import type { MentionData, ParagraphData } from '../articles/blocks/paragraph/paragraph.block.js';
import type { ArticleBlockInput } from '../articles/dto/article-block.input.js';
import { ArticlesService } from '../articles/editing/articles.service.js';
import { storedBlockInput } from '../articles/revisions/snapshot-input.js';
import { LINKABLE_TYPENAMES } from '../references/linkables/linkable-kinds.js';
import { NameDictionaryStore } from './dictionary/name-dictionary.store.js';
import type { AcceptMentionSuggestionsInput } from './dto/accept-mention-suggestions.input.js';
import { TIES, type Tie } from './matching/candidates.js';
import { type ParagraphText, type StoryContext, type Suggestion, suggestMentions } from './matching/suggest.js';
import { type ContextRow, MentionSuggestionsRepository } from './mention-suggestions.repository.js';
import type { MentionSuggestion } from './models/mention-suggestion.model.js';

/** Who the story touches, from the repository's rows of one story. */
export function storyContext(rows: readonly ContextRow[]): StoryContext {
  const ties = new Map<string, Tie>();
  const people: string[] = [];
  const authors = new Set<string>();
  const events: { id: string; name: string }[] = [];
  for (const row of rows) {
    if (row.type === 'AUTHOR') {
      authors.add(row.id);
      continue;
    }
    const tie = TIES[Math.min(row.tie, TIES.length - 1)];
    ties.set(`${row.type}:${row.id}`, tie);
    if (row.type === 'PERSON' && tie === 'LINKED') people.push(row.id);
    if (row.type === 'EVENT' && row.name) events.push({ id: row.id, name: row.name });
  }
  return { ties, people, authors, events };
}

/** The paragraphs of stored blocks, as the matcher reads them. */
export function paragraphTexts(blocks: readonly { position: number; type?: BlockType; data: unknown }[]): ParagraphText[] {
  return blocks
    .filter((block) => (block.type ?? 'PARAGRAPH') === 'PARAGRAPH')
    .map((block) => {
      const data = block.data as Partial<ParagraphData>;
      return { blockIndex: block.position, text: data.text ?? '', marks: data.marks ?? [], mentions: data.mentions ?? [] };
    });
}

const group = <T extends { articleId: string }>(rows: readonly T[]) => {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.articleId, [...(groups.get(row.articleId) ?? []), row]);
  return groups;
};

/** Mention suggestions of stories' working copies, and their acceptance as one save. */
@Injectable()
export class MentionSuggestionsService {
  constructor(
    private readonly repository: MentionSuggestionsRepository,
    private readonly store: NameDictionaryStore,
    private readonly articles: ArticlesService,
  ) {}

  /**
   * The suggestions of each story, in key order: two statements for any number of stories and
   * any length of text (the paragraphs, and what the stories touch), plus the dictionary's
   * occasional change check.
   */
  async suggestMany(articleIds: readonly string[]): Promise<MentionSuggestion[][]> {
    const [dictionary, blocks, contexts] = await Promise.all([
      this.store.current(),
      this.repository.paragraphs(articleIds),
      this.repository.contexts(articleIds),
    ]);
    const blocksOf = group(blocks);
    const contextOf = group(contexts);
    return articleIds.map((id) =>
      suggestMentions(dictionary, storyContext(contextOf.get(id) ?? []), paragraphTexts(blocksOf.get(id) ?? [])).suggestions.map(toModel),
    );
  }

  /**
   * Turns suggestions into mentions through the story's normal save, so every check, the
   * revision and the audit entry are those of any save. The suggestions are worked out again
   * from the version the client saw; an id that is not among them (the text changed, or it was
   * never one) is BAD_USER_INPUT naming it, and a newer version is VERSION_CONFLICT.
   */
  async accept(viewer: Viewer, input: AcceptMentionSuggestionsInput) {
    const { articleId, expectedVersion, suggestionIds, choices = [] } = input;
    const story = await this.repository.story(articleId);
    if (!story) throw new NotFoundError('Article', { id: articleId });
    if (story.version !== expectedVersion) throw new VersionConflictError('Article', articleId, expectedVersion, story.version);
    const [dictionary, contexts] = await Promise.all([this.store.current(), this.repository.contexts([articleId])]);
    const { suggestions } = suggestMentions(dictionary, storyContext(contexts), paragraphTexts(story.blocks));
    const additions = chosenMentions(suggestions, suggestionIds, choices);
    const blocks = story.blocks.map((block) => blockInput(block, additions.get(block.position)));
    return this.articles.update(viewer, { id: articleId, expectedVersion, blocks });
  }
}

/** The mention each accepted suggestion becomes, by block; every id and choice that does not fit is an issue. */
function chosenMentions(
  suggestions: readonly Suggestion[],
  suggestionIds: readonly string[],
  choices: NonNullable<AcceptMentionSuggestionsInput['choices']>,
): Map<number, MentionData[]> {
  const byId = new Map(suggestions.map((s) => [s.id, s]));
  const issues: FieldIssue[] = [];
  const chosen = new Map<string, { targetType: MentionData['targetType']; targetId: string }>();
  choices.forEach((choice, i) => {
    const suggestion = byId.get(choice.suggestionId);
    if (!suggestionIds.includes(choice.suggestionId)) {
      issues.push({ path: `input.choices.${i}.suggestionId`, message: 'not one of suggestionIds', code: 'CHOICE_NOT_ACCEPTED' });
    } else if (suggestion && !suggestion.candidates.some((c) => c.targetType === choice.targetType && c.targetId === choice.targetId)) {
      issues.push({
        path: `input.choices.${i}.targetId`,
        message: `not a candidate of the suggestion "${suggestion.text}"`,
        code: 'NOT_A_CANDIDATE',
      });
    } else {
      chosen.set(choice.suggestionId, { targetType: choice.targetType, targetId: choice.targetId });
    }
  });
  const additions = new Map<number, MentionData[]>();
  suggestionIds.forEach((id, i) => {
    const suggestion = byId.get(id);
    if (!suggestion) {
      issues.push({
        path: `input.suggestionIds.${i}`,
        message: 'no such suggestion for this version of the story: read mentionSuggestions again',
        code: 'UNKNOWN_SUGGESTION',
      });
      return;
    }
    const target = chosen.get(id) ?? suggestion.candidates[0];
    const list = additions.get(suggestion.blockIndex) ?? [];
    list.push({ start: suggestion.start, end: suggestion.end, targetType: target.targetType, targetId: target.targetId });
    additions.set(suggestion.blockIndex, list);
  });
  if (issues.length)
    throw new BadInputError(`Cannot accept these suggestions: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
  return additions;
}

/** A stored block as save input, with the accepted mentions added to a paragraph. */
function blockInput(block: { type: BlockType; data: unknown }, added: MentionData[] | undefined): ArticleBlockInput {
  const stored = block.data as Record<string, unknown>;
  if (!added?.length) return storedBlockInput({ type: block.type, data: stored });
  const paragraph = stored as unknown as ParagraphData;
  const mentions = [...paragraph.mentions, ...added].sort((a, b) => a.start - b.start);
  return storedBlockInput({ type: block.type, data: { ...stored, mentions } });
}

function toModel(suggestion: Suggestion): MentionSuggestion {
  return {
    ...suggestion,
    candidates: suggestion.candidates.map((c) => ({ ...c, targetId: toGlobalId(LINKABLE_TYPENAMES[c.targetType], c.targetId) })),
  };
}
