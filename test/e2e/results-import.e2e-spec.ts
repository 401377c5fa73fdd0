import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { type DemoUnit, demoUnit, IMPORT_UNIT_RESULTS, issueTriples, registerPerson, storedUnit } from './results-desk.helpers.js';
import { keyOf } from '../utils/ids.js';

const HEADER = 'displayOrder,person,rank,time,startGroup,lane,medal,records';
const FINAL_LINES = [
  '1,jutta-leerdam,1,1:12.31,15,O,GOLD,OR',
  '2,femke-kok,2,1:12.59,14,I,SILVER,',
  '3,miho-takagi,3,1:13.95,15,I,BRONZE,',
  '4,brittany-bowe,4,1:14.55,14,O,,',
  '5,nadezhda-morozova,5,1:14.70,13,I,,',
  '6,erin-jackson,6,1:15.12,13,O,,',
];
const csv = (lines: string[], header = HEADER) => [header, ...lines].join('\n');

describe('results desk: importUnitResults', () => {
  let api: TestApp;
  let demo: DemoUnit;

  beforeAll(async () => {
    api = await createTestApp();
    demo = await demoUnit(api);
    await registerPerson(api, demo.eventId, 'Nadezhda Morozova', 'KAZ');
  });
  afterAll(async () => {
    await api.close();
  });

  const currentVersion = async () => (await api.prisma.unit.findUniqueOrThrow({ where: { id: keyOf(demo.unitId) } })).version;
  const importDocument = async (format: 'CSV' | 'JSON', document: string, extra: Record<string, unknown> = {}) =>
    api.gql(IMPORT_UNIT_RESULTS, {
      input: { unitId: demo.unitId, expectedVersion: await currentVersion(), format, document, resultStatus: 'OFFICIAL', ...extra },
    });

  it('imports the full 2026 final from CSV by person slug, with times as printed', async () => {
    const version = await currentVersion();
    const response = await importDocument('CSV', csv(FINAL_LINES));
    expect(response.errors).toBeUndefined();
    const unit = response.data!.importUnitResults;
    expect(unit).toMatchObject({ version: version + 1, resultStatus: 'OFFICIAL' });
    expect(unit.results.map((r: any) => [r.competitor.person.slug, r.rank, r.timeMs, r.displayValue, r.behind])).toEqual([
      ['jutta-leerdam', 1, 72310, '1:12.31', null],
      ['femke-kok', 2, 72590, '1:12.59', '+0.28'],
      ['miho-takagi', 3, 73950, '1:13.95', '+1.64'],
      ['brittany-bowe', 4, 74550, '1:14.55', '+2.24'],
      ['nadezhda-morozova', 5, 74700, '1:14.70', '+2.39'],
      ['erin-jackson', 6, 75120, '1:15.12', '+2.81'],
    ]);
    expect(unit.results[0]).toMatchObject({ id: demo.resultId['jutta-leerdam'], medal: 'GOLD', recordMarks: [{ code: 'OR' }] });
    const stored = await storedUnit(api, demo.unitId);
    expect(stored.results.map((r) => [r.timePrecision, r.lane])).toEqual([
      ['HUNDREDTHS', 'O'],
      ['HUNDREDTHS', 'I'],
      ['HUNDREDTHS', 'I'],
      ['HUNDREDTHS', 'O'],
      ['HUNDREDTHS', 'I'],
      ['HUNDREDTHS', 'O'],
    ]);
    expect(stored.results.find((r) => r.competitorId === demo.competitor['brittany-bowe'])!.id).toBe(demo.resultId['brittany-bowe']);
  });

  it.each<[string, string, Array<[number | null, string | null, string]>]>([
    [
      'a missing required column',
      csv(
        FINAL_LINES.map((line) => line.slice(2)),
        HEADER.replace('displayOrder,', ''),
      ),
      [[null, 'displayOrder', 'MISSING_COLUMN']],
    ],
    [
      'a time with 72 seconds',
      csv(FINAL_LINES.map((line, i) => (i === 1 ? line.replace('1:12.59', '1:72.31') : line))),
      [[3, 'time', 'INVALID_TIME']],
    ],
    [
      'a person not entered in the event',
      csv(FINAL_LINES.map((line, i) => (i === 4 ? line.replace('nadezhda-morozova', 'jake-paul') : line))),
      [[6, 'person', 'COMPETITOR_NOT_IN_EVENT']],
    ],
    [
      'an unknown person',
      csv(FINAL_LINES.map((line, i) => (i === 4 ? line.replace('nadezhda-morozova', 'nobody-at-all') : line))),
      [[6, 'person', 'COMPETITOR_NOT_IN_EVENT']],
    ],
    [
      'a person listed twice',
      csv(FINAL_LINES.map((line, i) => (i === 5 ? line.replace('erin-jackson', 'femke-kok') : line))),
      [[7, 'person', 'DUPLICATE_COMPETITOR']],
    ],
    [
      'a rank on a DNF line',
      csv([...FINAL_LINES.slice(0, 5).map((line) => `${line},`), '6,erin-jackson,6,,13,O,,,DNF'], `${HEADER},irm`),
      [[7, 'rank', 'RANK_ON_INVALID_RESULT']],
    ],
    [
      'an unknown record type',
      csv(FINAL_LINES.map((line, i) => (i === 2 ? `${line}XR` : line))),
      [[4, 'recordMarks', 'UNKNOWN_RECORD_TYPE']],
    ],
  ])('refuses %s with RESULTS_INVALID naming the CSV line and field, storing nothing', async (_name, document, expected) => {
    const before = await storedUnit(api, demo.unitId);
    const response = await importDocument('CSV', document);
    expect(errorCodes(response)).toEqual(['RESULTS_INVALID']);
    expect(issueTriples(response)).toEqual(expected);
    expect(response.errors![0].extensions.issues).toEqual([
      expect.objectContaining({ path: 'input.document', message: expect.any(String) }),
    ]);
    const [line, field] = expected[0];
    expect(response.errors![0].message).toContain(line === null ? `input.document, ${field}` : `input.document, line ${line}, ${field}`);
    expect(await storedUnit(api, demo.unitId)).toEqual(before);
  });

  it('imports JSON by competitor id, computing ranks from the times when asked', async () => {
    const rows = [
      { competitorId: demo.competitor['femke-kok'], displayOrder: 2, time: '1:12.59', medal: 'SILVER' },
      { competitorId: demo.competitor['jutta-leerdam'], displayOrder: 1, time: '1:12.31', medal: 'GOLD', records: ['OR'] },
      { competitorId: demo.competitor['miho-takagi'], displayOrder: 3, timeMs: 73950, medal: 'BRONZE' },
      { competitorId: demo.competitor['erin-jackson'], displayOrder: 4, irm: 'DNF' },
    ];
    const response = await importDocument('JSON', JSON.stringify({ rows }), { computeRanks: true, resultStatus: 'UNOFFICIAL' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.importUnitResults.resultStatus).toBe('UNOFFICIAL');
    expect(response.data!.importUnitResults.results.map((r: any) => [r.competitor.person.slug, r.rank, r.displayValue])).toEqual([
      ['jutta-leerdam', 1, '1:12.31'],
      ['femke-kok', 2, '1:12.59'],
      ['miho-takagi', 3, '1:13.95'],
      ['erin-jackson', null, 'DNF'],
    ]);
    const stored = await storedUnit(api, demo.unitId);
    expect(stored.results.map((r) => [r.competitorId, r.rank])).toEqual([
      [demo.competitor['jutta-leerdam'], 1],
      [demo.competitor['femke-kok'], 2],
      [demo.competitor['miho-takagi'], 3],
      [demo.competitor['erin-jackson'], null],
    ]);
    expect(stored.results[1]).toMatchObject({ timeMs: 72590, timePrecision: 'HUNDREDTHS', rank: 2 });
  });

  it('names the JSON index of a bad row', async () => {
    const before = await storedUnit(api, demo.unitId);
    const document = JSON.stringify([
      { competitorId: demo.competitor['jutta-leerdam'], displayOrder: 1, rank: 1, time: '1:12.31' },
      { competitorId: demo.competitor['femke-kok'], displayOrder: 2, rank: 2, time: '1:12.59', medal: 'PLATINUM' },
    ]);
    const response = await importDocument('JSON', document, { resultStatus: 'PARTIAL' });
    expect(errorCodes(response)).toEqual(['RESULTS_INVALID']);
    expect(issueTriples(response)).toEqual([[1, 'medal', 'INVALID_ENUM']]);
    expect(await storedUnit(api, demo.unitId)).toEqual(before);
  });

  it('refuses an import at a stale version, and a malformed document argument', async () => {
    const before = await storedUnit(api, demo.unitId);
    const stale = await api.gql(IMPORT_UNIT_RESULTS, {
      input: { unitId: demo.unitId, expectedVersion: before.version - 1, format: 'CSV', document: csv(FINAL_LINES) },
    });
    expect(errorCodes(stale)).toEqual(['VERSION_CONFLICT']);
    expect(stale.errors![0].extensions.currentVersion).toBe(before.version);
    const empty = await importDocument('CSV', '');
    expect(errorCodes(empty)).toEqual(['BAD_USER_INPUT']);
    const badFormat = await api.gql(IMPORT_UNIT_RESULTS, {
      input: { unitId: demo.unitId, expectedVersion: before.version, format: 'XML', document: 'x' },
    });
    expect(errorCodes(badFormat)).toEqual(['BAD_USER_INPUT']);
    expect(await storedUnit(api, demo.unitId)).toEqual(before);
  });
});
