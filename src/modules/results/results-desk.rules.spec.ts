import type { IssueSink, ResultIssue } from './domain/result-row.js';
import { checkStorable, type DeskRow, MAX_DISPLAY_ORDER, recordCodesOf } from './results-desk.rules.js';
import { documentIssues, listIssues } from './results.errors.js';

type Triple = [number | null, string | null, string];
const known = new Set(['OR', 'WR']);
const row = (patch: Partial<DeskRow> = {}): DeskRow => ({ competitorId: 'c1', displayOrder: 1, ...patch });

function issuesOf(rows: DeskRow[]): Triple[] {
  const issues: ResultIssue[] = [];
  const add: IssueSink = (r, field, code, message) => issues.push({ row: r, field, code, message });
  checkStorable(rows, known, add);
  return issues.map((i) => [i.row, i.field, i.code]);
}

describe('checkStorable', () => {
  it.each<[string, DeskRow, Triple[]]>([
    ['a plain row', row({ rank: 1, timeMs: 72310, recordMarks: ['OR', 'WR'] }), []],
    ['the largest display order', row({ displayOrder: MAX_DISPLAY_ORDER }), []],
    ['a display order beyond the limit', row({ displayOrder: MAX_DISPLAY_ORDER + 1 }), [[0, 'displayOrder', 'INVALID_INTEGER']]],
    ['a score no Int4 column holds', row({ score: 2 ** 31 }), [[0, 'score', 'INVALID_INTEGER']]],
    ['an unknown record type', row({ recordMarks: ['OR', 'XR'] }), [[0, 'recordMarks', 'UNKNOWN_RECORD_TYPE']]],
    ['a malformed code is left to the domain rules', row({ recordMarks: ['or'] }), []],
    ['one unknown code listed twice is reported once', row({ recordMarks: ['XR', 'XR'] }), [[0, 'recordMarks', 'UNKNOWN_RECORD_TYPE']]],
    [
      'two details with one key',
      row({
        details: [
          { kind: 'SPLIT', seq: 1, label: '200m' },
          { kind: 'SPLIT', seq: 1, label: '600m' },
        ],
      }),
      [[0, 'details.1.seq', 'DUPLICATE_DETAIL']],
    ],
    [
      "one round on two judges' cards",
      row({
        details: [
          { kind: 'JUDGE_CARD', seq: 1, label: 'R1', judge: 'A' },
          { kind: 'JUDGE_CARD', seq: 1, label: 'R1', judge: 'B' },
        ],
      }),
      [],
    ],
  ])('%s', (_name, candidate, expected) => {
    expect(issuesOf([candidate])).toEqual(expected);
  });

  it('collects the well-formed record codes of all rows once', () => {
    expect(recordCodesOf([row({ recordMarks: ['OR', 'x'] }), row({ recordMarks: ['OR', 'PB'] })])).toEqual(['OR', 'PB']);
  });
});

describe('issue locations', () => {
  const issue = (r: number | null, field: string | null): ResultIssue => ({ row: r, field, code: 'X', message: 'm' });

  it('points list issues into the GraphQL argument', () => {
    expect(listIssues('input.rows', [issue(3, 'rank'), issue(null, null)]).map((i) => [i.row, i.field, i.path])).toEqual([
      [3, 'rank', 'input.rows.3.rank'],
      [null, null, 'input.rows'],
    ]);
  });

  it('names the source line and the reference column of imported rows', () => {
    const sources = [
      { source: 2, competitor: { by: 'person' } },
      { source: 5, competitor: { by: 'team' } },
    ];
    expect(
      documentIssues([issue(1, 'competitorId'), issue(0, 'time'), issue(null, 'displayOrder')], sources).map((i) => [
        i.row,
        i.field,
        i.path,
      ]),
    ).toEqual([
      [5, 'team', 'input.document'],
      [2, 'time', 'input.document'],
      [null, 'displayOrder', 'input.document'],
    ]);
  });
});
