/** What the fact check says about the prose: the claims it found and its verdict on each. */

export const CLAIM_KINDS = ['TIME', 'MARGIN', 'PLACING', 'MEDAL', 'RECORD', 'AGE', 'SCORE', 'DECISION', 'COUNT'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const VERDICTS = ['CONFIRMED', 'CONTRADICTED', 'UNVERIFIABLE'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One paragraph of prose and the mentions the desk marked in it. */
export interface ProseParagraph {
  /** The block's position in the story. */
  blockIndex: number;
  text: string;
  /** Spans [start, end) of `text` that name an entity of the sheet (a Person or Organisation id). */
  mentions: { start: number; end: number; targetId: string }[];
}

export interface FactClaim {
  blockIndex: number;
  /** [start, end) of the claim in the paragraph's text, and that text. */
  start: number;
  end: number;
  text: string;
  kind: ClaimKind;
  /** The entity the claim is about (a FactEntity id), null when none could be told. */
  entityId: string | null;
  /** The unit it was checked against, when there is one. */
  unitId: string | null;
  /** What the data says, as the prose would print it ("1:12.31", "silver", "27"), null when the data has nothing. */
  dataValue: string | null;
  verdict: Verdict;
  /** For a contradiction: the claim's text reworded to agree with the data ("1:12.31"). */
  correction: string | null;
}
