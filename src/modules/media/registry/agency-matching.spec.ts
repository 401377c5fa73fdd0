import { matchAgency, type AgencyMatcher } from './agency-matching.js';
import { checkMatchPattern } from './match-pattern.js';

const agency = (id: string, name: string, aliases: string[] = [], matchPatterns: string[] = []): AgencyMatcher => ({
  id,
  name,
  aliases,
  matchPatterns,
});

const REGISTRY = [
  agency('getty', 'Getty Images', ['Getty']),
  agency('ap', 'AP', ['Associated Press'], ['\\(AP Photo/']),
  agency('afp', 'AFP', ['Agence France-Presse']),
  agency('efe', 'Agencia EFE', ['EFE']),
  agency('dpa', 'dpa', [], ['picture[- ]alliance']),
];

const recognised = (creditLine: string | null, source: string | null = null) => matchAgency(REGISTRY, { creditLine, source })?.id ?? null;

describe('matchAgency', () => {
  it.each([
    // Real credit forms (Getty editorial standards, AP Stylebook, AFP wire credits).
    ['Photo by Maddie Meyer/Getty Images', 'getty'],
    ['Maddie Meyer / Getty Images', 'getty'],
    ['(AP Photo/Ashley Landis)', 'ap'],
    ['AP Photo/Ashley Landis', 'ap'],
    ['ASSOCIATED PRESS', 'ap'],
    ['KIRILL KUDRYAVTSEV/AFP', 'afp'],
    ['Kirill Kudryavtsev/AFP via Getty Images', 'getty'],
    ['(DHA via AP, File)', 'ap'],
    ['Photo by John Doe/Getty Images', 'getty'],
    // Case, accents and punctuation do not matter; whole words do.
    ['photo by john doe/GETTY IMAGES', 'getty'],
    ['Agence France-Presse', 'afp'],
    ['agence france presse', 'afp'],
    ['Agéncia ÉFE', 'efe'],
    ['Gettysburg Times', null],
    ['Snapshot', null],
    // Match patterns.
    ['(ap photo/John Locher)', 'ap'],
    ['picture-alliance/dpa', 'dpa'],
    ['Picture Alliance', 'dpa'],
    // Nothing recognised.
    ['Jane Smith', null],
    ['', null],
  ])('%j → %s', (creditLine, expected) => {
    expect(recognised(creditLine)).toBe(expected);
  });

  it('reads the credit line before the source', () => {
    expect(recognised('Photo by Maddie Meyer/Getty Images', 'AFP')).toBe('getty');
  });

  it('falls back to the source when the credit line names no agency', () => {
    expect(recognised('Maddie Meyer', 'AFP')).toBe('afp');
    expect(recognised(null, 'Getty Images')).toBe('getty');
    expect(recognised('   ', 'Associated Press')).toBe('ap');
  });

  it('takes the distributor after "via" as the supplier, the whole text otherwise', () => {
    expect(recognised('AFP via Getty Images')).toBe('getty');
    expect(recognised('Handout via Getty Images')).toBe('getty');
    expect(recognised('AFP via an unknown agency')).toBe('afp');
  });

  it('prefers an agency registered under the whole "X via Y" form', () => {
    const registry = [...REGISTRY, agency('afp-getty', 'AFP via Getty Images')];
    expect(matchAgency(registry, { creditLine: 'Kirill Kudryavtsev/AFP via Getty Images', source: null })?.id).toBe('afp-getty');
    expect(matchAgency(registry, { creditLine: 'Handout via Getty Images', source: null })?.id).toBe('getty');
  });

  it('takes the earliest agency named when several are', () => {
    expect(recognised('AP Photo/Getty Images')).toBe('ap');
  });

  it('ignores a pattern that does not compile instead of failing the upload', () => {
    expect(matchAgency([agency('x', 'X Agency', [], ['(unclosed'])], { creditLine: '(unclosed', source: null })).toBeNull();
  });

  it('returns the registry entry itself', () => {
    const registry = [{ ...agency('getty', 'Getty Images'), creditFormat: 'Photo by {photographer}/Getty Images' }];
    expect(matchAgency(registry, { creditLine: 'Getty Images', source: null })).toBe(registry[0]);
  });
});

describe('checkMatchPattern', () => {
  it.each(['\\(AP Photo/', 'getty\\s+images', 'picture[- ]alliance', '^AFP$', '(?:AFP|Agence France)', 'Reuters/[A-Z]+', 'x{1,5}y'])(
    'accepts %j',
    (pattern) => {
      expect(checkMatchPattern(pattern)).toBeNull();
    },
  );

  it.each([
    ['(unclosed', /not a valid regular expression/],
    ['[z-a]', /not a valid regular expression/],
    ['', /blank/],
    ['   ', /blank/],
    ['.*', /empty text/],
    ['a?', /empty text/],
    ['(a+)+b', /exponential/],
    ['(a*)*b', /exponential/],
    ['(a|ab)*c', /exponential/],
    ['(\\w+\\s?)+$', /exponential/],
    ['(a{1,100}){1,100}b', /exponential/],
    ['(x+){2,}y', /exponential/],
    ['(a)\\1', /back-references/],
    ['(?<n>a)\\k<n>', /back-references/],
    ['a.*b.*c.*d.*e', /at most 3 unbounded/],
    ['x'.repeat(201), /at most 200/],
  ])('refuses %j', (pattern, problem) => {
    expect(checkMatchPattern(pattern)).toMatch(problem);
  });

  it('does not count quantifier characters inside a class or escaped', () => {
    expect(checkMatchPattern('([*+]x)+')).toBeNull();
    expect(checkMatchPattern('(\\+x)+')).toBeNull();
  });
});
