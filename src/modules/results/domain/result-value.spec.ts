import type { ResultType } from '../../../generated/prisma/enums.js';
import { behind, displayValue, leaderOf, type ResultValueRow } from './result-value.js';

const SSK = { timeDecimals: 2, timeRounding: 'TRUNCATE' } as const;
const event = (resultType: ResultType) => ({ resultType });

const leerdam = { timeMs: 72310 };
const kok = { timeMs: 72590 };
const takagi = { timeMs: 73950 };
const bowe = { timeMs: 74550 };
const jackson = { timeMs: null };
const women1000m = [leerdam, kok, takagi, bowe, jackson];

describe('displayValue', () => {
  it.each<[string, ResultValueRow, ResultType, string | null]>([
    ['a time', { timeMs: 72310 }, 'TIME', '1:12.31'],
    ['a time truncated', { timeMs: 105006 }, 'TIME', '1:45.00'],
    ['a missing time', { timeMs: null }, 'TIME', null],
    ['a DNF without a time', { irm: 'DNF', timeMs: null }, 'TIME', 'DNF'],
    ['a DSQ that keeps its time', { irm: 'DSQ', timeMs: 72310 }, 'TIME', '1:12.31'],
    ['points as a decimal string', { points: '226.13' }, 'POINTS', '226.13'],
    ['points as a number', { points: 80 }, 'POINTS', '80.00'],
    ['points missing, withdrawn', { points: null, irm: 'WDR' }, 'POINTS', 'WDR'],
    ['a score', { score: 2 }, 'SCORE', '2'],
    ['a score of zero', { score: 0 }, 'SCORE', '0'],
    ['a mark', { markMm: 8950 }, 'MARK', '8.95 m'],
    ['no mark', { markMm: null, irm: 'NM' }, 'MARK', 'NM'],
    ['rank only', { timeMs: 72310 }, 'RANK_ONLY', null],
    ['rank only, did not start', { irm: 'DNS' }, 'RANK_ONLY', 'DNS'],
    ['a value of another type only', { score: 3 }, 'TIME', null],
  ])('%s', (_name, row, resultType, expected) => {
    expect(displayValue(row, event(resultType), SSK)).toBe(expected);
  });

  it('uses the discipline decimals and rounding', () => {
    expect(displayValue({ timeMs: 105006 }, event('TIME'), { timeDecimals: 3, timeRounding: 'TRUNCATE' })).toBe('1:45.006');
    expect(displayValue({ timeMs: 105006 }, event('TIME'), { timeDecimals: 2, timeRounding: 'HALF_UP' })).toBe('1:45.01');
    expect(displayValue({ points: '212.456' }, event('POINTS'), { ...SSK, pointsDecimals: 3 })).toBe('212.456');
  });
});

describe('behind, reference story (women 1000 m, Milano Cortina 2026)', () => {
  const leader = leaderOf(women1000m, event('TIME'));

  it('finds Leerdam as the leader', () => {
    expect(leader).toBe(leerdam);
  });

  it.each([
    ['Leerdam', leerdam, null],
    ['Kok', kok, '+0.28'],
    ['Takagi', takagi, '+1.64'],
    ['Bowe', bowe, '+2.24'],
    ['Jackson', jackson, null],
  ])('%s → %s', (_name, row, expected) => {
    expect(behind(row, leader, event('TIME'), SSK)).toBe(expected);
  });
});

describe('behind', () => {
  it.each<[string, ResultValueRow, ResultValueRow | null, ResultType, string | null]>([
    ['over a minute', { timeMs: 133540 }, { timeMs: 72310 }, 'TIME', '+1:01.23'],
    ['Sochi: 3 ms truncates to nothing', { timeMs: 105009 }, { timeMs: 105006 }, 'TIME', '+0.00'],
    ['level with the leader', { timeMs: 72310 }, { timeMs: 72310 }, 'TIME', null],
    ['an IRM row with a time', { timeMs: 74000, irm: 'DSQ' }, { timeMs: 72310 }, 'TIME', null],
    ['no leader', { timeMs: 74000 }, null, 'TIME', null],
    ['points behind', { points: '200.00' }, { points: '212.34' }, 'POINTS', '-12.34'],
    ['points, thousandths rounded', { points: '200.000' }, { points: '212.345' }, 'POINTS', '-12.35'],
    ['points, the leader', { points: '212.34' }, { points: '212.34' }, 'POINTS', null],
    ['points missing', { points: null }, { points: '212.34' }, 'POINTS', null],
    ['score events have no gap', { score: 1 }, { score: 2 }, 'SCORE', null],
    ['mark events have no gap', { markMm: 8000 }, { markMm: 8950 }, 'MARK', null],
    ['rank-only events have no gap', {}, {}, 'RANK_ONLY', null],
  ])('%s', (_name, row, leader, resultType, expected) => {
    expect(behind(row, leader, event(resultType), SSK)).toBe(expected);
  });
});

describe('leaderOf', () => {
  it.each<[string, ResultValueRow[], ResultType, number | null]>([
    ['fastest valid time', [{ timeMs: 73000 }, { timeMs: 72000, irm: 'DSQ' }, { timeMs: 72500 }], 'TIME', 2],
    ['most points', [{ points: '150.5' }, { points: '212.34' }, { points: '99' }], 'POINTS', 1],
    ['longest mark', [{ markMm: 8100 }, { markMm: 8950 }], 'MARK', 1],
    ['nobody with a value', [{ timeMs: null }, { irm: 'DNS' }], 'TIME', null],
    ['no leader in a score event', [{ score: 2 }, { score: 1 }], 'SCORE', null],
  ])('%s', (_name, rows, resultType, index) => {
    expect(leaderOf(rows, event(resultType))).toBe(index === null ? null : rows[index]);
  });
});
