import {
  effectiveCredit,
  formatCredit,
  houseCredit,
  houseFormat,
  joinNames,
  unknownPlaceholders,
  type CreditAgency,
  type CreditSources,
} from './credit.js';

const GETTY = 'Photo by {photographer}/Getty Images';
const AFP_VIA_GETTY = '{photographer}/AFP via Getty Images';
const AP = 'AP Photo/{photographer}';

describe('formatCredit', () => {
  it.each([
    [GETTY, ['Maddie Meyer'], 'Photo by Maddie Meyer/Getty Images'],
    [AFP_VIA_GETTY, ['Kirill Kudryavtsev'], 'Kirill Kudryavtsev/AFP via Getty Images'],
    [AP, ['Ashley Landis'], 'AP Photo/Ashley Landis'],
    [GETTY, ['Al Bello', 'Elsa'], 'Photo by Al Bello and Elsa/Getty Images'],
    [AP, ['A', 'B', 'C'], 'AP Photo/A, B and C'],
    [GETTY, ['  Maddie Meyer  ', ''], 'Photo by Maddie Meyer/Getty Images'],
    ['{photographer} for {photographer}', ['X'], 'X for X'],
    ['Getty Images', ['Maddie Meyer'], 'Getty Images'],
    [GETTY, [], 'Getty Images'],
    [AFP_VIA_GETTY, [], 'AFP via Getty Images'],
    [AP, [], 'AP Photo'],
    ['Photo by {photographer} / Getty Images', [], 'Getty Images'],
    [GETTY, ['   '], 'Getty Images'],
    ['Getty Images', [], 'Getty Images'],
    ['{photographer}', [], null],
    ['© {photographer}', [], null],
    ['   ', [], null],
  ] as const)('%s with %j → %s', (format, names, expected) => {
    expect(formatCredit(format, names)).toBe(expected);
  });

  it.each([
    ['Photo by {photographer}/{agency}', ['Maddie Meyer'], 'Getty Images', 'Photo by Maddie Meyer/Getty Images'],
    ['Photo by {photographer}/{agency}', [], 'Getty Images', 'Getty Images'],
    ['{photographer}/AFP via {agency}', ['Kirill Kudryavtsev'], 'Getty Images', 'Kirill Kudryavtsev/AFP via Getty Images'],
    ['{agency} Photo/{photographer}', ['Ashley Landis'], 'AP', 'AP Photo/Ashley Landis'],
    ['Photo by {photographer}/{agency}', ['Maddie Meyer'], null, 'Photo by Maddie Meyer'],
    ['Photo by {photographer}/{agency}', ['Maddie Meyer'], '  ', 'Photo by Maddie Meyer'],
    ['{agency}', [], null, null],
    ['{photographer}/{agency}', ['{agency}'], 'AP', '{agency}/AP'],
  ] as const)('%s with %j and agency %j → %s', (format, names, agency, expected) => {
    expect(formatCredit(format, names, agency)).toBe(expected);
  });
});

describe('unknownPlaceholders', () => {
  it.each([
    [GETTY, []],
    ['Photo by {photographer}/{agency}', []],
    ['Photo by {photgrapher}/Getty Images', ['{photgrapher}']],
    ['{Photographer}/{AGENCY}', ['{Photographer}', '{AGENCY}']],
    ['Photo by {photographer/Getty Images', ['{']],
    ['Photo by photographer}/Getty Images', ['}']],
    ['{}', ['{}']],
    ['{{photographer}}', ['{', '}']],
  ] as const)('%s → %j', (format, expected) => {
    expect(unknownPlaceholders(format)).toEqual(expected);
  });
});

describe('joinNames', () => {
  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
  ] as const)('%j → %s', (names, expected) => {
    expect(joinNames(names)).toBe(expected);
  });
});

const agency = (name: string, creditFormat: string, creditStyle: CreditAgency['creditStyle'] = 'SUPPLIER_LINE'): CreditAgency => ({
  name,
  creditFormat,
  creditStyle,
});
const creator = (name: string, creditFormat: string | null = null, of: CreditAgency | null = null) => ({ name, creditFormat, agency: of });
const getty = agency('Getty Images', GETTY);
const ap = agency('AP', AP);

