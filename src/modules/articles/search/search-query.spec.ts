import { DomainError } from '../../../common/errors/domain-error.js';
import { escapeLike, parseSearchQuery } from './search-query.js';

function issuePath(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('BAD_USER_INPUT');
    return (error as DomainError).details.field as string;
  }
  return undefined;
}

describe('parseSearchQuery', () => {
  it.each([
    ['  leerdam ', { text: 'leerdam', name: 'leerdam' }],
    ['"dream come true"', { text: '"dream come true"', name: 'dream come true' }],
    ['leerdam -kok', { text: 'leerdam -kok', name: 'leerdam kok' }],
    ['Jean-Luc Ødegaard', { text: 'Jean-Luc Ødegaard', name: 'Jean-Luc Ødegaard' }],
    ['-- !!! ""', { text: '-- !!! ""', name: null }],
    ['高木美帆', { text: '高木美帆', name: '高木美帆' }],
    ['x'.repeat(200), { text: 'x'.repeat(200), name: 'x'.repeat(200) }],
  ])('%j → %j', (raw, expected) => {
    expect(parseSearchQuery(raw)).toEqual(expected);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   \n\t '],
    ['201 characters', 'x'.repeat(201)],
    ['10,000 characters', 'leerdam '.repeat(1250)],
  ])('refuses %s, naming query', (_name, raw) => {
    expect(issuePath(() => parseSearchQuery(raw))).toBe('query');
  });
});

describe('escapeLike', () => {
  it.each([
    ['50%', '50\\%'],
    ['a_b', 'a\\_b'],
    ['back\\slash', 'back\\\\slash'],
  ])('%s → %s', (input, expected) => {
    expect(escapeLike(input)).toBe(expected);
  });
});
