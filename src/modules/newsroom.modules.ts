import { ArticlesModule } from './articles/articles.module.js';
import { MediaModule } from './media/media.module.js';
import { QuotesModule } from './quotes/quotes.module.js';

/** Newsroom content on top of the sports graph: media assets and the credit registry, quotes and social posts, stories. */
export const NewsroomModules = [MediaModule, QuotesModule, ArticlesModule];
