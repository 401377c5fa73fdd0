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
