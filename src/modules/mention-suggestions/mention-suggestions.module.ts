import { Module } from '@nestjs/common';
import { ReadModelModule } from '../../read-model/read-model.module.js';
import { ArticlesModule } from '../articles/articles.module.js';
import { NameDictionaryStore } from './dictionary/name-dictionary.store.js';
import { MentionSuggestionsRepository } from './mention-suggestions.repository.js';
import { MentionSuggestionsResolver } from './mention-suggestions.resolver.js';
import { MentionSuggestionsService } from './mention-suggestions.service.js';

/**
 * Mention suggestions: a process-wide dictionary of every name (people, organisations, venues,
 * competitions) matched against a story's paragraphs, and their acceptance through the story's
 * own save. Hears of name changes on the public change feed.
 */
@Module({
  imports: [ArticlesModule, ReadModelModule],
  providers: [MentionSuggestionsRepository, NameDictionaryStore, MentionSuggestionsService, MentionSuggestionsResolver],
})
export class MentionSuggestionsModule {}
