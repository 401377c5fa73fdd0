import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, parseResultsCsv, parseResultsJson } from './results-import.js';

const issuesOf = (result: { issues: Array<{ row: number | null; field: string | null; code: string }> }) =>
  result.issues.map(({ row, field, code }) => [row, field, code]);

const STORY_CSV = [
  'displayOrder,person,rank,time,startGroup,medal,records',
  '1,jutta-leerdam,1,1:12.31,15,GOLD,OR',
  '2,femke-kok,2,1:12.59,14,SILVER,',
  '3,miho-takagi,3,1:13.95,15,BRONZE,',
  '4,brittany-bowe,,1:14.55,14,,',
  '5,erin-jackson,6,,,,',
].join('\n');

describe('parseResultsCsv', () => {
  it('reads the reference story', () => {
    const { rows, issues } = parseResultsCsv(STORY_CSV);
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual({
      source: 2,
      competitor: { by: 'person', value: 'jutta-leerdam' },
      displayOrder: 1,
      rank: 1,
      timeMs: 72310,
      timePrecision: 'HUNDREDTHS',
      startGroup: 15,
      medal: 'GOLD',
      recordMarks: ['OR'],
    });
    expect(rows[3]).toEqual({
      source: 5,
      competitor: { by: 'person', value: 'brittany-bowe' },
      displayOrder: 4,
      timeMs: 74550,
      timePrecision: 'HUNDREDTHS',
      startGroup: 14,
    });
    expect(rows[4]).toEqual({ source: 6, competitor: { by: 'person', value: 'erin-jackson' }, displayOrder: 5, rank: 6 });
  });

  it.each([
    ['true', true],
    ['yes', true],
    ['1', true],
    ['=', true],
    ['TRUE', true],
    ['false', false],
    ['no', false],
    ['0', false],
  ])('rankEqual "%s" → %s', (value, expected) => {
    const { rows, issues } = parseResultsCsv(`displayOrder,team,rank,rankEqual\n1,ned,2,${value}`);
    expect(issues).toEqual([]);
    expect(rows[0].rankEqual).toBe(expected);
  });

  it.each([
    ['rank "=4"', 'displayOrder,competitorId,rank\n1,c1,=4', { rank: 4, rankEqual: true }],
    ['header spelling', 'Display Order,competitor_id,TIME,time-ms\n1,c1,45.006,45006', { timeMs: 45006, timePrecision: 'THOUSANDTHS' }],
    ['records split on | and spaces', 'displayOrder,competitorId,records\n1,c1,"WR | or  PB"', { recordMarks: ['WR', 'OR', 'PB'] }],
    ['IRM alias and case', 'displayOrder,competitorId,irm\n1,c1,dq', { irm: 'DSQ' }],
    ['ODF medal code', 'displayOrder,competitorId,medal\n1,c1,ME_BRONZE', { medal: 'BRONZE' }],
    ['points kept as a decimal string', 'displayOrder,competitorId,points\n1,c1,212.4', { points: '212.400' }],
    [
      'explicit precision wins',
      'displayOrder,competitorId,time,timePrecision\n1,c1,1:12.31,THOUSANDTHS',
      { timeMs: 72310, timePrecision: 'THOUSANDTHS' },
    ],
    ['head-to-head columns', 'displayOrder,team,score,wlt,resultCode\n1,ned,2,w,AET', { score: 2, wlt: 'W', resultCode: 'AET' }],
    ['lane and pair', 'displayOrder,competitorId,startGroup,lane,startOrder\n1,c1,15,I,29', { startGroup: 15, lane: 'I', startOrder: 29 }],
    ['a BOM and Windows line ends', '\uFEFFdisplayOrder,competitorId\r\n1,c1\r\n', {}],
  ])('%s', (_name, csv, expected) => {
    const { rows, issues } = parseResultsCsv(csv);
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({ displayOrder: 1, ...expected });
  });

  it.each<[string, string, Array<[number | null, string | null, string]>, number]>([
    ['missing displayOrder column', 'person,rank\nx,1', [[null, 'displayOrder', 'MISSING_COLUMN']], 0],
    ['missing competitor column', 'displayOrder,rank\n1,1', [[null, 'competitorId', 'MISSING_COLUMN']], 0],
    ['no header at all', '', [[null, null, 'MISSING_HEADER']], 0],
    ['unknown column', 'displayOrder,person,tme\n1,x,1:12.31', [[null, 'tme', 'UNKNOWN_COLUMN']], 1],
    ['duplicate column', 'displayOrder,person,rank,Rank\n1,x,1,1', [[null, 'rank', 'DUPLICATE_COLUMN']], 1],
    ['unknown IRM', 'displayOrder,person,irm\n1,x,XYZ', [[2, 'irm', 'INVALID_ENUM']], 1],
    ['unknown medal', 'displayOrder,person,medal\n1,x,PLATINUM', [[2, 'medal', 'INVALID_ENUM']], 1],
    ['unknown outcome', 'displayOrder,team,wlt\n1,x,X', [[2, 'wlt', 'INVALID_ENUM']], 1],
    ['bad time', 'displayOrder,person,time\n1,x,1:72.31', [[2, 'time', 'INVALID_TIME']], 1],
    ['zero time', 'displayOrder,person,time\n1,x,0.00', [[2, 'time', 'INVALID_TIME']], 1],
    ['time and timeMs disagree', 'displayOrder,person,time,timeMs\n1,x,1:12.31,72300', [[2, 'time', 'CONFLICTING_TIME']], 1],
    ['fractional rank', 'displayOrder,person,rank\n1,x,1.5', [[2, 'rank', 'INVALID_INTEGER']], 1],
    ['text for a number', 'displayOrder,person,score\n1,x,two', [[2, 'score', 'INVALID_INTEGER']], 1],
    ['timeMs too large for the column', 'displayOrder,person,timeMs\n1,x,9999999999', [[2, 'timeMs', 'INVALID_INTEGER']], 1],
    ['bad rankEqual', 'displayOrder,person,rank,rankEqual\n1,x,1,maybe', [[2, 'rankEqual', 'INVALID_BOOLEAN']], 1],
    ['bad points', 'displayOrder,person,points\n1,x,12.3456', [[2, 'points', 'INVALID_POINTS']], 1],
    ['no competitor on a row', 'displayOrder,person,team\n1,,', [[2, 'competitorId', 'MISSING_COMPETITOR']], 0],
    ['two competitor references', 'displayOrder,person,team\n1,x,y', [[2, 'team', 'AMBIGUOUS_COMPETITOR']], 0],
    ['displayOrder empty', 'displayOrder,person\n,x', [[2, 'displayOrder', 'MISSING_VALUE']], 0],
    ['displayOrder not a number', 'displayOrder,person\nfirst,x', [[2, 'displayOrder', 'INVALID_INTEGER']], 0],
    ['short row', 'displayOrder,person,rank\n1,x', [[2, null, 'ROW_LENGTH']], 1],
    ['unclosed quote', 'displayOrder,person\n1,"x', [[null, null, 'CSV_SYNTAX']], 0],
  ])('%s', (_name, csv, expected, rowCount) => {
    const result = parseResultsCsv(csv);
    expect(issuesOf(result)).toEqual(expected);
    expect(result.rows).toHaveLength(rowCount);
  });

  it('numbers issues by the line each row starts on', () => {
    const csv = 'displayOrder,person,medal\n1,x,GOLD\n\n2,"multi\nline",TIN\n3,z,BRASS\n';
    expect(issuesOf(parseResultsCsv(csv))).toEqual([
      [4, 'medal', 'INVALID_ENUM'],
      [6, 'medal', 'INVALID_ENUM'],
    ]);
  });

  it('reports every bad field of a row', () => {
    expect(issuesOf(parseResultsCsv('displayOrder,person,rank,irm,time\n1,x,one,XYZ,abc'))).toEqual([
      [2, 'rank', 'INVALID_INTEGER'],
      [2, 'irm', 'INVALID_ENUM'],
      [2, 'time', 'INVALID_TIME'],
    ]);
  });

  it.each([
    [
      'too many rows',
      `displayOrder,person\n${Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `${i + 1},p${i}`).join('\n')}`,
      'TOO_MANY_ROWS',
    ],
    ['too many bytes', `displayOrder,person\n1,${'x'.repeat(MAX_IMPORT_BYTES)}`, 'INPUT_TOO_LARGE'],
  ])('refuses %s without parsing', (_name, csv, code) => {
    expect(parseResultsCsv(csv)).toEqual({
      rows: [],
      issues: [expect.objectContaining({ row: null, code })],
      decision: null,
      incidents: null,
    });
  });

  it('accepts exactly the row limit', () => {
    const csv = `displayOrder,person\n${Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => `${i + 1},p${i}`).join('\n')}`;
    const { rows, issues } = parseResultsCsv(csv);
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(MAX_IMPORT_ROWS);
  });
});

