import { DomainError } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';

/** Deleting would leave stories pointing at nothing; `articles` names them so an editor can fix them first. */
export class MediaReferencedError extends DomainError {
  constructor(id: string, articles: string[]) {
    super(ErrorCode.REFERENCED, `The media asset is used by ${articles.length} article(s): ${articles.join(', ')}`, { entity: 'MediaAsset', id, articles });
  }
}
