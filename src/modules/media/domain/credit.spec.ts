import { effectiveCredit, formatCredit, houseFormat, joinNames, type CreditSources } from './credit.js';

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

const creator = (name: string, creditFormat: string | null = null, agencyCreditFormat: string | null = null) => ({
  name,
  creditFormat,
  agencyCreditFormat,
});

describe('effectiveCredit', () => {
  it.each<[string, CreditSources, string | null]>([
    [
      'the verbatim credit line wins',
      { creditLine: 'Maddie Meyer / Getty Images', creators: [creator('X', AP)], supplierCreditFormat: GETTY },
      'Maddie Meyer / Getty Images',
    ],
    [
      "the photographer's own format beats the supplier's",
      { creditLine: null, creators: [creator('Kirill Kudryavtsev', AFP_VIA_GETTY)], supplierCreditFormat: GETTY },
      'Kirill Kudryavtsev/AFP via Getty Images',
    ],
    [
      "the supplier's format",
      { creditLine: null, creators: [creator('Maddie Meyer', null, AP)], supplierCreditFormat: GETTY },
      'Photo by Maddie Meyer/Getty Images',
    ],
    [
      "the photographer's agency when there is no supplier",
      { creditLine: null, creators: [creator('Ashley Landis', null, AP)], supplierCreditFormat: null },
      'AP Photo/Ashley Landis',
    ],
    [
      'all creators are named',
      { creditLine: null, creators: [creator('A'), creator('B')], supplierCreditFormat: GETTY },
      'Photo by A and B/Getty Images',
    ],
    ['a blank credit line does not count', { creditLine: '  ', creators: [], supplierCreditFormat: GETTY }, 'Getty Images'],
    ['a blank own format does not count', { creditLine: null, creators: [creator('A', ' ')], supplierCreditFormat: AP }, 'AP Photo/A'],
    ['a photographer without any format', { creditLine: null, creators: [creator('A')], supplierCreditFormat: null }, null],
    ['nothing at all', { creditLine: null, creators: [], supplierCreditFormat: null }, null],
  ])('%s', (_, sources, expected) => {
    expect(effectiveCredit(sources)).toBe(expected);
  });

  it('takes the first creator that has an own format', () => {
    expect(
      houseFormat({ creditLine: null, creators: [creator('A'), creator('B', AP), creator('C', GETTY)], supplierCreditFormat: null }),
    ).toBe(AP);
  });
});
