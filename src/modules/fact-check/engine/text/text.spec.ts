import { english } from '../languages/en/index.js';
import { foldKey, foldText, originalSpan } from '../../../../common/text/fold.js';
import { insideAny, quoteRanges } from './quotes.js';
import { splitClauses, splitSentences } from './sentences.js';

const sentences = (text: string) => splitSentences(text, english).map((s) => text.slice(s.start, s.end).trim());

describe('splitSentences', () => {
  it.each([
    ['Leerdam won. Kok was second.', ['Leerdam won.', 'Kok was second.']],
    [
      'She won in Milan, Italy, Monday, Feb. 9, 2026. Kok was second.',
      ['She won in Milan, Italy, Monday, Feb. 9, 2026.', 'Kok was second.'],
    ],
    ['Mr. Paul cried. St. Moritz was quiet.', ['Mr. Paul cried.', 'St. Moritz was quiet.']],
    ['U.S. skaters were fifth. Bowe raced in pair 14.', ['U.S. skaters were fifth.', 'Bowe raced in pair 14.']],
    [
      'She said “I could not stand. I could not see,” and smiled. Kok was second.',
      ['She said “I could not stand. I could not see,” and smiled.', 'Kok was second.'],
    ],
    ['Leerdam clocked 1:12.31. Kok 1:12.59.', ['Leerdam clocked 1:12.31.', 'Kok 1:12.59.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('cuts clauses at punctuation and conjunctions, keeping "who" with its clause', () => {
    const text = 'Bowe, who holds the record, raced alongside Kok and finished behind.';
    const pieces = splitClauses(text, { start: 0, end: text.length }, english).map((p) => text.slice(p.start, p.end).trim());
    expect(pieces).toEqual(['Bowe', 'who holds the record', 'raced alongside Kok', 'and finished behind.']);
  });
});

describe('quoteRanges', () => {
  it.each([
    ['He said “1:12.13 is crazy” and left.', ['“1:12.13 is crazy”']],
    ['He said "1:12.13 is crazy" and left.', ['"1:12.13 is crazy"']],
    ['Leerdam’s coach said ‘it was 1:12.13’, smiling.', ['‘it was 1:12.13’']],
    ['Leerdam’s time and Kok’s time.', []],
    ['“An open quote runs on', ['“An open quote runs on']],
  ])('%s', (text, expected) => {
    expect(quoteRanges(text, english.quotePairs).map((r) => text.slice(r.start, r.end))).toEqual(expected);
  });

  it('tells a span inside a quote', () => {
    const ranges = [{ start: 5, end: 10 }];
    expect(insideAny({ start: 6, end: 8 }, ranges)).toBe(true);
    expect(insideAny({ start: 10, end: 12 }, ranges)).toBe(false);
  });
});

describe('fold', () => {
  it.each([
    ['Ødegård', 'odegard'],
    ['Peñalver', 'penalver'],
    ['Łukasz Müller-Straße', 'lukasz muller-strasse'],
    ['Leerdam’s', "leerdam's"],
  ])('%s → %s', (text, key) => {
    expect(foldKey(text)).toBe(key);
  });

  it('maps folded offsets back to the original text', () => {
    const text = 'Met Ødegård, Straße.';
    const folded = foldText(text);
    const span = (word: string) => {
      const { start, end } = originalSpan(folded, folded.text.indexOf(word), folded.text.indexOf(word) + word.length);
      return text.slice(start, end);
    };
    expect(span('odegard')).toBe('Ødegård');
    expect(span('strasse')).toBe('Straße');
  });
});
