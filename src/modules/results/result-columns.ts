import type { DeskRow } from './results-desk.rules.js';

/** A result row's value fields, with points in whatever form the caller holds them. */
type ColumnSource<P> = Omit<DeskRow, 'points' | 'details' | 'recordMarks' | 'periods'> & { points?: P | null };

/** The value columns of a result row, as written on insert and on update, and compared by the results history. */
export function resultColumns<P>(row: ColumnSource<P>) {
  return {
    displayOrder: row.displayOrder,
    startOrder: row.startOrder ?? null,
    startGroup: row.startGroup ?? null,
    lane: row.lane ?? null,
    rank: row.rank ?? null,
    rankEqual: row.rankEqual ?? false,
    irm: row.irm ?? null,
    timeMs: row.timeMs ?? null,
    timePrecision: row.timePrecision ?? null,
    points: row.points ?? null,
    score: row.score ?? null,
    markMm: row.markMm ?? null,
    wlt: row.wlt ?? null,
    resultCode: row.resultCode ?? null,
    qualificationMark: row.qualificationMark ?? null,
    medal: row.medal ?? null,
    designation: row.designation ?? null,
  };
}
