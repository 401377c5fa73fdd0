import { Prisma } from '../../../generated/prisma/client.js';
import { plainDecimal } from './decimal.js';

describe('plainDecimal', () => {
  it.each([
    ['9.500', '9.5'],
    ['10.000', '10'],
    ['100', '100'],
    ['0.000', '0'],
    ['-0.250', '-0.25'],
    ['9999999.999', '9999999.999'],
    ['0.001', '0.001'],
    [new Prisma.Decimal('212.450'), '212.45'],
    [new Prisma.Decimal('0.001'), '0.001'],
    [2, '2'],
  ])('%s reads %s', (value, text) => {
    expect(plainDecimal(value, 3)).toBe(text);
  });

  it.each([['1.2345'], ['abc'], ['1e3']])('refuses %s, which is not a decimal of at most 3 places', (value) => {
    expect(plainDecimal(value, 3)).toBeNull();
  });
});
