import { Prisma } from '../../../generated/prisma/client.js';
import type { DeskRow, ResultDetailCandidate } from '../results-desk.rules.js';
import type { EventStandingInput } from '../dto/set-event-standings.input.js';
import type { RowValues } from './result-diff.js';
import { resultColumns } from '../result-columns.js';

type Decimalish = string | number | Prisma.Decimal | null | undefined;

/** "212.450" and 212.45 are the same points: decimals compare by value, written without trailing zeros. */
const decimal = (value: Decimalish) => (value === null || value === undefined ? null : new Prisma.Decimal(value).toString());

interface DetailLike extends Omit<ResultDetailCandidate, 'value'> {
  value?: Decimalish;
}

/** The fields of a result row, the same whether read from the table or taken from a save's input. */
export interface ResultLike extends Omit<DeskRow, 'points' | 'details'> {
  points?: Decimalish;
  details?: DetailLike[];
}

export function resultValues(row: ResultLike): RowValues {
  const details = (row.details ?? [])
    .map((d) => ({ kind: d.kind, seq: d.seq, judge: d.judge ?? '', label: d.label, timeMs: d.timeMs ?? null, value: decimal(d.value) }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.seq - b.seq || a.judge.localeCompare(b.judge));
  return {
    ...resultColumns(row),
    points: decimal(row.points),
    recordMarks: [...(row.recordMarks ?? [])].sort(),
    details,
  };
}

/** A standing as stored (nulls) or as given (fields left out). */
type StandingLike = { [K in 'rank' | 'rankEqual' | 'irm' | 'medal']?: EventStandingInput[K] | null };

export function standingValues(row: StandingLike): RowValues {
  return { rank: row.rank ?? null, rankEqual: row.rankEqual ?? false, irm: row.irm ?? null, medal: row.medal ?? null };
}

export const byCompetitor = <T extends { competitorId: string }>(rows: readonly T[], values: (row: T) => RowValues) =>
  new Map(rows.map((row) => [row.competitorId, values(row)]));