describe('parseResultsJson', () => {
  it.each([
    [
      'an object with rows',
      JSON.stringify({
        rows: [{ displayOrder: 1, person: 'jutta-leerdam', rank: 1, timeMs: 72310, timePrecision: 'HUNDREDTHS', records: ['OR'] }],
      }),
    ],
    [
      'a bare array with a time string',
      JSON.stringify([{ displayOrder: 1, person: 'jutta-leerdam', rank: 1, time: '1:12.31', recordMarks: 'OR' }]),
    ],
  ])('reads %s', (_name, json) => {
    const { rows, issues } = parseResultsJson(json);
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      {
        source: 0,
        competitor: { by: 'person', value: 'jutta-leerdam' },
        displayOrder: 1,
        rank: 1,
        timeMs: 72310,
        timePrecision: 'HUNDREDTHS',
        recordMarks: ['OR'],
      },
    ]);
  });

  it('leaves the precision unknown when only timeMs is given', () => {
    const { rows } = parseResultsJson('[{"displayOrder":1,"competitorId":"c1","timeMs":72310,"rankEqual":false}]');
    expect(rows[0]).toEqual({
      source: 0,
      competitor: { by: 'competitorId', value: 'c1' },
      displayOrder: 1,
      timeMs: 72310,
      rankEqual: false,
    });
  });

  it.each<[string, string, Array<[number | null, string | null, string]>]>([
    ['not JSON', '{rows:', [[null, null, 'INVALID_JSON']]],
    ['neither array nor rows', '{"results":[]}', [[null, null, 'INVALID_DOCUMENT']]],
    ['a row that is not an object', '[{"displayOrder":1,"team":"ned"}, 7]', [[1, null, 'INVALID_ROW']]],
    ['unknown field', '[{"displayOrder":1,"team":"ned","colour":"orange"}]', [[0, 'colour', 'UNKNOWN_FIELD']]],
    ['fractional number', '[{"displayOrder":1,"team":"ned","score":1.5}]', [[0, 'score', 'INVALID_INTEGER']]],
    ['time as a number', '[{"displayOrder":1,"team":"ned","time":72.31}]', [[0, 'time', 'INVALID_TIME']]],
    ['bad time text', '[{"displayOrder":1,"team":"ned","time":"1:72.31"}]', [[0, 'time', 'INVALID_TIME']]],
    ['unknown medal', '[{"displayOrder":1,"team":"ned","medal":"PLATINUM"}]', [[0, 'medal', 'INVALID_ENUM']]],
    ['records not a list of codes', '[{"displayOrder":1,"team":"ned","records":[1,2]}]', [[0, 'records', 'INVALID_RECORD_MARK']]],
    ['a competitor that is not text', '[{"displayOrder":1,"team":{"slug":"ned"}}]', [[0, 'team', 'INVALID_STRING']]],
    ['the same field twice', '[{"displayOrder":1,"team":"ned","display_order":2}]', [[0, 'displayOrder', 'DUPLICATE_FIELD']]],
  ])('%s', (_name, json, expected) => {
    expect(issuesOf(parseResultsJson(json))).toEqual(expected);
  });

  it('refuses too many rows without parsing them', () => {
    const json = JSON.stringify(Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => ({ displayOrder: i + 1, person: `p${i}` })));
    expect(parseResultsJson(json)).toEqual({
      rows: [],
      issues: [expect.objectContaining({ code: 'TOO_MANY_ROWS' })],
      decision: null,
      incidents: null,
    });
  });
});

