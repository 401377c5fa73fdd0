/**
 * Diacritic- and case-insensitive text with a map back to the original offsets, so a name
 * found in the folded text ("odegaard") is reported on the original span ("Ødegaard").
 */

// Letters Unicode does not decompose into a base letter and a mark.
const SPECIAL: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  '’': "'",
  ʼ: "'",
  '‘': "'",
};

const MARKS = /\p{M}/gu;

export interface FoldedText {
  text: string;
  /** origin[i] is the offset in the original text of folded character i; origin[text.length] is the original length. */
  origin: number[];
}

/** Folds one code point: lower case, marks stripped, special letters spelled out. */
export function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  // ASCII letters and digits need no decomposition: most of any English text.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : char;
  const lower = char.toLowerCase();
  return SPECIAL[lower] ?? lower.normalize('NFD').replace(MARKS, '');
}

export function fold(text: string): FoldedText {
  let out = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const folded = foldChar(char);
    for (let k = 0; k < folded.length; k += 1) origin.push(offset);
    out += folded;
    offset += char.length;
  }
  origin.push(offset);
  return { text: out, origin };
}

/** A plain folded key for names and words (no offsets). */
export function foldKey(text: string): string {
  let out = '';
  for (const char of text) out += foldChar(char);
  return out.replace(/\s+/g, ' ').trim();
}
