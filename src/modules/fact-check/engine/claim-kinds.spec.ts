import { demoSheet } from '../../../../test/fixtures/fact-check/demo-sheet.js';
import { FINAL, footballSheet, SEMI_FINAL } from '../../../../test/fixtures/fact-check/football-sheet.js';
import { checkProse } from './check-prose.js';
import type { ClaimKind, Verdict } from './claims.js';
import type { FactSheet } from './fact-sheet.js';

const skating = demoSheet();
const football = footballSheet();

type Row = [text: string, kind: ClaimKind, span: string, verdict: Verdict, correction: string | null];

function claimOf(sheet: FactSheet, text: string, kind: ClaimKind, span: string) {
  const claims = checkProse([{ blockIndex: 0, text, mentions: [] }], sheet, 'en');
  return claims.find((c) => c.kind === kind && c.text.includes(span)) ?? claims.find((c) => c.kind === kind);
}

function expectClaim(sheet: FactSheet, [text, kind, span, verdict, correction]: Row) {
  const claim = claimOf(sheet, text, kind, span);
  expect(claim).toMatchObject({ verdict, correction });
  expect(claim?.text).toContain(span);
}

describe('TIME claims', () => {
  it.each<Row>([
    ['Leerdam clocked 1:12.31.', 'TIME', '1:12.31', 'CONFIRMED', null],
    ['Leerdam clocked 1:12.13.', 'TIME', '1:12.13', 'CONTRADICTED', '1:12.31'],
    ['Leerdam clocked 1:12.3.', 'TIME', '1:12.3', 'CONFIRMED', null],
    ['Leerdam won in 72.31 seconds.', 'TIME', '72.31', 'CONFIRMED', null],
    ["Kok's 1:12.31 was beaten by Leerdam's 1:12.59.", 'TIME', '1:12.31', 'CONTRADICTED', '1:12.59'],
    ['Leerdam (1:12.31) edged Kok (1:12.95).', 'TIME', '1:12.95', 'CONTRADICTED', '1:12.59'],
    ['Jackson finished in 1:13.40.', 'TIME', '1:13.40', 'UNVERIFIABLE', null],
  ])('%s', (...row) => {
    expectClaim(skating, row);
  });

  it.each([
    ['TRUNCATE', 72_319, '1:12.31', 'CONFIRMED'],
    ['TRUNCATE', 72_319, '1:12.32', 'CONTRADICTED'],
    ['HALF_UP', 72_319, '1:12.32', 'CONFIRMED'],
    ['HALF_UP', 72_314, '1:12.32', 'CONTRADICTED'],
  ] as const)('prints a %s unit’s %i ms the way the discipline does (%s is %s)', (timeRounding, timeMs, said, verdict) => {
    const unit = {
      ...skating.units[1],
      timeRounding,
      timeDecimals: 2,
      results: [{ ...skating.units[1].results[0], timeMs, display: null }],
    };
    const sheet = { ...skating, units: [unit] };
    const claim = claimOf(sheet, `Leerdam clocked ${said}.`, 'TIME', said);
    expect(claim?.verdict).toBe(verdict);
  });
});

describe('MARGIN claims', () => {
  it.each<Row>([
    ['Leerdam went 0.28 seconds faster than Kok.', 'MARGIN', '0.28 seconds faster', 'CONFIRMED', null],
    ['Leerdam went 0.28 seconds slower than Kok.', 'MARGIN', '0.28 seconds slower', 'CONTRADICTED', '0.28 seconds faster'],
    ['Leerdam beat Kok by 28 hundredths.', 'MARGIN', '28 hundredths', 'CONFIRMED', null],
    ['Leerdam beat Kok by 38 hundredths.', 'MARGIN', '38 hundredths', 'CONTRADICTED', '0.28 seconds'],
    ['Kok finished more than a second ahead of Takagi.', 'MARGIN', 'more than a second ahead', 'CONFIRMED', null],
    ['Leerdam was more than a second faster than Kok.', 'MARGIN', 'more than a second faster', 'CONTRADICTED', '0.28 seconds faster'],
    [
      "Leerdam's time was nearly a second quicker than Takagi's winning time four years ago.",
      'MARGIN',
      'nearly a second quicker',
      'CONFIRMED',
      null,
    ],
    ['Takagi was almost a second behind Kok.', 'MARGIN', 'almost a second behind', 'CONTRADICTED', '1.36 seconds behind'],
    ['Bowe finished 2.24 seconds behind the winner.', 'MARGIN', '2.24 seconds behind', 'CONFIRMED', null],
    ['Bowe (+2.42) was outside the medals.', 'MARGIN', '+2.42', 'CONTRADICTED', '+2.24'],
    ['Jackson was 0.5 seconds behind Kok.', 'MARGIN', '0.5 seconds behind', 'UNVERIFIABLE', null],
  ])('%s', (...row) => {
    expectClaim(skating, row);
  });
});