describe('parseResultsJson: matches', () => {
  const rows = (a: Record<string, unknown>, b: Record<string, unknown>) => [
    { displayOrder: 1, team: 'home', ...a },
    { displayOrder: 2, team: 'away', ...b },
  ];

  it('reads periods, designation and the decision the rows agree on', () => {
    const parsed = parseResultsJson(
      JSON.stringify(
        rows(
          {
            decision: 'PEN',
            designation: 'H',
            periods: [
              { kind: 'half', number: 1, score: 1 },
              { kind: 'SHOOTOUT', number: 1, score: 4 },
            ],
          },
          { decision: 'PENALTIES', designation: 'AWAY' },
        ),
      ),
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.decision).toBe('PENALTIES');
    expect(parsed.rows[0]).toMatchObject({
      designation: 'HOME',
      periods: [
        { kind: 'HALF', number: 1, score: 1, tieBreak: null },
        { kind: 'SHOOTOUT', number: 1, score: 4, tieBreak: null },
      ],
    });
    expect(parsed.rows[1].designation).toBe('AWAY');
  });

  it.each([
    ['the rows differ', [{ decision: 'REGULATION' }, { decision: 'EXTRA_TIME' }], undefined, [[1, 'decision', 'DECISION_MISMATCH']]],
    ['a row differs from the document', [{ decision: 'REGULATION' }, {}], 'PENALTIES', [[0, 'decision', 'DECISION_MISMATCH']]],
    ['the document names no decision', [{}, {}], 'SUDDEN_DEATH', [[null, 'decision', 'INVALID_ENUM']]],
  ])('refuses a decision when %s', (_name, [a, b], decision, expected) => {
    const document = decision ? { decision, rows: rows(a, b) } : rows(a, b);
    const { issues } = parseResultsJson(JSON.stringify(document));
    expect(issues.map((issue) => [issue.row, issue.field, issue.code])).toEqual(expected);
  });

  it('names the period field at fault', () => {
    const { issues } = parseResultsJson(
      JSON.stringify(
        rows(
          {
            periods: [
              { kind: 'HALF', number: 0, score: 1 },
              { kind: 'NINTH', number: 1, score: -1 },
            ],
          },
          {},
        ),
      ),
    );
    expect(issues.map((issue) => [issue.row, issue.field, issue.code])).toEqual([
      [0, 'periods.0.number', 'INVALID_INTEGER'],
      [0, 'periods.1.kind', 'INVALID_ENUM'],
      [0, 'periods.1.score', 'INVALID_INTEGER'],
    ]);
  });

  it('keeps the raw incidents of the object form, and refuses incidents that are not a list', () => {
    expect(parseResultsJson(JSON.stringify({ rows: rows({}, {}), incidents: [{ kind: 'GOAL' }] })).incidents).toEqual([{ kind: 'GOAL' }]);
    const { issues } = parseResultsJson(JSON.stringify({ rows: rows({}, {}), incidents: { kind: 'GOAL' } }));
    expect(issues.map((issue) => issue.code)).toEqual(['INVALID_DOCUMENT']);
  });
});
