import { MAX_SEGMENTS, type TextSegment, wordDiff } from './word-diff.js';

const side = (segments: TextSegment[], keep: 'INSERTED' | 'DELETED') =>
  segments
    .filter((s) => s.kind === 'EQUAL' || s.kind === keep)
    .map((s) => s.text)
    .join('');

describe('wordDiff', () => {
  it('marks a replaced word as deleted and inserted, the rest equal', () => {
    expect(wordDiff('Leerdam won the gold in 1:12.31', 'Leerdam took the gold in 1:12.31')).toEqual([
      { kind: 'EQUAL', text: 'Leerdam ' },
      { kind: 'DELETED', text: 'won' },
      { kind: 'INSERTED', text: 'took' },
      { kind: 'EQUAL', text: ' the gold in 1:12.31' },
    ]);
  });

  it('shows an inserted phrase', () => {
    expect(wordDiff('Kok was second.', 'Kok was a close second.')).toEqual([
      { kind: 'EQUAL', text: 'Kok was ' },
      { kind: 'INSERTED', text: 'a close ' },
      { kind: 'EQUAL', text: 'second.' },
    ]);
  });

  it.each([
    ['', 'New text', [{ kind: 'INSERTED', text: 'New text' }]],
    ['Old text', '', [{ kind: 'DELETED', text: 'Old text' }]],
    ['Same', 'Same', [{ kind: 'EQUAL', text: 'Same' }]],
    ['', '', []],
  ])('%j → %j', (before, after, expected) => {
    expect(wordDiff(before, after)).toEqual(expected);
  });

  it.each([
    ['Jutta Leerdam won the 1000 m in an Olympic record.', 'Leerdam won the women’s 1000 m, in an Olympic record of 1:12.31!'],
    ['a b c d e f', 'f e d c b a'],
    ['Ødegaard scored twice', 'Odegaard scored  twice'],
  ])('rebuilds both texts from its segments (%s)', (before, after) => {
    const segments = wordDiff(before, after);
    expect(side(segments, 'DELETED')).toBe(before);
    expect(side(segments, 'INSERTED')).toBe(after);
    segments.slice(1).forEach((s, k) => {
      expect(s.kind).not.toBe(segments[k].kind);
    });
  });

  it('says "replaced" when the diff would have more than MAX_SEGMENTS segments', () => {
    const words = Array.from({ length: MAX_SEGMENTS }, (_, k) => `w${k}`);
    const before = words.join(' ');
    const after = words.map((w, k) => (k % 2 ? `${w}x` : w)).join(' ');
    expect(wordDiff(before, after)).toEqual([
      { kind: 'DELETED', text: before },
      { kind: 'INSERTED', text: after },
    ]);
  });
});
