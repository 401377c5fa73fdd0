import type { ResultChangeAction } from '../../../generated/prisma/enums.js';

/** A row of a results set as history compares it: plain JSON values, lists in a fixed order. */
export type RowValues = Record<string, unknown>;

export interface RowChange {
  competitorId: string;
  action: ResultChangeAction;
  /** ADDED: null. REMOVED: the whole row. CHANGED: only the fields that changed. */
  before: RowValues | null;
  /** REMOVED: null. ADDED: the whole row. CHANGED: only the fields that changed. */
  after: RowValues | null;
}

/**
 * What a save did to a results set, row by row, keyed by competitor: rows only in `after`
 * are ADDED, only in `before` REMOVED, in both with a field of another value CHANGED (with
 * just those fields). A save that changes nothing gives nothing.
 */
export function diffRows(before: ReadonlyMap<string, RowValues>, after: ReadonlyMap<string, RowValues>): RowChange[] {
  const changes: RowChange[] = [];
  for (const [competitorId, row] of after) {
    const old = before.get(competitorId);
    if (!old) {
      changes.push({ competitorId, action: 'ADDED', before: null, after: row });
      continue;
    }
    const fields = [...new Set([...Object.keys(old), ...Object.keys(row)])].filter(
      (field) => JSON.stringify(old[field] ?? null) !== JSON.stringify(row[field] ?? null),
    );
    if (fields.length === 0) continue;
    changes.push({
      competitorId,
      action: 'CHANGED',
      before: Object.fromEntries(fields.map((f) => [f, old[f] ?? null])),
      after: Object.fromEntries(fields.map((f) => [f, row[f] ?? null])),
    });
  }
  for (const [competitorId, row] of before) {
    if (!after.has(competitorId)) changes.push({ competitorId, action: 'REMOVED', before: row, after: null });
  }
  return changes;
}
