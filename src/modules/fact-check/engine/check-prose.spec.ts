import { demoParagraphs, withEdit } from '../../../../test/fixtures/fact-check/demo-paragraphs.js';
import { DEMO_UNIT_2026, demoSheet } from '../../../../test/fixtures/fact-check/demo-sheet.js';
import { SUMMARY } from '../../../seed/demo-story.data.js';
import { checkProse } from './check-prose.js';
import type { FactClaim } from './claims.js';
import { FACT_CHECK_LIMITS } from './limits.js';

const sheet = demoSheet();
const check = (paragraphs = demoParagraphs()) => checkProse(paragraphs, sheet, 'en');
const contradicted = (claims: FactClaim[]) => claims.filter((c) => c.verdict === 'CONTRADICTED');

describe('checkProse on the demo story', () => {
  const claims = check();

  it('finds no contradiction', () => {
    expect(contradicted(claims)).toEqual([]);
  });

  it.each([
    ['TIME', '1:12.31', 'jutta-leerdam', '1:12.31'],
    ['TIME', '1:12.59', 'femke-kok', '1:12.59'],
    ['TIME', '1:13.95', 'miho-takagi', '1:13.95'],
    ['MARGIN', '0.28 seconds faster', 'jutta-leerdam', '0.28 seconds faster'],
    ['MARGIN', 'almost a second quicker', 'jutta-leerdam', '0.88 seconds quicker'],
    ['MARGIN', '2.24 seconds behind', 'brittany-bowe', '2.24 seconds behind'],
    ['MEDAL', 'silver', 'femke-kok', 'silver'],
    ['MEDAL', 'bronze', 'miho-takagi', 'bronze'],
    ['RECORD', 'Olympic record', 'jutta-leerdam', 'Olympic record'],
    ['RECORD', 'world record holder', 'brittany-bowe', 'world record holder'],
    ['AGE', '27-year-old', 'jutta-leerdam', '27'],
    ['PLACING', 'sixth', 'erin-jackson', 'sixth'],
  ])('confirms the %s claim "%s" about %s', (kind, text, entityId, dataValue) => {
    const claim = claims.find((c) => c.kind === kind && c.text === text);
    expect(claim).toMatchObject({ verdict: 'CONFIRMED', entityId, dataValue, correction: null });
  });

  it('checks the times and the gap against the 2026 final', () => {
    const ids = claims.filter((c) => c.kind === 'TIME' || c.text === '0.28 seconds faster').map((c) => c.unitId);
    expect(new Set(ids)).toEqual(new Set([DEMO_UNIT_2026]));
  });

  it('checks no quote and no social post: only the paragraphs', () => {
    expect(claims.every((c) => c.blockIndex >= 0 && c.start < c.end)).toBe(true);
    expect(claims.some((c) => /diva|recover|80/.test(c.text))).toBe(false);
  });

  it('confirms the summary line', () => {
    const summary = checkProse([{ blockIndex: -1, text: SUMMARY, mentions: [] }], sheet, 'en');
    expect(summary.map((c) => [c.kind, c.text, c.verdict])).toEqual([
      ['TIME', '1:12.31', 'CONFIRMED'],
      ['PLACING', 'beat Dutch teammate Femke Kok', 'CONFIRMED'],
      ['PLACING', 'third', 'CONFIRMED'],
    ]);
  });
});

