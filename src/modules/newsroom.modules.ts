import { ArticlesModule } from './articles/articles.module.js';
import { MediaModule } from './media/media.module.js';
import { MediaRightsExpiryModule } from './media/rights/expiry/rights-expiry.module.js';
import { QuotesModule } from './quotes/quotes.module.js';

/**
 * Newsroom content on top of the sports graph: media assets and the credit registry, quotes and
 * social posts, stories, and the photo rights job, which acts on the stories placing photos.
 */
export const NewsroomModules = [MediaModule, QuotesModule, ArticlesModule, MediaRightsExpiryModule];
