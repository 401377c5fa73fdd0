import type { FactClaim } from './engine/claims.js';

/** A claim as stored and served: the engine's claim, with the kind of entity it is about. */
export interface StoredClaim extends FactClaim {
  entityType: 'PERSON' | 'ORGANISATION' | null;
}

/** The fact check of one version of a story. */
export interface StoryFactCheck {
  articleId: string;
  articleVersion: number;
  checkedAt: Date;
  claims: StoredClaim[];
  contradicted: number;
  /** False when some prose was not read: the story is longer than the check reads, or the check failed. */
  complete: boolean;
}

/** What a review row says changed: the write that made a published story's prose wrong. */
export interface FactTrigger {
  /** The GraphQL type of what changed ("Unit", "Person"). */
  type: string;
  id: string | null;
  /** The audited action, e.g. "unit.setResults". */
  action: string;
}

export const contradictedOf = (claims: readonly StoredClaim[]) => claims.filter((claim) => claim.verdict === 'CONTRADICTED');
