/** Quoted speech inside a paragraph: what someone said is theirs, not the desk's claim, so it is not checked. */
import type { ClaimLanguage, Slot } from '../language.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Ranges from an opening to its closing mark. A mark that is also an apostrophe (’) closes a quote only
 * at a word's end, and opens one only at a word's start. An unclosed quotation runs to the paragraph's end:
 * news copy leaves a quote open when it carries on in the next paragraph.
 */
export function quoteRanges(text: string, pairs: ClaimLanguage['quotePairs']): Slot[] {
  const out: Slot[] = [];
  for (const [open, close] of pairs) {
    let start = -1;
    for (let i = 0; i < text.length; i += 1) {
      const ch = text[i];
      const prevWord = i > 0 && WORD_CHAR.test(text[i - 1]);
      const nextWord = i + 1 < text.length && WORD_CHAR.test(text[i + 1]);
      if (start < 0 && ch === open && !prevWord) start = i;
      else if (start >= 0 && ch === close && !nextWord && i > start) {
        out.push({ start, end: i + 1 });
        start = -1;
      }
    }
    if (start >= 0) out.push({ start, end: text.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function insideAny(slot: Slot, ranges: readonly Slot[]): boolean {
  return ranges.some((r) => slot.start < r.end && slot.end > r.start);
}