describe('PLACING claims', () => {
  it.each<Row>([
    ['Jackson placed sixth.', 'PLACING', 'sixth', 'CONFIRMED', null],
    ['Jackson finished fourth.', 'PLACING', 'fourth', 'CONTRADICTED', 'sixth'],
    ['Takagi placed 4th.', 'PLACING', '4th', 'CONTRADICTED', '3rd'],
    ['Bowe finished fourth.', 'PLACING', 'fourth', 'UNVERIFIABLE', null],
    ['Leerdam won the race.', 'PLACING', 'won the race', 'CONFIRMED', null],
    ['Kok won the race.', 'PLACING', 'won the race', 'CONTRADICTED', 'finished second'],
    ['Leerdam beat Kok.', 'PLACING', 'beat Kok', 'CONFIRMED', null],
    ['Takagi beat Kok.', 'PLACING', 'beat Kok', 'CONTRADICTED', 'finished behind Kok'],
    ['Leerdam won, with Kok second and Takagi third.', 'PLACING', 'third', 'CONFIRMED', null],
  ])('%s', (...row) => {
    expectClaim(skating, row);
  });

  it.each<Row>([
    ['Northbridge won 4–2 on penalties.', 'PLACING', 'won', 'CONFIRMED', null],
    ['Harwick won 4–2 on penalties.', 'PLACING', 'won', 'CONTRADICTED', 'lost'],
    ['Harwick drew 3–3 with Northbridge.', 'PLACING', 'drew', 'CONFIRMED', null],
    ['Harwick beat Northbridge in the final.', 'PLACING', 'beat Northbridge', 'CONTRADICTED', 'lost to Northbridge'],
  ])('%s', (...row) => {
    expectClaim(football, row);
  });
});

describe('MEDAL claims', () => {
  it.each<Row>([
    ['Leerdam won gold.', 'MEDAL', 'gold', 'CONFIRMED', null],
    ['Kok took silver.', 'MEDAL', 'silver', 'CONFIRMED', null],
    ['Kok took bronze.', 'MEDAL', 'bronze', 'CONTRADICTED', 'silver'],
    ['Takagi won bronze in 1:13.95.', 'MEDAL', 'bronze', 'CONFIRMED', null],
    ['Jackson took bronze.', 'MEDAL', 'took bronze', 'CONTRADICTED', 'finished sixth'],
    ['Leerdam took silver in Beijing in 2022.', 'MEDAL', 'silver', 'CONFIRMED', null],
    ['silver medallist Kok waved to the crowd.', 'MEDAL', 'silver', 'CONFIRMED', null],
  ])('%s', (...row) => {
    expectClaim(skating, row);
  });
});

describe('RECORD claims', () => {
  it.each<Row>([
    ['Leerdam set an Olympic record.', 'RECORD', 'Olympic record', 'CONFIRMED', null],
    ['Leerdam set a world record.', 'RECORD', 'world record', 'CONTRADICTED', 'Olympic record'],
    ['Kok set a personal best.', 'RECORD', 'personal best', 'UNVERIFIABLE', null],
    ['Bowe, the world record holder, was fifth or so.', 'RECORD', 'world record holder', 'CONFIRMED', null],
    ['Kok, the world record holder, pushed hard.', 'RECORD', 'world record holder', 'CONTRADICTED', null],
    ['Leerdam missed the world record.', 'RECORD', 'world record', 'UNVERIFIABLE', null],
  ])('%s', (text, kind, span, verdict, correction) => {
    const claim = claimOf(skating, text, kind, span);
    if (text.includes('missed')) expect(claim).toBeUndefined();
    else expect(claim).toMatchObject({ verdict, correction });
  });
});

