/**
 * Case- and diacritic-insensitive text for finding names, keeping where every character came
 * from: a dictionary matches the folded text, and `starts`/`ends` map a folded span back to
 * UTF-16 offsets of the original, so what is found points into the text the editor wrote.
 * Mention suggestions and the fact check both find names this way, so a name one finds the
 * other finds too.
 */
export interface FoldedText {
  /** Lower case, marks stripped, ø → o, æ → ae, ß → ss…, curly apostrophes straight, runs of white space one space. */
  text: string;
  /** For each UTF-16 unit of `text`, the offset of the original character it came from. */
  starts: Int32Array;
  /** For each UTF-16 unit of `text`, the offset just after that original character. */
  ends: Int32Array;
}

/**
 * Letters that NFKD does not take apart, written as they are spelt without diacritics (the form
 * English copy uses: "Odegaard", "Gassner"). Other transliterations (Oe for Ø) are variants the
 * dictionary adds to its names, not a folding of the text.
 */
const LETTERS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ẞ: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŀ: 'l',
  ŧ: 't',
  ĸ: 'k',
  ŋ: 'n',
};

const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '\u02bc', '\u02bb', '`', '\u00b4', '\u2032']);
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212']);
const MARK = /\p{M}/u;
const SPACE = /\s/u;

/** Folded form of one code point; cached, since prose repeats a small alphabet. */
const cache = new Map<number, string>();

function foldCodePoint(codePoint: number, char: string): string {
  if (codePoint < 0x80) {
    if (codePoint >= 0x41 && codePoint <= 0x5a) return String.fromCharCode(codePoint + 32);
    if (codePoint === 0x60) return "'";
    return char;
  }
  const known = cache.get(codePoint);
  if (known !== undefined) return known;
  let folded: string;
  if (APOSTROPHES.has(char)) folded = "'";
  else if (DASHES.has(char)) folded = '-';
  else if (SPACE.test(char)) folded = ' ';
  else {
    folded = '';
    for (const part of char.normalize('NFKD').toLowerCase()) {
      if (MARK.test(part)) continue;
      folded += LETTERS[part] ?? part;
    }
    // Composed letters of other scripts keep their own form, lower-cased.
    if (folded === '' && !MARK.test(char)) folded = char.toLowerCase();
  }
  cache.set(codePoint, folded);
  return folded;
}

/** Folds `text`; linear in its length, one pass, no regular expression over the whole text. */
export function foldText(text: string): FoldedText {
  // Expansions (æ → ae) are rare: room for a few, grown if needed.
  let starts = new Int32Array(text.length + 16);
  let ends = new Int32Array(text.length + 16);
  const parts: string[] = [];
  let length = 0;
  let lastWasSpace = true;
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const char = width === 1 ? text[i] : text.slice(i, i + 2);
    let folded = codePoint === 0x20 || codePoint === 0x0a || codePoint === 0x09 ? ' ' : foldCodePoint(codePoint, char);
    if (folded === ' ') {
      if (lastWasSpace) folded = '';
      lastWasSpace = true;
    } else if (folded !== '') {
      lastWasSpace = false;
    }
    if (folded !== '') {
      if (length + folded.length > starts.length) {
        const grownStarts = new Int32Array(starts.length * 2 + folded.length);
        grownStarts.set(starts);
        starts = grownStarts;
        const grownEnds = new Int32Array(ends.length * 2 + folded.length);
        grownEnds.set(ends);
        ends = grownEnds;
      }
      for (let k = 0; k < folded.length; k++) {
        starts[length + k] = i;
        ends[length + k] = i + width;
      }
      length += folded.length;
      parts.push(folded);
    }
    i += width;
  }
  return { text: parts.join(''), starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

/**
 * The dictionary key of a name: folded as foldText folds, trimmed, without the offset mapping
 * (the dictionary folds a few hundred thousand names on each build).
 */
export function foldKey(name: string): string {
  let key = '';
  let lastWasSpace = true;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    let folded: string;
    if (code >= 0x61 && code <= 0x7a) folded = name[i];
    else if (code === 0x20 || code === 0x0a || code === 0x09) folded = ' ';
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < name.length) {
      folded = foldCodePoint(name.codePointAt(i) ?? code, name.slice(i, i + 2));
      i++;
    } else folded = foldCodePoint(code, name[i]);
    if (folded === ' ') {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else if (folded !== '') lastWasSpace = false;
    key += folded;
  }
  return lastWasSpace && key.endsWith(' ') ? key.slice(0, -1) : key;
}

/** The original span [start, end) of folded units [from, to). */
export function originalSpan(folded: FoldedText, from: number, to: number): { start: number; end: number } {
  return { start: folded.starts[from], end: folded.ends[to - 1] };
}

const WORD = /[\p{L}\p{N}]/u;

/** Whether a folded character is part of a word (letters and digits of any script). */
export function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  return WORD.test(char);
}
