import { DomainError } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';

/** A NOC code no NOC has; says so when the code is a member association's (ENG), with what to send instead. */
export class UnknownNocError extends DomainError {
  constructor(code: string, path: string, isAssociation: boolean, associationHint = `representing: { association: "${code}" }`) {
    const message = isAssociation
      ? `Unknown NOC ${code}: ${code} is a member association, not a NOC; use ${associationHint}`
      : `Unknown NOC ${code}`;
    super(ErrorCode.UNKNOWN_NOC, message, {
      field: path,
      issues: [{ path, code: 'UNKNOWN_NOC', message: isAssociation ? `a member association: use ${associationHint}` : 'no such NOC' }],
    });
  }
}

export class UnknownAssociationError extends DomainError {
  constructor(code: string, path: string) {
    super(ErrorCode.UNKNOWN_ASSOCIATION, `Unknown member association ${code}`, {
      field: path,
      issues: [
        { path, code: 'UNKNOWN_ASSOCIATION', message: 'no such member association (an admin adds it with upsertMemberAssociation)' },
      ],
    });
  }
}
