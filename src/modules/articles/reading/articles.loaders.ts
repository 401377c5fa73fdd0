import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderRegistry } from '../../../graphql/loader-registry.js';
import { NodeLoader } from '../../../graphql/relay/node-loader.decorator.js';
import { ArticlesRepository } from '../editing/articles.repository.js';
import { articleIdOfBlockKey, BLOCK_KEY } from '../blocks/block-key.js';
import { blockViews } from '../blocks/block-view.js';
import { BLOCK_TYPENAMES } from '../models/article-blocks.model.js';

@Injectable()
export class ArticlesLoaders {
  constructor(private readonly repository: ArticlesRepository) {}

  byId(loaders: LoaderRegistry) {
    return loaders.one(
      'article.byId',
      (ids: readonly string[]) => this.repository.findByIds(ids),
      (article) => article.id,
    );
  }

  /** Stories as a reader may see them: published only. */
  @NodeLoader({ types: ['Article'] })
  publishedById(loaders: LoaderRegistry) {
    return loaders.one(
      'article.publishedById',
      (ids: readonly string[]) => this.repository.findPublishedByIds(ids),
      (article) => article.id,
    );
  }

  /** A block of a published story by its key: the story's blocks are read and keyed as `body` keys them. */
  @NodeLoader({ types: Object.values(BLOCK_TYPENAMES), key: BLOCK_KEY })
  blockByKey(loaders: LoaderRegistry) {
    return loaders.get(
      'article.blockByKey',
      () =>
        new DataLoader<string, Record<string, unknown> | null>(async (keys) => {
          const articleIds = [...new Set(keys.map(articleIdOfBlockKey))];
          const articles = await this.publishedById(loaders).loadMany(articleIds);
          const published = articleIds.filter((_id, i) => articles[i] && !(articles[i] instanceof Error));
          const blocks = await this.blocks(loaders).loadMany(published);
          const byKey = new Map<string, Record<string, unknown>>();
          published.forEach((articleId, i) => {
            const own = blocks[i];
            if (own instanceof Error) throw own;
            for (const view of blockViews(articleId, own))
              byKey.set(view.id as string, { ...view, __typename: BLOCK_TYPENAMES[view.type as keyof typeof BLOCK_TYPENAMES] });
          });
          return keys.map((key) => byKey.get(key) ?? null);
        }),
    );
  }

  blocks(loaders: LoaderRegistry) {
    return loaders.many(
      'article.blocks',
      (ids: readonly string[]) => this.repository.findBlocks(ids),
      (block) => block.articleId,
    );
  }

  authors(loaders: LoaderRegistry) {
    return loaders.many(
      'article.authors',
      (ids: readonly string[]) => this.repository.findAuthors(ids),
      (author) => author.articleId,
    );
  }

  links(loaders: LoaderRegistry) {
    return loaders.many(
      'article.links',
      (ids: readonly string[]) => this.repository.findLinks(ids),
      (link) => link.articleId,
    );
  }
}
