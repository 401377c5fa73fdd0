import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import type { Decision } from '../../../generated/prisma/enums.js';
import { canonicalField, enumValue, type ResultImportRow, toImportRow } from './import-fields.js';
import type { IssueSink, ResultIssue } from './result-row.js';

export type { CompetitorRef, ResultImportRow } from './import-fields.js';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 2000;

export interface ResultsImport {
  rows: ResultImportRow[];
  issues: ResultIssue[];
  /** How the match was decided: the document's `decision`, or what its rows agree on. */
  decision: Decision | null;
  /** The JSON object form's `incidents`, still raw: the incidents feature reads them. Null when the document has none. */
  incidents: unknown[] | null;
}

const none = (issues: ResultIssue[]): ResultsImport => ({ rows: [], issues, decision: null, incidents: null });

/**
 * The unit's decision from the document's own and the rows' (`row` is the CSV line or JSON
 * index): every row that names one must name the same, else DECISION_MISMATCH on that row.
 */
export function agreedDecision(rows: readonly ResultImportRow[], given: Decision | null, add: IssueSink): Decision | null {
  let decision = given;
  let from = given ? 'the document' : null;
  for (const row of rows) {
    if (!row.decision) continue;
    if (decision === null) {
      decision = row.decision;
      from = `row ${row.source}`;
    } else if (row.decision !== decision) {
      add(row.source, 'decision', 'DECISION_MISMATCH', `decision ${row.decision} differs from ${decision} given by ${from}`);
    }
  }
  return decision;
}

const REF_COLUMNS = ['competitorId', 'person', 'team'];

function collector(): { issues: ResultIssue[]; add: IssueSink } {
  const issues: ResultIssue[] = [];
  return { issues, add: (row, field, code, message) => issues.push({ row, field, code, message }) };
}

function tooLarge(text: string, add: IssueSink): boolean {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= MAX_IMPORT_BYTES) return false;
  add(null, null, 'INPUT_TOO_LARGE', `the document is ${bytes} bytes; the limit is ${MAX_IMPORT_BYTES}`);
  return true;
}

const tooManyRows = (count: number, add: IssueSink) => {
  if (count <= MAX_IMPORT_ROWS) return false;
  add(null, null, 'TOO_MANY_ROWS', `more than ${MAX_IMPORT_ROWS} rows; split the import`);
  return true;
};

type CsvRecord = { record: string[]; info: { lines: number }; raw: string };

/**
 * Parses a results CSV. The header names the columns (case, spaces, `_` and `-` are
 * ignored); `displayOrder` and one of competitorId/person/team are required. Issues
 * carry the line number of the row (line 2 is the first data row).
 */
export function parseResultsCsv(text: string): ResultsImport {
  const { issues, add } = collector();
  if (tooLarge(text, add)) return none(issues);
  let records: CsvRecord[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      raw: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      to: MAX_IMPORT_ROWS + 2,
    }) as unknown as CsvRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    add(null, null, 'CSV_SYNTAX', error.message);
    return none(issues);
  }
  if (records.length === 0) {
    add(null, null, 'MISSING_HEADER', 'the CSV needs a header row');
    return none(issues);
  }
  const [header, ...data] = records;
  if (tooManyRows(data.length, add)) return none(issues);
  const columns = readHeader(header.record, add);
  if (!columns) return none(issues);
  const rows: ResultImportRow[] = [];
  for (const { record, info, raw } of data) {
    const line = startLine(info.lines, raw);
    if (record.length !== header.record.length) {
      add(line, null, 'ROW_LENGTH', `expected ${header.record.length} cells, got ${record.length}`);
    }
    const values: Record<string, string> = {};
    columns.forEach((field, index) => {
      if (field && index < record.length) values[field] = record[index];
    });
    const row = toImportRow(values, line, add);
    if (row) rows.push(row);
  }
  return { rows, issues, decision: agreedDecision(rows, null, add), incidents: null };
}

/** csv-parse reports the line a record ends on; its raw text also carries skipped blank lines before it. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^(?:[ \t]*(?:\r\n|\n|\r))+/, '').replace(/(?:\r\n|\n|\r)$/, '');
  return endLine - (body.match(/\r\n|\n|\r/g)?.length ?? 0);
}

function readHeader(cells: string[], add: IssueSink): Array<string | null> | null {
  const columns = cells.map((cell) => {
    const field = canonicalField(cell);
    if (!field) add(null, cell, 'UNKNOWN_COLUMN', `unknown column "${cell}"`);
    return field ?? null;
  });
  const seen = new Set<string>();
  for (const field of columns) {
    if (field && seen.has(field)) add(null, field, 'DUPLICATE_COLUMN', `column ${field} appears twice`);
    if (field) seen.add(field);
  }
  let usable = true;
  if (!seen.has('displayOrder')) {
    add(null, 'displayOrder', 'MISSING_COLUMN', 'the displayOrder column is required');
    usable = false;
  }
  if (!REF_COLUMNS.some((field) => seen.has(field))) {
    add(null, 'competitorId', 'MISSING_COLUMN', 'one of the columns competitorId, person or team is required');
    usable = false;
  }
  return usable ? columns : null;
}

/**
 * Parses a bare array of rows, or `{ "decision": ..., "rows": [...], "incidents": [...] }`;
 * issues carry the 0-based index of the row.
 */
export function parseResultsJson(text: string): ResultsImport {
  const { issues, add } = collector();
  if (tooLarge(text, add)) return none(issues);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    add(null, null, 'INVALID_JSON', (error as Error).message);
    return none(issues);
  }
  const object =
    document !== null && typeof document === 'object' && !Array.isArray(document) ? (document as Record<string, unknown>) : null;
  const list: unknown[] | null = Array.isArray(document) ? document : object && Array.isArray(object.rows) ? object.rows : null;
  if (!list) {
    add(null, null, 'INVALID_DOCUMENT', 'expected an array of rows or an object with a "rows" array');
    return none(issues);
  }
  let given: Decision | null = null;
  if (object && object.decision !== undefined && object.decision !== null) {
    given = (enumValue('decision', object.decision) as Decision | undefined) ?? null;
    if (!given) add(null, 'decision', 'INVALID_ENUM', `decision ${JSON.stringify(object.decision)} is not a known decision`);
  }
  let incidents: unknown[] | null = null;
  if (object && object.incidents !== undefined && object.incidents !== null) {
    if (Array.isArray(object.incidents)) incidents = object.incidents;
    else add(null, 'incidents', 'INVALID_DOCUMENT', '"incidents" is a list of incident objects');
  }
  if (tooManyRows(list.length, add)) return none(issues);
  const rows: ResultImportRow[] = [];
  list.forEach((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      add(index, null, 'INVALID_ROW', 'each row is an object');
      return;
    }
    const values: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(item)) {
      const field = canonicalField(key);
      if (!field) add(index, key, 'UNKNOWN_FIELD', `unknown field "${key}"`);
      else if (field in values) add(index, field, 'DUPLICATE_FIELD', `${field} is given twice`);
      else values[field] = value;
    }
    const row = toImportRow(values, index, add);
    if (row) rows.push(row);
  });
  return { rows, issues, decision: agreedDecision(rows, given, add), incidents };
}
