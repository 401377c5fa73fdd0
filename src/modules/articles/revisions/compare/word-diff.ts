import { diffWordsWithSpace } from 'diff';

export type SegmentKind = 'EQUAL' | 'INSERTED' | 'DELETED';

export interface TextSegment {
  kind: SegmentKind;
  text: string;
}

/** Beyond this many segments a diff says "replaced" instead: it is unreadable and its cost unbounded. */
export const MAX_SEGMENTS = 1000;

/**
 * A word-level diff of two texts, as segments that rebuild the old text (EQUAL + DELETED)
 * and the new one (EQUAL + INSERTED) exactly. jsdiff's diffWordsWithSpace, not diffWords:
 * diffWords folds the spaces around a change into its neighbours, so the segments no longer
 * add up to either text.
 */
export function wordDiff(before: string, after: string): TextSegment[] {
  if (before === after) return before ? [{ kind: 'EQUAL', text: before }] : [];
  const segments: TextSegment[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    const kind: SegmentKind = change.added ? 'INSERTED' : change.removed ? 'DELETED' : 'EQUAL';
    if (!change.value) continue;
    const last = segments.at(-1);
    if (last?.kind === kind) last.text += change.value;
    else segments.push({ kind, text: change.value });
  }
  if (segments.length <= MAX_SEGMENTS) return segments;
  return [...(before ? [{ kind: 'DELETED' as const, text: before }] : []), ...(after ? [{ kind: 'INSERTED' as const, text: after }] : [])];
}
