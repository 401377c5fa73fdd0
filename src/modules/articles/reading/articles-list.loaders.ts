import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../../graphql/loader-registry.js';
import type { PlacedType } from '../../references/placements.js';
import { ArticlesListRepository, type OwnedArticleRow } from './articles-list.repository.js';
import { ArticleRelation } from '../dto/articles-filter.input.js';

const ownerOf = (row: OwnedArticleRow) => row.ownerId;

/**
 * Stories per parent (person, event, placed entity). The arguments are part of the loader's
 * name: parents asked with the same arguments share one statement, trimmed per parent in SQL.
 */
@Injectable()
export class ArticlesListLoaders {
  constructor(private readonly repository: ArticlesListRepository) {}

  byPerson(loaders: LoaderRegistry, relation: ArticleRelation, first: number) {
    return loaders.many(
      `article.byPerson.${relation}.${first}`,
      (ids: readonly string[]) => this.repository.findForPeople(ids, relation, first),
      ownerOf,
    );
  }

  byEvent(loaders: LoaderRegistry, first: number) {
    return loaders.many(`article.byEvent.${first}`, (ids: readonly string[]) => this.repository.findForEvents(ids, first), ownerOf);
  }

  usages(loaders: LoaderRegistry, type: PlacedType, first: number) {
    return loaders.many(
      `article.usages.${type}.${first}`,
      (ids: readonly string[]) => this.repository.findUsages(type, ids, first),
      ownerOf,
    );
  }
}
