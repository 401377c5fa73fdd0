import { ArticlesModule } from './articles/articles.module.js';
import { FactCheckModule } from './fact-check/fact-check.module.js';
import { MediaModule } from './media/media.module.js';
import { MediaRightsExpiryModule } from './media/rights/expiry/rights-expiry.module.js';
import { MentionSuggestionsModule } from './mention-suggestions/mention-suggestions.module.js';
import { QuotesModule } from './quotes/quotes.module.js';

/**
 * Newsroom content on top of the sports graph: media assets and the credit registry, quotes and
 * social posts, stories, the fact check of their prose against the data, and the photo rights job,
 * which acts on the stories placing photos; and mention suggestions for the desk.
 */
export const NewsroomModules = [
  MediaModule,
  QuotesModule,
  ArticlesModule,
  FactCheckModule,
  MediaRightsExpiryModule,
  MentionSuggestionsModule,
];
