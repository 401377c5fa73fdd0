import { DomainError } from '../../../common/errors/domain-error.js';
import { ErrorCode } from '../../../common/errors/error-codes.js';
import type { PublishBlockReason } from './publish-gates.js';

/** A publish (now or scheduled) refused by the gates; nothing was changed. */
export class PublishBlockedError extends DomainError {
  constructor(readonly reasons: PublishBlockReason[]) {
    super(ErrorCode.PUBLISH_BLOCKED, `The story cannot be published: ${reasons.map((r) => r.message).join('; ')}`, { reasons });
  }
}
