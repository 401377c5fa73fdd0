import { DomainError, type VersionConflictError } from '../../../common/errors/domain-error.js';
import { ErrorCode } from '../../../common/errors/error-codes.js';
import { toGlobalId } from '../../../graphql/relay/global-id.js';

export interface ConflictWinner {
  currentVersion: number;
  savedBy: { id: string; displayName: string } | null;
  savedAt: Date;
  /** Where a refused save's content was kept; null for a step that carried none (a transition, a restore). */
  rejectedRevisionId: string | null;
}

/** VERSION_CONFLICT on a story, naming who saved first and where the refused save was kept. */
export class ArticleVersionConflictError extends DomainError {
  constructor(conflict: VersionConflictError, winner: ConflictWinner) {
    const by = winner.savedBy ? ` by ${winner.savedBy.displayName}` : '';
    const expected = String(conflict.details.expectedVersion);
    const kept = winner.rejectedRevisionId ? '; your save is kept as a revision' : '';
    super(
      ErrorCode.VERSION_CONFLICT,
      `The story was saved${by} first: you saw version ${expected}, the current version is ${winner.currentVersion}${kept}`,
      {
        ...conflict.details,
        currentVersion: winner.currentVersion,
        savedBy: winner.savedBy ? { id: toGlobalId('User', winner.savedBy.id), displayName: winner.savedBy.displayName } : null,
        savedAt: winner.savedAt.toISOString(),
        rejectedRevisionId: winner.rejectedRevisionId ? toGlobalId('ArticleRevision', winner.rejectedRevisionId) : null,
      },
    );
  }
}
