import { randomUUID } from 'node:crypto';
import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { type DemoUnit, demoUnit, issueTriples, registerPerson, SET_UNIT_RESULTS, storedUnit } from './results-desk.helpers.js';
import { globalId, keyOf } from '../utils/ids.js';

type Row = Record<string, unknown>;

describe('results desk: setUnitResults and setEventStandings', () => {
  let api: TestApp;
  let demo: DemoUnit;
  let morozova: string;
  let beijingTakagi: string;

  beforeAll(async () => {
    api = await createTestApp();
    demo = await demoUnit(api);
    morozova = await registerPerson(api, demo.eventId, 'Nadezhda Morozova', 'KAZ');
    beijingTakagi = globalId(
      'Competitor',
      (
        await api.prisma.competitor.findFirstOrThrow({
          where: { person: { slug: 'miho-takagi' }, event: { competition: { slug: 'beijing-2022' } } },
        })
      ).id,
    );
  });
  afterAll(async () => {
    await api.close();
  });

  /** The complete final: Bowe fourth, a fifth skater, Jackson sixth. */
  const official = (): Row[] => [
    {
      competitorId: demo.competitor['jutta-leerdam'],
      displayOrder: 1,
      startGroup: 15,
      lane: 'O',
      rank: 1,
      timeMs: 72310,
      timePrecision: 'HUNDREDTHS',
      medal: 'GOLD',
      recordMarks: ['OR'],
      details: [{ kind: 'SPLIT', seq: 1, label: '600m', timeMs: 44010 }],
    },
    { competitorId: demo.competitor['femke-kok'], displayOrder: 2, startGroup: 14, lane: 'I', rank: 2, timeMs: 72590, medal: 'SILVER' },
    { competitorId: demo.competitor['miho-takagi'], displayOrder: 3, startGroup: 15, lane: 'I', rank: 3, timeMs: 73950, medal: 'BRONZE' },
    { competitorId: demo.competitor['brittany-bowe'], displayOrder: 4, startGroup: 14, lane: 'O', rank: 4, timeMs: 74550 },
    { competitorId: morozova, displayOrder: 5, startGroup: 13, lane: 'I', rank: 5, timeMs: 74700 },
    { competitorId: demo.competitor['erin-jackson'], displayOrder: 6, startGroup: 13, lane: 'O', rank: 6, timeMs: 75120 },
  ];
  const edit = (rows: Row[], index: number, patch: Row) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row));
  const currentVersion = async () => (await api.prisma.unit.findUniqueOrThrow({ where: { id: keyOf(demo.unitId) } })).version;
  const save = async (rows: Row[], extra: Row = {}) =>
    api.gql(SET_UNIT_RESULTS, {
      input: { unitId: demo.unitId, expectedVersion: await currentVersion(), resultStatus: 'OFFICIAL', rows, ...extra },
    });

  it('stores the official result, keeping the ids of rows whose competitor stays', async () => {
    const before = demo.version;
    const response = await save(official());
    expect(response.errors).toBeUndefined();
    const unit = response.data!.setUnitResults;
    expect(unit).toMatchObject({ version: before + 1, resultStatus: 'OFFICIAL' });
    expect(unit.results.map((r: any) => [r.competitor.person?.slug ?? null, r.rank, r.displayValue, r.behind, r.medal])).toEqual([
      ['jutta-leerdam', 1, '1:12.31', null, 'GOLD'],
      ['femke-kok', 2, '1:12.59', '+0.28', 'SILVER'],
      ['miho-takagi', 3, '1:13.95', '+1.64', 'BRONZE'],
      ['brittany-bowe', 4, '1:14.55', '+2.24', null],
      ['nadezhda-morozova', 5, '1:14.70', '+2.39', null],
      ['erin-jackson', 6, '1:15.12', '+2.81', null],
    ]);
    for (const slug of ['jutta-leerdam', 'femke-kok', 'miho-takagi', 'brittany-bowe', 'erin-jackson']) {
      expect(unit.results.find((r: any) => r.competitor.person?.slug === slug).id).toBe(demo.resultId[slug]);
    }
    const stored = await storedUnit(api, demo.unitId);
    expect(stored).toMatchObject({ version: before + 1, resultStatus: 'OFFICIAL' });
    expect(stored.results).toHaveLength(6);
    expect(stored.results[0]).toMatchObject({ id: demo.resultId['jutta-leerdam'], lane: 'O', timePrecision: 'HUNDREDTHS' });
    expect(stored.results[0].recordMarks.map((m) => m.recordTypeCode)).toEqual(['OR']);
    expect(stored.results[0].details).toMatchObject([{ kind: 'SPLIT', seq: 1, label: '600m', timeMs: 44010, judge: '' }]);
    const olympicRecord = await api.prisma.record.findFirstOrThrow({ where: { recordTypeCode: 'OR', recurringKey: 'SSK-W-1000M' } });
    expect(olympicRecord.setByResultId).toBe(keyOf(demo.resultId['jutta-leerdam']));
  });

  it('swaps display orders and lanes of kept rows in place and deletes the rows of competitors left out', async () => {
    const rows = official().slice(0, 5);
    rows[0] = { ...rows[0], lane: 'I' };
    rows[2] = { ...rows[2], lane: 'O' };
    rows[3] = { ...rows[3], displayOrder: 5 };
    rows[4] = { ...rows[4], displayOrder: 4 };
    const response = await save(rows);
    expect(response.errors).toBeUndefined();
    const stored = await storedUnit(api, demo.unitId);
    expect(stored.results.map((r) => [r.id, r.displayOrder, r.lane])).toEqual([
      [demo.resultId['jutta-leerdam'], 1, 'I'],
      [demo.resultId['femke-kok'], 2, 'I'],
      [demo.resultId['miho-takagi'], 3, 'O'],
      [expect.any(String), 4, 'I'],
      [demo.resultId['brittany-bowe'], 5, 'O'],
    ]);
    expect(stored.results[3].competitorId).toBe(morozova);
    expect(await api.prisma.result.count({ where: { id: keyOf(demo.resultId['erin-jackson']) } })).toBe(0);
    expect(stored.results[0].recordMarks).toHaveLength(1);
    expect((await api.prisma.record.findFirstOrThrow({ where: { recordTypeCode: 'OR', recurringKey: 'SSK-W-1000M' } })).setByResultId).toBe(
      keyOf(demo.resultId['jutta-leerdam']),
    );
  });

  it('refuses a stale version with VERSION_CONFLICT and the current version, changing nothing', async () => {
    const before = await storedUnit(api, demo.unitId);
    const response = await api.gql(SET_UNIT_RESULTS, {
      input: { unitId: demo.unitId, expectedVersion: before.version - 1, rows: official() },
    });
    expect(errorCodes(response)).toEqual(['VERSION_CONFLICT']);
    expect(response.errors![0].extensions).toMatchObject({ currentVersion: before.version, expectedVersion: before.version - 1 });
    expect(await storedUnit(api, demo.unitId)).toEqual(before);
  });

  it('lets exactly one of five parallel saves at the same version win', async () => {
    const version = await currentVersion();
    const saves = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        api.gql(SET_UNIT_RESULTS, {
          input: { unitId: demo.unitId, expectedVersion: version, resultStatus: 'OFFICIAL', rows: edit(official(), 1, { startOrder: n }) },
        }),
      ),
    );
    const winners = saves.filter((s) => !s.errors);
    expect(winners).toHaveLength(1);
    expect(saves.filter((s) => s.errors).map((s) => errorCodes(s))).toEqual(Array(4).fill(['VERSION_CONFLICT']));
    const stored = await storedUnit(api, demo.unitId);
    expect(stored.version).toBe(version + 1);
    expect(stored.results).toHaveLength(6);
  });

  it.each<[string, () => Row[], Row, Array<[number, string, string]>]>([
    ['a rank on a DNF row', () => edit(official(), 5, { irm: 'DNF', timeMs: null }), {}, [[5, 'rank', 'RANK_ON_INVALID_RESULT']]],
    [
      'two rows with one display order',
      () => edit(official(), 1, { displayOrder: 1 }),
      {},
      [[1, 'displayOrder', 'DUPLICATE_DISPLAY_ORDER']],
    ],
    [
      'a competitor of another event',
      () => edit(official(), 4, { competitorId: beijingTakagi }),
      {},
      [[4, 'competitorId', 'COMPETITOR_NOT_IN_EVENT']],
    ],
    [
      'a medal on an unranked row',
      () => edit(official(), 3, { rank: null, medal: 'BRONZE' }),
      { resultStatus: 'PARTIAL' },
      [[3, 'medal', 'MEDAL_WITHOUT_RANK']],
    ],
    ['an unknown record type', () => edit(official(), 1, { recordMarks: ['XR'] }), {}, [[1, 'recordMarks', 'UNKNOWN_RECORD_TYPE']]],
    ['a malformed record code', () => edit(official(), 1, { recordMarks: ['or'] }), {}, [[1, 'recordMarks', 'INVALID_RECORD_MARK']]],
    ['a faster time ranked lower', () => edit(official(), 3, { timeMs: 72000 }), {}, [[3, 'rank', 'RANK_ORDER_CONTRADICTS_TIME']]],
    [
      'a detail given twice',
      () =>
        edit(official(), 0, {
          details: [
            { kind: 'SPLIT', seq: 1, label: '200m' },
            { kind: 'SPLIT', seq: 1, label: '600m' },
          ],
        }),
      {},
      [[0, 'details.1.seq', 'DUPLICATE_DETAIL']],
    ],
    [
      'a missing rank in an official result',
      () => edit(official(), 4, { rank: null }),
      {},
      [
        [4, 'rank', 'MISSING_RANK'],
        [5, 'rank', 'RANK_GAP'],
      ],
    ],
  ])('refuses %s with RESULTS_INVALID naming row and field, storing nothing', async (_name, rows, extra, expected) => {
    const before = await storedUnit(api, demo.unitId);
    const response = await save(rows(), extra);
    expect(errorCodes(response)).toEqual(['RESULTS_INVALID']);
    expect(issueTriples(response)).toEqual(expected);
    const [row, field] = expected[0];
    expect(response.errors![0].extensions.issues).toContainEqual(
      expect.objectContaining({ row, field, path: `input.rows.${row}.${field}`, message: expect.any(String) }),
    );
    expect(await storedUnit(api, demo.unitId)).toEqual(before);
  });

  it.each<[string, Row, string]>([
    ['a zero time', { timeMs: 0 }, 'rows.3.timeMs'],
    ['a negative time', { timeMs: -74550 }, 'rows.3.timeMs'],
    ['points that are not a decimal', { points: '1e3' }, 'rows.3.points'],
    ['a competitor id that is not a uuid', { competitorId: 'bowe' }, 'rows.3.competitorId'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_name, patch, path) => {
    const before = await storedUnit(api, demo.unitId);
    const response = await save(edit(official(), 3, patch));
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions.issues).toEqual([expect.objectContaining({ path: expect.stringContaining(path) })]);
    expect(await storedUnit(api, demo.unitId)).toEqual(before);
  });

  it('answers a malformed unit id with BAD_USER_INPUT and an unknown one with NOT_FOUND', async () => {
    const malformed = await api.gql(SET_UNIT_RESULTS, { input: { unitId: 'not-a-uuid', expectedVersion: 1, rows: [] } });
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.errors![0].extensions.issues).toEqual([expect.objectContaining({ path: expect.stringContaining('unitId') })]);
    const unknown = await api.gql(SET_UNIT_RESULTS, {
      input: { unitId: globalId('Unit', randomUUID()), expectedVersion: 1, rows: official() },
    });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
  });

  describe('setEventStandings', () => {
    const SET_STANDINGS = `mutation($input: SetEventStandingsInput!) {
      setEventStandings(input: $input) { id version standings { rank rankEqual irm medal competitor { person { slug } } } }
    }`;
    const eventVersion = async () => (await api.prisma.event.findUniqueOrThrow({ where: { id: keyOf(demo.eventId) } })).version;
    const standings = (): Row[] => [
      { competitorId: demo.competitor['jutta-leerdam'], rank: 1, medal: 'GOLD' },
      { competitorId: demo.competitor['femke-kok'], rank: 2, medal: 'SILVER' },
      { competitorId: demo.competitor['miho-takagi'], rank: 3, medal: 'BRONZE' },
      { competitorId: demo.competitor['brittany-bowe'], rank: 4 },
      { competitorId: morozova, rank: 5 },
      { competitorId: demo.competitor['erin-jackson'], irm: 'DNF' },
    ];
    const storedStandings = () =>
      api.prisma.eventStanding.findMany({ where: { eventId: keyOf(demo.eventId) }, orderBy: { competitorId: 'asc' } });

    it('replaces the final standings and bumps the event version', async () => {
      const version = await eventVersion();
      const response = await api.gql(SET_STANDINGS, { input: { eventId: demo.eventId, expectedVersion: version, standings: standings() } });
      expect(response.errors).toBeUndefined();
      const event = response.data!.setEventStandings;
      expect(event.version).toBe(version + 1);
      expect(event.standings.map((s: any) => [s.competitor.person.slug, s.rank, s.irm, s.medal])).toEqual([
        ['jutta-leerdam', 1, null, 'GOLD'],
        ['femke-kok', 2, null, 'SILVER'],
        ['miho-takagi', 3, null, 'BRONZE'],
        ['brittany-bowe', 4, null, null],
        ['nadezhda-morozova', 5, null, null],
        ['erin-jackson', null, 'DNF', null],
      ]);
      expect(await api.prisma.eventStanding.count({ where: { eventId: keyOf(demo.eventId) } })).toBe(6);
    });

    it.each<[string, (rows: Row[]) => Row[], Array<[number, string, string]>]>([
      ['silver on rank 3', (rows) => edit(rows, 2, { medal: 'SILVER' }), [[2, 'medal', 'MEDAL_RANK_MISMATCH']]],
      ['a rank on a DNF', (rows) => edit(rows, 5, { rank: 6 }), [[5, 'rank', 'RANK_ON_INVALID_RESULT']]],
      [
        'a competitor of another event',
        (rows) => edit(rows, 4, { competitorId: beijingTakagi }),
        [[4, 'competitorId', 'COMPETITOR_NOT_IN_EVENT']],
      ],
      [
        'an unflagged shared rank',
        (rows) => edit(rows, 4, { rank: 4 }),
        [
          [3, 'rankEqual', 'TIE_NOT_FLAGGED'],
          [4, 'rankEqual', 'TIE_NOT_FLAGGED'],
        ],
      ],
    ])('refuses %s, storing nothing', async (_name, change, expected) => {
      const [version, before] = [await eventVersion(), await storedStandings()];
      const response = await api.gql(SET_STANDINGS, {
        input: { eventId: demo.eventId, expectedVersion: version, standings: change(standings()) },
      });
      expect(errorCodes(response)).toEqual(['RESULTS_INVALID']);
      expect(issueTriples(response)).toEqual(expected);
      expect(response.errors![0].extensions.issues).toContainEqual(
        expect.objectContaining({ path: `input.standings.${expected[0][0]}.${expected[0][1]}` }),
      );
      expect([await eventVersion(), await storedStandings()]).toEqual([version, before]);
    });

    it('refuses a stale event version', async () => {
      const version = await eventVersion();
      const response = await api.gql(SET_STANDINGS, { input: { eventId: demo.eventId, expectedVersion: version - 1, standings: [] } });
      expect(errorCodes(response)).toEqual(['VERSION_CONFLICT']);
      expect(response.errors![0].extensions.currentVersion).toBe(version);
      expect(await api.prisma.eventStanding.count({ where: { eventId: keyOf(demo.eventId) } })).toBe(6);
    });
  });
});
