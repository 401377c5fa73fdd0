import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { buildMatch, call, enterPerson, enterTeam, IMPORT_RESULTS, issuesOf, SET_RESULTS, storedMatch } from './match.helpers.js';

const READ_MATCH = `query($id: ID!) {
  unit(id: $id) {
    version decision
    results { displayOrder wlt score designation periods { kind number score tieBreak } competitor { displayName } }
  }
}`;

const p = (kind: string, number: number, score: number, tieBreak?: number) => ({
  kind,
  number,
  score,
  ...(tieBreak === undefined ? {} : { tieBreak }),
});

describe('match results: typed periods, decision and designation through the API', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  it('stores an ice hockey game won in a shoot-out (2-2, 3-2 with the shoot-out) and reads it back in one query', async () => {
    const match = await buildMatch(api, 'IHO', 'GROUP');
    const home = await enterTeam(api, match.eventId, 'Eisbären Test');
    const away = await enterTeam(api, match.eventId, 'Adler Test');
    // Periods given out of order: they read back in the order of play.
    const rows = [
      {
        competitorId: home.competitorId,
        displayOrder: 1,
        wlt: 'W',
        score: 3,
        designation: 'HOME',
        periods: [p('SHOOTOUT', 1, 2), p('PERIOD', 3, 1), p('PERIOD', 1, 1), p('PERIOD', 2, 0), p('OVERTIME', 1, 0)],
      },
      {
        competitorId: away.competitorId,
        displayOrder: 2,
        wlt: 'L',
        score: 2,
        designation: 'AWAY',
        periods: [p('PERIOD', 1, 0), p('PERIOD', 2, 2), p('PERIOD', 3, 0), p('OVERTIME', 1, 0), p('SHOOTOUT', 1, 1)],
      },
    ];
    const saved = await api.gql(SET_RESULTS, {
      input: { unitId: match.unitId, expectedVersion: match.version, resultStatus: 'OFFICIAL', decision: 'SHOOTOUT', rows },
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.setUnitResults).toMatchObject({ version: match.version + 1, decision: 'SHOOTOUT' });

    const unit = await call(api, READ_MATCH, { id: match.unitId });
    expect(unit.decision).toBe('SHOOTOUT');
    expect(unit.results.map((r: any) => [r.competitor.displayName, r.wlt, r.score, r.designation])).toEqual([
      ['Eisbären Test', 'W', 3, 'HOME'],
      ['Adler Test', 'L', 2, 'AWAY'],
    ]);
    expect(unit.results[0].periods).toEqual([
      { kind: 'PERIOD', number: 1, score: 1, tieBreak: null },
      { kind: 'PERIOD', number: 2, score: 0, tieBreak: null },
      { kind: 'PERIOD', number: 3, score: 1, tieBreak: null },
      { kind: 'OVERTIME', number: 1, score: 0, tieBreak: null },
      { kind: 'SHOOTOUT', number: 1, score: 2, tieBreak: null },
    ]);
    const stored = await storedMatch(api, match.unitId);
    expect(stored.decision).toBe('SHOOTOUT');
    expect(stored.results.map((r) => r.periods.length)).toEqual([5, 5]);

    // A second save replaces the periods of kept rows rather than adding to them.
    const again = await api.gql(SET_RESULTS, {
      input: {
        unitId: match.unitId,
        expectedVersion: match.version + 1,
        decision: 'OVERTIME',
        rows: [
          { ...rows[0], score: 3, periods: [p('PERIOD', 1, 1), p('PERIOD', 2, 0), p('PERIOD', 3, 1), p('OVERTIME', 1, 1)] },
          { ...rows[1], periods: [p('PERIOD', 1, 0), p('PERIOD', 2, 2), p('PERIOD', 3, 0), p('OVERTIME', 1, 0)] },
        ],
      },
    });
    expect(again.errors).toBeUndefined();
    const replaced = await storedMatch(api, match.unitId);
    expect(replaced.decision).toBe('OVERTIME');
    expect(replaced.results.map((r) => r.periods.map((period) => period.kind))).toEqual([
      ['PERIOD', 'PERIOD', 'PERIOD', 'OVERTIME'],
      ['PERIOD', 'PERIOD', 'PERIOD', 'OVERTIME'],
    ]);
  });

  it('stores a tennis match in sets with tie-breaks that ends in a retirement mid-set', async () => {
    const match = await buildMatch(api, 'TEN', 'QUARTERFINAL');
    const a = await enterPerson(api, match.eventId, 'Tennis Test Winner');
    const b = await enterPerson(api, match.eventId, 'Tennis Test Retired');
    // 6-4 6-7(5) 3-1 ret.: the unfinished third set counts for nobody, so 1 set each.
    const saved = await api.gql(SET_RESULTS, {
      input: {
        unitId: match.unitId,
        expectedVersion: match.version,
        resultStatus: 'OFFICIAL',
        decision: 'RETIREMENT',
        rows: [
          {
            competitorId: a.competitorId,
            displayOrder: 1,
            wlt: 'W',
            score: 1,
            designation: 'NEUTRAL',
            periods: [p('SET', 1, 6), p('SET', 2, 6, 5), p('SET', 3, 3)],
          },
          {
            competitorId: b.competitorId,
            displayOrder: 2,
            wlt: 'L',
            score: 1,
            designation: 'NEUTRAL',
            periods: [p('SET', 1, 4), p('SET', 2, 7, 7), p('SET', 3, 1)],
          },
        ],
      },
    });
    expect(saved.errors).toBeUndefined();
    const unit = await call(api, READ_MATCH, { id: match.unitId });
    expect(unit.decision).toBe('RETIREMENT');
    expect(unit.results.map((r: any) => r.periods.map((s: any) => [s.number, s.score, s.tieBreak]))).toEqual([
      [
        [1, 6, null],
        [2, 6, 5],
        [3, 3, null],
      ],
      [
        [1, 4, null],
        [2, 7, 7],
        [3, 1, null],
      ],
    ]);

    // The same sets as a finished match: the third set would be the winner's, so 1-1 does not add up.
    const unit2 = await buildMatch(api, 'TEN', 'QUARTERFINAL', {
      competitionId: match.competitionId,
      eventId: match.eventId,
      phaseId: match.phaseId,
      order: 2,
    });
    const refused = await api.gql(SET_RESULTS, {
      input: {
        unitId: unit2.unitId,
        expectedVersion: unit2.version,
        decision: 'REGULATION',
        rows: [
          {
            competitorId: a.competitorId,
            displayOrder: 1,
            wlt: 'W',
            score: 1,
            periods: [p('SET', 1, 6), p('SET', 2, 6, 5), p('SET', 3, 3)],
          },
          {
            competitorId: b.competitorId,
            displayOrder: 2,
            wlt: 'L',
            score: 1,
            periods: [p('SET', 1, 4), p('SET', 2, 7, 7), p('SET', 3, 1)],
          },
        ],
      },
    });
    expect(errorCodes(refused)).toEqual(['RESULTS_INVALID']);
    expect(issuesOf(refused)).toEqual([[0, 'score', 'SCORE_PERIODS_MISMATCH', 'input.rows.0.score']]);
  });

  describe('refuses bad input, naming the row and field, and stores nothing', () => {
    async function footballMatch(phaseKind = 'FINAL') {
      const match = await buildMatch(api, 'FBL', phaseKind);
      const home = await enterTeam(api, match.eventId, `Home FC ${match.unitId.slice(-6)}`);
      const away = await enterTeam(api, match.eventId, `Away FC ${match.unitId.slice(-6)}`);
      return { ...match, home, away };
    }
    const halves = (a: number, b: number) => [p('HALF', 1, a), p('HALF', 2, b)];
    const extra = (a: number, b: number) => [p('EXTRA_TIME', 1, a), p('EXTRA_TIME', 2, b)];

    async function expectNothingStored(unitId: string, version: number) {
      const stored = await storedMatch(api, unitId);
      expect(stored).toMatchObject({ version, decision: null, results: [] });
    }

    it.each([
      [
        'PENALTIES without a shoot-out',
        'PENALTIES',
        [
          { wlt: 'W', score: 2, periods: [...halves(1, 0), ...extra(1, 0)] },
          { wlt: 'L', score: 1, periods: [...halves(0, 1), ...extra(0, 0)] },
        ],
        [[null, 'decision', 'DECISION_CONTRADICTS_PERIODS', 'input.decision']],
      ],
      [
        'a total that does not match its periods',
        'REGULATION',
        [
          { wlt: 'W', score: 3, periods: halves(1, 1) },
          { wlt: 'L', score: 1, periods: halves(0, 1) },
        ],
        [[0, 'score', 'SCORE_PERIODS_MISMATCH', 'input.rows.0.score']],
      ],
      [
        'a shoot-out that ends level',
        'PENALTIES',
        [
          { wlt: 'W', score: 1, periods: [...halves(1, 0), p('SHOOTOUT', 1, 3)] },
          { wlt: 'L', score: 1, periods: [...halves(0, 1), p('SHOOTOUT', 1, 3)] },
        ],
        [
          [0, 'periods.2.score', 'SHOOTOUT_LEVEL', 'input.rows.0.periods.2.score'],
          [1, 'periods.2.score', 'SHOOTOUT_LEVEL', 'input.rows.1.periods.2.score'],
        ],
      ],
      [
        'a draw in a FINAL',
        'REGULATION',
        [
          { wlt: 'T', score: 1, periods: halves(1, 0) },
          { wlt: 'T', score: 1, periods: halves(0, 1) },
        ],
        [
          [0, 'wlt', 'TIE_NOT_ALLOWED', 'input.rows.0.wlt'],
          [1, 'wlt', 'TIE_NOT_ALLOWED', 'input.rows.1.wlt'],
        ],
      ],
      [
        'a decision football does not know',
        'SHOOTOUT',
        [
          { wlt: 'W', score: 1 },
          { wlt: 'L', score: 0 },
        ],
        [[null, 'decision', 'DECISION_NOT_IN_DISCIPLINE', 'input.decision']],
      ],
    ])('%s', async (_name, decision, sides, expected) => {
      const match = await footballMatch();
      const rows = sides.map((side, i) => ({ competitorId: [match.home, match.away][i].competitorId, displayOrder: i + 1, ...side }));
      const response = await api.gql(SET_RESULTS, { input: { unitId: match.unitId, expectedVersion: match.version, decision, rows } });
      expect(errorCodes(response)).toEqual(['RESULTS_INVALID']);
      expect(response.status).toBeLessThan(500);
      expect(issuesOf(response)).toEqual(expected);
      await expectNothingStored(match.unitId, match.version);
    });

    it('refuses an import whose two rows name different decisions, naming the index', async () => {
      const match = await footballMatch();
      const document = JSON.stringify([
        { team: match.home.slug, displayOrder: 1, wlt: 'W', score: 2, decision: 'EXTRA_TIME' },
        { team: match.away.slug, displayOrder: 2, wlt: 'L', score: 1, decision: 'REGULATION' },
      ]);
      const response = await api.gql(IMPORT_RESULTS, {
        input: { unitId: match.unitId, expectedVersion: match.version, format: 'JSON', document },
      });
      expect(errorCodes(response)).toEqual(['RESULTS_INVALID']);
      expect(issuesOf(response)).toEqual([[1, 'decision', 'DECISION_MISMATCH', 'input.document']]);
      await expectNothingStored(match.unitId, match.version);
    });

    it('imports the object form with the decision, periods and designation, and refuses a contradiction in it', async () => {
      const match = await footballMatch('SEMIFINAL');
      const rows = (awayShootout: number) => [
        {
          team: match.home.slug,
          displayOrder: 1,
          wlt: 'W',
          score: 1,
          designation: 'HOME',
          periods: [...halves(1, 0), ...extra(0, 0), p('SHOOTOUT', 1, 5)],
        },
        {
          team: match.away.slug,
          displayOrder: 2,
          wlt: 'L',
          score: 1,
          designation: 'AWAY',
          periods: [...halves(0, 1), ...extra(0, 0), p('SHOOTOUT', 1, awayShootout)],
        },
      ];
      const input = (shootout: number) => ({
        unitId: match.unitId,
        expectedVersion: match.version,
        format: 'JSON',
        document: JSON.stringify({ decision: 'PENALTIES', rows: rows(shootout) }),
      });
      const level = await api.gql(IMPORT_RESULTS, { input: input(5) });
      expect(issuesOf(level)).toEqual([
        [0, 'periods.4.score', 'SHOOTOUT_LEVEL', 'input.document'],
        [1, 'periods.4.score', 'SHOOTOUT_LEVEL', 'input.document'],
      ]);
      await expectNothingStored(match.unitId, match.version);

      const saved = await api.gql(IMPORT_RESULTS, { input: input(4) });
      expect(saved.errors).toBeUndefined();
      const stored = await storedMatch(api, match.unitId);
      expect(stored.decision).toBe('PENALTIES');
      expect(stored.results.map((r) => [r.designation, r.score, r.periods.find((x) => x.kind === 'SHOOTOUT')?.score])).toEqual([
        ['HOME', 1, 5],
        ['AWAY', 1, 4],
      ]);
    });
  });
});
