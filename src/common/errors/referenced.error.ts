import { toGlobalId } from '../../graphql/relay/global-id.js';
import { DomainError } from './domain-error.js';
import { ErrorCode } from './error-codes.js';

/** "MediaAsset" → "media asset". */
const humanize = (entity: string) => entity.replace(/(?<!^)(?=[A-Z])/g, ' ').toLowerCase();

/** Deleting would leave stories pointing at nothing; `articles` names them so an editor can fix them first. */
export class ReferencedByArticlesError extends DomainError {
  constructor(entity: string, id: string, articles: string[]) {
    super(ErrorCode.REFERENCED, `The ${humanize(entity)} is used by ${articles.length} article(s): ${articles.join(', ')}`, {
      entity,
      id: toGlobalId(entity, id),
      articles,
    });
  }
}

/** One kind of record pointing at what a client wants to delete: how many, and the first few by key (slugs for articles, else row ids). */
export interface Reference {
  entity: string;
  count: number;
  keys: string[];
}

/** Stories are named by slug, as editors know them; every other kind by the global id the API gives it. */
const clientKeys = ({ entity, count, keys }: Reference): Reference => ({
  entity,
  count,
  keys: entity === 'Article' ? keys : keys.map((key) => toGlobalId(entity, key)),
});

/**
 * Deleting would break what points at the record: result rows, standings, units, quotes,
 * stories... `references` lists each kind with a count and keys (global ids, slugs for
 * stories); `articles` holds the stories' slugs, as for the other refused deletes.
 */
export class ReferencedError extends DomainError {
  constructor(entity: string, id: string, references: Reference[]) {
    const parts = references.map((r) => `${r.count} ${humanize(r.entity)}${r.count === 1 ? '' : 's'}`);
    super(ErrorCode.REFERENCED, `The ${humanize(entity)} cannot be deleted: it is used by ${parts.join(', ')}`, {
      entity,
      id: toGlobalId(entity, id),
      references: references.map(clientKeys),
      articles: references.find((r) => r.entity === 'Article')?.keys ?? [],
    });
  }
}
