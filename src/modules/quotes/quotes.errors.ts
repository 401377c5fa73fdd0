import { DomainError } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';

/** Deleting would leave stories pointing at nothing; `articles` names them so an editor can fix them first. */
export class ReferencedByArticlesError extends DomainError {
  constructor(entity: 'Quote' | 'SocialPost', id: string, articles: string[]) {
    const what = entity === 'Quote' ? 'quote' : 'social post';
    super(ErrorCode.REFERENCED, `The ${what} is used by ${articles.length} article(s): ${articles.join(', ')}`, { entity, id, articles });
  }
}