describe('AGE claims', () => {
  it.each<Row>([
    ['The 27-year-old Leerdam won.', 'AGE', '27-year-old', 'CONFIRMED', null],
    ['The 26-year-old Leerdam won.', 'AGE', '26-year-old', 'CONTRADICTED', '27-year-old'],
    ['The twenty-six-year-old Leerdam won.', 'AGE', 'twenty-six-year-old', 'CONTRADICTED', 'twenty-seven-year-old'],
    ['Leerdam, aged 27, won.', 'AGE', '27', 'CONFIRMED', null],
    ['At 28, Leerdam won.', 'AGE', '28', 'CONTRADICTED', '27'],
    ['Leerdam (26) won.', 'AGE', '26', 'CONTRADICTED', '27'],
    ['Kok, 25, took silver.', 'AGE', '25', 'UNVERIFIABLE', null],
  ])('%s', (...row) => {
    expectClaim(skating, row);
  });

  it('reads the age as of the story’s date: 26 the day before her birthday', () => {
    const before = { ...skating, asOf: '2025-12-29' };
    expect(claimOf(before, 'The 26-year-old Leerdam won.', 'AGE', '26')?.verdict).toBe('CONFIRMED');
    expect(claimOf({ ...skating, asOf: '2025-12-30' }, 'The 26-year-old Leerdam won.', 'AGE', '26')?.verdict).toBe('CONTRADICTED');
  });
});

describe('SCORE and DECISION claims', () => {
  it.each<Row>([
    ['Northbridge and Harwick drew 3–3.', 'SCORE', '3–3', 'CONFIRMED', null],
    ['Northbridge and Harwick drew 3-3.', 'SCORE', '3-3', 'CONFIRMED', null],
    ['Northbridge and Harwick drew 2–2.', 'SCORE', '2–2', 'CONTRADICTED', '3–3'],
    ['Northbridge won 4–2 on penalties.', 'SCORE', '4–2', 'CONFIRMED', null],
    ['Northbridge won 5–4 on penalties.', 'SCORE', '5–4', 'CONTRADICTED', '4–2'],
    ['Harwick led 2–1 at half-time in the final.', 'SCORE', '2–1', 'CONTRADICTED', '1–1'],
    ['Harwick won 2-1 in the semi-final.', 'SCORE', '2-1', 'CONFIRMED', null],
    ['The final finished 3–3 after extra time.', 'DECISION', 'after extra time', 'CONFIRMED', null],
    ['Northbridge won 4–2 on penalties.', 'DECISION', 'on penalties', 'CONFIRMED', null],
    ['Harwick beat Castleford on penalties.', 'DECISION', 'on penalties', 'CONTRADICTED', 'after extra time'],
    ['Northbridge won the final in normal time.', 'DECISION', 'in normal time', 'CONTRADICTED', 'on penalties'],
    ['Northbridge won the final after extra time.', 'DECISION', 'after extra time', 'CONTRADICTED', 'on penalties'],
  ])('%s', (...row) => {
    expectClaim(football, row);
  });

  it('ties a score to the match of the teams it names', () => {
    expect(claimOf(football, 'Harwick beat Castleford 2–1.', 'SCORE', '2–1')).toMatchObject({ verdict: 'CONFIRMED', unitId: SEMI_FINAL });
    expect(claimOf(football, 'Northbridge drew 3–3 with Harwick.', 'SCORE', '3–3')).toMatchObject({ verdict: 'CONFIRMED', unitId: FINAL });
  });

  it.each(['The 2025-26 season ends on 16 May.', 'Harwick led 2–0 early on.', 'Kick-off was at 17:30.'])(
    'reads no score in "%s"',
    (text) => {
      expect(checkProse([{ blockIndex: 0, text, mentions: [] }], football, 'en').filter((c) => c.kind === 'SCORE')).toEqual([]);
    },
  );
});

describe('COUNT claims', () => {
  it.each<Row>([
    ['Leerdam won her second Olympic medal.', 'COUNT', 'second Olympic medal', 'CONFIRMED', null],
    ["It was Leerdam's first Olympic medal.", 'COUNT', 'first Olympic medal', 'CONTRADICTED', 'second Olympic medal'],
    ['Leerdam won her first Olympic title.', 'COUNT', 'first Olympic title', 'CONFIRMED', null],
  ])('%s', (...row) => {
    expectClaim(skating, row);
  });

  it.each<Row>([
    ['Brennan scored a hat-trick.', 'COUNT', 'hat-trick', 'CONFIRMED', null],
    ['Odegard scored a hat-trick.', 'COUNT', 'hat-trick', 'CONTRADICTED', 'two goals'],
    ['Ødegård scored twice.', 'COUNT', 'twice', 'CONFIRMED', null],
    ['Brennan scored twice in the first half.', 'COUNT', 'twice', 'CONTRADICTED', 'once'],
    ['Tom Hale scored twice.', 'COUNT', 'twice', 'UNVERIFIABLE', null],
  ])('%s', (...row) => {
    expectClaim(football, row);
  });
});
