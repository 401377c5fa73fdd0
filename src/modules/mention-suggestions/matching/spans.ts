import { type FoldedText, isWordChar } from '../../../common/text/fold.js';
import type { LanguageCues } from './english-cues.js';

/** A character range [start, end). */
export interface Range {
  start: number;
  end: number;
}

export const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;

/** A hyphen or apostrophe between letters joins one word ("Rijpma-de Jong", "O'Neill"). */
const isJoiner = (char: string | undefined) => char === '-' || char === "'";

/**
 * Whether folded units [from, to) stand as whole words. "Leerdam's" and "Jones'" end the name at
 * the apostrophe (possessives); "Leerdamse" or "Kokosnoot" do not hold a name.
 */
export function isWholeWords(text: string, from: number, to: number): boolean {
  if (isWordChar(text[from])) {
    const before = text[from - 1];
    if (isWordChar(before) || (isJoiner(before) && isWordChar(text[from - 2]))) return false;
  }
  if (isWordChar(text[to - 1])) {
    const after = text[to];
    if (isWordChar(after)) return false;
    if (after === '-' && isWordChar(text[to + 1])) return false;
    if (after === "'" && isWordChar(text[to + 1]) && !isPossessiveAt(text, to)) return false;
  }
  return true;
}

/** "'s" (or a bare "'") right after the name. */
export function isPossessiveAt(folded: string, to: number): boolean {
  return folded[to] === "'" && (!isWordChar(folded[to + 1]) || (folded[to + 1] === 's' && !isWordChar(folded[to + 2])));
}

const firstLetter = (word: string) => /\p{L}/u.exec(word)?.[0];
const isUpper = (letter: string | undefined) => letter !== undefined && letter !== letter.toLowerCase();

/** A proper noun's word: its first letter is a capital ("Kok", not the Dutch word "kok"); a number ("2022") passes. */
export function startsUpper(word: string): boolean {
  const letter = firstLetter(word);
  return letter === undefined || isUpper(letter);
}

export function lastWordStartsUpper(span: string): boolean {
  const words = span.trim().split(/\s+/);
  return startsUpper(words[words.length - 1]);
}

export function firstWordStartsUpper(span: string): boolean {
  return startsUpper(span.trim().split(/\s+/)[0]);
}

/** Written in capitals as an acronym is ("ISU", not "isu"). */
export function isAllCaps(span: string): boolean {
  return firstLetter(span) !== undefined && span === span.toUpperCase();
}

/** The folded word ending just before `from` (skipping one space), with its folded range. */
export function wordBefore(text: string, from: number): { word: string; from: number } | null {
  let end = from;
  while (end > 0 && text[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && (isWordChar(text[start - 1]) || (text[start - 1] === "'" && isWordChar(text[start - 2])))) start--;
  return start < end ? { word: text.slice(start, end), from: start } : null;
}

/** Whether a word starts a sentence: nothing but opening punctuation since the last . ! ? or the paragraph's start. */
export function startsSentence(text: string, from: number): boolean {
  for (let i = from - 1; i >= 0; i--) {
    const char = text[i];
    if (char === ' ' || char === '"' || char === '(' || char === '\u201c' || char === "'" || char === '\u2018') continue;
    return char === '.' || char === '!' || char === '?' || char === ':' || char === '\n';
  }
  return true;
}

/**
 * Whether a bare name sits where a place does: "in Liverpool", "flew to Milan". A possessive
 * ("in Leerdam's wake") is a person's.
 */
export function isPlaceContext(folded: string, from: number, to: number, cues: LanguageCues): boolean {
  if (isPossessiveAt(folded, to)) return false;
  const previous = wordBefore(folded, from);
  if (!previous) return false;
  if (cues.placeBefore.has(previous.word)) return true;
  if (!cues.placeAfterTravel.has(previous.word)) return false;
  const verb = wordBefore(folded, previous.from);
  return verb !== null && cues.travelVerbs.has(verb.word);
}

/**
 * Whether a family name alone is more likely part of someone else's name: followed by a
 * capitalised word ("Paul Scholes") or preceded by one that is neither the start of a sentence
 * nor a title or nationality ("Logan Paul", but "American Bowe", "Arsenal's Rice").
 */
export function looksLikeOtherName(original: string, folded: FoldedText, from: number, to: number, cues: LanguageCues): boolean {
  const end = folded.ends[to - 1];
  const next = /^ +(\S+)/u.exec(original.slice(end, end + 60));
  if (next && !isPossessiveAt(folded.text, to) && startsUpper(next[1]) && /^\p{L}/u.test(next[1])) return true;
  const previous = wordBefore(folded.text, from);
  if (!previous || previous.word.endsWith("'s")) return false;
  const previousOriginal = original.slice(folded.starts[previous.from], folded.starts[from]);
  if (!startsUpper(previousOriginal) || !/^\p{L}/u.test(previousOriginal)) return false;
  if (startsSentence(original, folded.starts[previous.from])) return false;
  return !cues.titlesBefore.has(previous.word);
}
