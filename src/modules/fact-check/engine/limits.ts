/**
 * How much prose one check examines. Text beyond a cap is not read (its claims are not
 * reported), so a pasted 100,000-word paragraph costs the same as a long story.
 */
export const FACT_CHECK_LIMITS = {
  /** Characters of one paragraph examined; about 3,000 words. */
  paragraphChars: 20_000,
  /** Characters of the whole story examined. */
  storyChars: 100_000,
  /** Characters of one sentence examined (a "sentence" without full stops is cut here). */
  sentenceChars: 2_000,
  /** Sentences examined per paragraph and per story. */
  paragraphSentences: 300,
  storySentences: 2_000,
  /** Claims reported per paragraph and per story. */
  paragraphClaims: 100,
  storyClaims: 500,
  /** Paragraphs examined per story. */
  paragraphs: 1_000,
} as const;