describe('checkProse on the demo story with one fact wrong', () => {
  it.each([
    ['1:12.31', '1:12.13', 'TIME', '1:12.13', 'jutta-leerdam', '1:12.31'],
    ['Kok took silver', 'Kok took bronze', 'MEDAL', 'bronze', 'femke-kok', 'silver'],
    ['27-year-old', '26-year-old', 'AGE', '26-year-old', 'jutta-leerdam', '27-year-old'],
    ['0.28 seconds faster', '0.38 seconds faster', 'MARGIN', '0.38 seconds faster', 'jutta-leerdam', '0.28 seconds faster'],
    ['a new Olympic record', 'a new world record', 'RECORD', 'world record', 'jutta-leerdam', 'Olympic record'],
    ['placed sixth', 'placed fifth', 'PLACING', 'fifth', 'erin-jackson', 'sixth'],
  ])('"%s" → "%s" gives one contradicted %s claim with the correction', (find, replace, kind, text, entityId, correction) => {
    const found = contradicted(check(withEdit(demoParagraphs(), find, replace)));
    expect(found).toEqual([expect.objectContaining({ kind, text, entityId, correction, verdict: 'CONTRADICTED' })]);
    const paragraph = withEdit(demoParagraphs(), find, replace).find((p) => p.blockIndex === found[0].blockIndex)!;
    expect(paragraph.text.slice(found[0].start, found[0].end)).toBe(text);
  });
});

describe('checkProse on bad input', () => {
  const empty = { asOf: '2026-02-09', entities: [], units: [], records: [] };

  it('marks every claim UNVERIFIABLE when the story links no results', () => {
    const claims = checkProse(demoParagraphs(), empty, 'en');
    expect(claims.length).toBeGreaterThan(5);
    expect(new Set(claims.map((c) => c.verdict))).toEqual(new Set(['UNVERIFIABLE']));
  });

  it.each(['fr', 'xx-YY', '', '123', 'english'])('returns nothing for the language "%s" it cannot read', (language) => {
    expect(checkProse(demoParagraphs(), sheet, language)).toEqual([]);
  });

  it.each(['en', 'EN', 'en-GB', 'en-US'])('reads English tagged "%s"', (language) => {
    expect(checkProse(demoParagraphs(), sheet, language).length).toBeGreaterThan(5);
  });

  it('ignores mentions that point outside the text or at no entity, and odd paragraphs', () => {
    const odd = [
      {
        blockIndex: 0,
        text: 'Kok took silver.',
        mentions: [
          { start: -4, end: 99, targetId: 'femke-kok' },
          { start: 0, end: 3, targetId: 'nobody' },
        ],
      },
      null,
      { blockIndex: 2 },
    ] as never;
    expect(checkProse(odd, sheet, 'en')).toEqual([expect.objectContaining({ kind: 'MEDAL', verdict: 'CONFIRMED', entityId: 'femke-kok' })]);
  });

  it('stays bounded on a 100,000-word paragraph full of claims', () => {
    const sentence =
      'Leerdam won gold in 1:12.13 and Kok took bronze, 0.82 seconds behind; the 26-year-old beat Takagi 3–3 after extra time. ';
    const text = sentence.repeat(Math.ceil(100_000 / 22));
    const started = performance.now();
    const claims = checkProse(
      [0, 1, 2].map((blockIndex) => ({ blockIndex, text, mentions: [] })),
      sheet,
      'en',
    );
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(claims.length).toBeLessThanOrEqual(FACT_CHECK_LIMITS.storyClaims);
    expect(claims.filter((c) => c.blockIndex === 0).length).toBeLessThanOrEqual(FACT_CHECK_LIMITS.paragraphClaims);
    expect(Math.max(...claims.map((c) => c.end))).toBeLessThanOrEqual(FACT_CHECK_LIMITS.paragraphChars);
  });

  it('stays bounded on text that is all numbers and marks', () => {
    const numbers = Array.from(
      { length: 30_000 },
      (_, i) => `${i % 60}:${String(i % 60).padStart(2, '0')}.${i % 100} ${i}-${i % 7} ${i}th (+${i}.01)`,
    ).join(' ');
    const marks = '(“'.repeat(20_000) + '1:12.31 '.repeat(2_000);
    const started = performance.now();
    const claims = checkProse(
      [
        { blockIndex: 0, text: numbers, mentions: [] },
        { blockIndex: 1, text: marks, mentions: [] },
      ],
      sheet,
      'en',
    );
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(contradicted(claims)).toEqual([]);
  });
});
