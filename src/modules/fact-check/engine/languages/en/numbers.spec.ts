import { readNumber, writeCardinal, writeOrdinal } from './numbers.js';

describe('readNumber', () => {
  it.each([
    ['27', 27, false],
    ['twenty-seven', 27, false],
    ['Twenty-Seven', 27, false],
    ['twenty seven', 27, false],
    ['two', 2, false],
    ['fourth', 4, true],
    ['4th', 4, true],
    ['second', 2, true],
    ['twenty-first', 21, true],
    ['21st', 21, true],
    ['one hundred and five', 105, false],
  ])('%s → %i (ordinal %s)', (phrase, value, ordinal) => {
    expect(readNumber(phrase)).toEqual({ value, ordinal });
  });

  it.each(['a', 'last', 'one pair', 'hat-trick', '4rd', 'pair', '', 'x'.repeat(60)])('"%s" is not a number', (phrase) => {
    expect(readNumber(phrase)).toBeNull();
  });
});

describe('writing numbers back', () => {
  it.each([
    [27, false, 'twenty-seven'],
    [27, true, '27'],
    [6, false, 'six'],
  ])('cardinal %i (digits %s) → %s', (n, digits, text) => {
    expect(writeCardinal(n, digits)).toBe(text);
  });

  it.each([
    [4, false, 'fourth'],
    [4, true, '4th'],
    [21, false, 'twenty-first'],
    [22, true, '22nd'],
    [3, true, '3rd'],
    [11, true, '11th'],
  ])('ordinal %i (digits %s) → %s', (n, digits, text) => {
    expect(writeOrdinal(n, digits)).toBe(text);
  });
});
