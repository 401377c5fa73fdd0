import { DomainError, type VersionConflictError } from '../../../common/errors/domain-error.js';
import { ErrorCode } from '../../../common/errors/error-codes.js';
import { toGlobalId } from '../../../graphql/relay/global-id.js';

export interface ConflictWinner {
  currentVersion: number;
  savedBy: { id: string; displayName: string } | null;
  savedAt: Date;
  rejectedRevisionId: string;
}

/** VERSION_CONFLICT on a story, naming who saved first and where the refused save was kept. */
export class ArticleVersionConflictError extends DomainError {
  constructor(conflict: VersionConflictError, winner: ConflictWinner) {
    const by = winner.savedBy ? ` by ${winner.savedBy.displayName}` : '';
    const expected = String(conflict.details.expectedVersion);
    super(
      ErrorCode.VERSION_CONFLICT,
      `The story was saved${by} first: you edited version ${expected}, the current version is ${winner.currentVersion}; your save is kept as a revision`,
      {
        ...conflict.details,
        currentVersion: winner.currentVersion,
        savedBy: winner.savedBy ? { id: toGlobalId('User', winner.savedBy.id), displayName: winner.savedBy.displayName } : null,
        savedAt: winner.savedAt.toISOString(),
        rejectedRevisionId: toGlobalId('ArticleRevision', winner.rejectedRevisionId),
      },
    );
  }
}