describe('effectiveCredit', () => {
  it.each<[string, CreditSources, string | null]>([
    [
      'the verbatim credit line wins by default',
      { creditLine: 'Maddie Meyer / Getty Images', creators: [creator('X', AP)], supplier: getty },
      'Maddie Meyer / Getty Images',
    ],
    [
      'the house format wins over the credit line for a HOUSE_FORMAT supplier',
      {
        creditLine: 'MADDIE MEYER / GETTY IMAGES NORTH AMERICA',
        creators: [creator('Maddie Meyer')],
        supplier: agency('Getty', GETTY, 'HOUSE_FORMAT'),
      },
      'Photo by Maddie Meyer/Getty Images',
    ],
    [
      'a verbatim credit line without a supplier',
      { creditLine: 'ANP', creators: [creator('A', null, agency('X', '{agency}', 'HOUSE_FORMAT'))], supplier: null },
      'ANP',
    ],
    [
      "the photographer's own format beats the supplier's",
      { creditLine: null, creators: [creator('Kirill Kudryavtsev', AFP_VIA_GETTY)], supplier: getty },
      'Kirill Kudryavtsev/AFP via Getty Images',
    ],
    [
      "the supplier's format",
      { creditLine: null, creators: [creator('Maddie Meyer', null, ap)], supplier: getty },
      'Photo by Maddie Meyer/Getty Images',
    ],
    [
      "the photographer's agency when there is no supplier",
      { creditLine: null, creators: [creator('Ashley Landis', null, ap)], supplier: null },
      'AP Photo/Ashley Landis',
    ],
    [
      'all creators are named',
      { creditLine: null, creators: [creator('A'), creator('B')], supplier: getty },
      'Photo by A and B/Getty Images',
    ],
    ['a blank credit line does not count', { creditLine: '  ', creators: [], supplier: getty }, 'Getty Images'],
    ['a blank own format does not count', { creditLine: null, creators: [creator('A', ' ')], supplier: ap }, 'AP Photo/A'],
    ['a photographer without any format', { creditLine: null, creators: [creator('A')], supplier: null }, null],
    ['nothing at all', { creditLine: null, creators: [], supplier: null }, null],
    [
      '{agency} is the supplier’s current name',
      { creditLine: null, creators: [creator('A')], supplier: agency('Getty Images Europe', 'Photo by {photographer}/{agency}') },
      'Photo by A/Getty Images Europe',
    ],
    [
      "{agency} in a photographer's own format is the supplier",
      {
        creditLine: null,
        creators: [creator('K', '{photographer}/AFP via {agency}', agency('AFP', '{photographer}/AFP'))],
        supplier: getty,
      },
      'K/AFP via Getty Images',
    ],
    [
      "{agency} in a photographer's own format is their agency without a supplier",
      { creditLine: null, creators: [creator('K', '{photographer}/{agency}', agency('AFP', '{photographer}/AFP'))], supplier: null },
      'K/AFP',
    ],
    [
      'a HOUSE_FORMAT supplier with no format left falls back to the line',
      { creditLine: 'Line', creators: [], supplier: agency('X', '  ', 'HOUSE_FORMAT') },
      'Line',
    ],
  ])('%s', (_, sources, expected) => {
    expect(effectiveCredit(sources)).toBe(expected);
  });

  it('takes the first creator that has an own format', () => {
    expect(houseFormat({ creditLine: null, creators: [creator('A'), creator('B', AP), creator('C', GETTY)], supplier: null })).toEqual({
      format: AP,
      agency: null,
    });
  });

  it('builds the house credit whatever the style and the credit line', () => {
    expect(houseCredit({ creditLine: 'Maddie Meyer / Getty Images', creators: [creator('Maddie Meyer')], supplier: getty })).toBe(
      'Photo by Maddie Meyer/Getty Images',
    );
  });
});
