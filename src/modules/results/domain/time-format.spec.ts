import { formatGap, formatMark, formatPoints, formatTime, parseTime, TimeParseError } from './time-format.js';

const HUNDREDTHS = { decimals: 2, rounding: 'TRUNCATE' } as const;

describe('formatTime', () => {
  it.each([
    [72310, HUNDREDTHS, '1:12.31'],
    [45006, HUNDREDTHS, '45.00'],
    [105006, HUNDREDTHS, '1:45.00'],
    [105009, HUNDREDTHS, '1:45.00'],
    [3723450, HUNDREDTHS, '1:02:03.45'],
    [38120, HUNDREDTHS, '38.12'],
    [60000, HUNDREDTHS, '1:00.00'],
    [5, HUNDREDTHS, '0.00'],
    [105006, { decimals: 3, rounding: 'TRUNCATE' }, '1:45.006'],
    [105009, { decimals: 1, rounding: 'TRUNCATE' }, '1:45.0'],
    [105999, { decimals: 0, rounding: 'TRUNCATE' }, '1:45'],
    [105006, { decimals: 2, rounding: 'HALF_UP' }, '1:45.01'],
    [105004, { decimals: 2, rounding: 'HALF_UP' }, '1:45.00'],
    [59995, { decimals: 2, rounding: 'HALF_UP' }, '1:00.00'],
    [3599999, { decimals: 2, rounding: 'HALF_UP' }, '1:00:00.00'],
  ] as const)('%i ms with %o → %s', (ms, rule, expected) => {
    expect(formatTime(ms, rule)).toBe(expected);
  });

  it.each([
    [-1, HUNDREDTHS],
    [72310.5, HUNDREDTHS],
    [72310, { decimals: 4, rounding: 'TRUNCATE' }],
    [72310, { decimals: -1, rounding: 'TRUNCATE' }],
  ] as const)('rejects %d ms with %o', (ms, rule) => {
    expect(() => formatTime(ms, rule)).toThrow(RangeError);
  });
});

describe('formatGap', () => {
  it.each([
    [280, '+0.28'],
    [1640, '+1.64'],
    [2240, '+2.24'],
    [0, '+0.00'],
    [61230, '+1:01.23'],
    [3, '+0.00'],
    [-280, '-0.28'],
  ])('%i ms → %s', (ms, expected) => {
    expect(formatGap(ms, HUNDREDTHS)).toBe(expected);
  });

  it('rejects a fractional gap', () => {
    expect(() => formatGap(0.5, HUNDREDTHS)).toThrow(RangeError);
  });
});

describe('parseTime', () => {
  it.each([
    ['1:12.31', 72310, 'HUNDREDTHS'],
    ['72.31', 72310, 'HUNDREDTHS'],
    ['1:12.315', 72315, 'THOUSANDTHS'],
    ['1:02:03.4', 3723400, 'TENTHS'],
    ['58', 58000, 'SECONDS'],
    ['  1:45.006 ', 105006, 'THOUSANDTHS'],
    ['0.001', 1, 'THOUSANDTHS'],
    ['125.5', 125500, 'TENTHS'],
  ] as const)('"%s" → %i ms at %s', (text, ms, precision) => {
    expect(parseTime(text)).toEqual({ ms, precision });
  });

  it.each([
    ['1:72.31', 'SECONDS_OUT_OF_RANGE'],
    ['1:60:00', 'MINUTES_OUT_OF_RANGE'],
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['abc', 'FORMAT'],
    ['1:12,31', 'FORMAT'],
    ['1:2.31', 'FORMAT'],
    ['1:12.', 'FORMAT'],
    ['1:2:03.4', 'FORMAT'],
    ['-1:12.31', 'NEGATIVE'],
    ['1:12.3145', 'TOO_PRECISE'],
    ['0.00', 'ZERO'],
    ['0', 'ZERO'],
    ['999:00:00', 'TOO_LARGE'],
  ])('rejects "%s" with %s', (text, reason) => {
    let error: unknown;
    try {
      parseTime(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TimeParseError);
    expect((error as TimeParseError).reason).toBe(reason);
  });

  it.each([['1:12.31'], ['1:02:03.4'], ['45.006']])('round-trips "%s" at its own precision', (text) => {
    const { ms, precision } = parseTime(text);
    const decimals = { SECONDS: 0, TENTHS: 1, HUNDREDTHS: 2, THOUSANDTHS: 3 }[precision];
    expect(formatTime(ms, { decimals, rounding: 'TRUNCATE' })).toBe(text);
  });
});

describe('formatPoints', () => {
  it.each([
    ['212.45', 2, '212.45'],
    ['212.455', 2, '212.46'],
    ['212.454', 2, '212.45'],
    ['80', 2, '80.00'],
    [80.5, 1, '80.5'],
    [0.1 + 0.2, 2, '0.30'],
    ['-3.005', 2, '-3.01'],
    ['12.5', 0, '13'],
    [{ toString: () => '97.123' }, 3, '97.123'],
  ] as const)('%o with %i decimals → %s', (value, decimals, expected) => {
    expect(formatPoints(value, decimals)).toBe(expected);
  });

  it.each([['abc'], ['1.2345'], ['1e3'], [Number.NaN]])('rejects %o', (value) => {
    expect(() => formatPoints(value, 2)).toThrow(RangeError);
  });
});

describe('formatMark', () => {
  it.each([
    [8950, '8.95 m'],
    [8956, '8.95 m'],
    [2450, '2.45 m'],
    [90, '0.09 m'],
    [100000, '100.00 m'],
  ])('%i mm → %s', (mm, expected) => {
    expect(formatMark(mm)).toBe(expected);
  });

  it.each([[-1], [8.5]])('rejects %d mm', (mm) => {
    expect(() => formatMark(mm)).toThrow(RangeError);
  });
});
