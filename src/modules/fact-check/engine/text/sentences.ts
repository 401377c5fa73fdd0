/**
 * Sentences and clauses with ICU's sentence segmenter (Intl.Segmenter, built into Node).
 * ICU ends a sentence after any full stop followed by a space and a capital, so "Feb. 9"
 * and "Mr. Smith" are split; those splits are mended here with the language's abbreviations,
 * as are splits inside a quotation.
 */
import type { ClaimLanguage, Slot } from '../language.js';

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, s);
  }
  return s;
}

const LAST_WORD = /(\S+)\s*$/;

function endsWithAbbreviation(text: string, abbreviations: ReadonlySet<string>): boolean {
  const word = LAST_WORD.exec(text)?.[1]
    ?.toLowerCase()
    .replace(/^[("'“‘]+/, '');
  if (!word?.endsWith('.')) return false;
  // Initials and dotted abbreviations ("U.S.", "J.") never end a sentence in news copy on their own.
  return abbreviations.has(word) || /^(?:\p{L}\.)+$/u.test(word);
}

/** Whether a quotation opened in `text` is still open at its end. */
function quoteOpen(text: string, pairs: ClaimLanguage['quotePairs']): boolean {
  for (const [open, close] of pairs) {
    if (open === close) {
      if (open === '"' && (text.split(open).length - 1) % 2 === 1) return true;
    } else if (open !== '‘' && text.lastIndexOf(open) > text.lastIndexOf(close)) return true;
  }
  return false;
}

export function splitSentences(text: string, language: ClaimLanguage): Slot[] {
  const out: Slot[] = [];
  for (const { index, segment } of segmenter(language.locale).segment(text)) {
    const slot = { start: index, end: index + segment.length };
    const previous = out.at(-1);
    if (previous) {
      const before = text.slice(previous.start, previous.end);
      const startsLow = /^\s*[\p{Ll}\d]/u.test(segment);
      if (startsLow || endsWithAbbreviation(before, language.abbreviations) || quoteOpen(before, language.quotePairs)) {
        previous.end = slot.end;
        continue;
      }
    }
    out.push(slot);
  }
  return out;
}

/** Clause pieces of a sentence, cut at the language's clause breaks; each break starts the next piece. */
export function splitClauses(text: string, sentence: Slot, language: ClaimLanguage): Slot[] {
  const body = text.slice(sentence.start, sentence.end);
  const re = new RegExp(
    language.clauseBreak.source,
    language.clauseBreak.flags.includes('g') ? language.clauseBreak.flags : `${language.clauseBreak.flags}g`,
  );
  const out: Slot[] = [];
  let from = 0;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    if (m[0] === '') {
      re.lastIndex += 1;
      continue;
    }
    if (m.index > from) out.push({ start: sentence.start + from, end: sentence.start + m.index });
    from = m.index;
    re.lastIndex = m.index + m[0].length;
    // Keep the break word with the piece it opens ("who clocked…"), but not the punctuation.
    if (/^[,;:()—–]$/.test(m[0])) from = m.index + 1;
  }
  if (from < body.length) out.push({ start: sentence.start + from, end: sentence.end });
  return out;
}
