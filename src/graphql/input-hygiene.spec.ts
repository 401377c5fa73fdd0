import { parse } from 'graphql';
import { findInputProblem, MAX_INPUT_DEPTH } from './input-hygiene.js';

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { inner: value };
  return value;
};

describe('findInputProblem', () => {
  const document = parse('mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }');

  it.each([
    ['a NUL in a variable', { input: { givenName: 'Ju\u0000tta' } }, 'variables.input.givenName'],
    ['a lone high surrogate', { input: { tags: ['ok', 'bad\ud800'] } }, 'variables.input.tags.1'],
    ['a lone low surrogate', { input: { familyName: '\udc00x' } }, 'variables.input.familyName'],
    ['a NUL in a key', { input: { ['k\u0000']: 1 } }, 'variables.input.(a key)'],
  ])('finds %s', (_name, variables, path) => {
    expect(findInputProblem(document, variables)?.path).toBe(path);
  });

  it.each([
    ['plain text', { input: { givenName: 'Jutta', familyName: 'Leerdam' } }],
    ['a paired surrogate (an emoji)', { input: { givenName: 'Jutta \ud83e\udd47' } }],
    ['diacritics and CJK', { input: { givenName: 'Miho 髙木 Ødegaard' } }],
  ])('accepts %s', (_name, variables) => {
    expect(findInputProblem(document, variables)).toBeUndefined();
  });

  it('finds a NUL in a document literal, named by its argument path', () => {
    const literal = parse('mutation { createPerson(input: { givenName: "a\\u0000b" }) { id } }');
    expect(findInputProblem(literal, undefined)?.path).toBe('input.givenName');
    expect(findInputProblem(parse('{ article(slug: "x\\u0000") { id } }'), {})?.path).toBe('slug');
  });

  it('refuses variables nested deeper than the limit, without overflowing the stack', () => {
    expect(findInputProblem(document, { input: nested(MAX_INPUT_DEPTH - 2) })).toBeUndefined();
    expect(findInputProblem(document, { input: nested(5000) })?.message).toMatch(/nested deeper/);
  });
});
