import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { ArticlesRepository } from './articles.repository.js';

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
