import { parseScaled } from './decimal.js';
import { checkHeadToHead } from './head-to-head-rules.js';
import { checkMatch } from './match-rules.js';
import { COMPLETE_STATUSES, type IssueSink, type ResultIssue, type ResultRowCandidate, type ResultSetContext } from './result-row.js';
import { PRECISION_UNIT_MS } from './time-format.js';

export { computeRanks } from './ranking.js';

const MEDAL_RANK = { GOLD: 1, SILVER: 2, BRONZE: 3 } as const;
const RECORD_CODE = /^[A-Z][A-Z0-9]{1,7}$/;
const MAX_LENGTH = { lane: 8, resultCode: 16, qualificationMark: 4 } as const;

type IntField = 'displayOrder' | 'startOrder' | 'startGroup' | 'rank' | 'timeMs' | 'score' | 'markMm';
const INT_FIELDS: Record<IntField, number> = {
  displayOrder: 1,
  startOrder: 1,
  startGroup: 1,
  rank: 1,
  timeMs: 1,
  markMm: 1,
  score: 0,
};

const isInt = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);

/** Every problem in a unit's result set, in row order; an empty list means the set can be stored. */
export function validateResultSet(rows: readonly ResultRowCandidate[], ctx: ResultSetContext): ResultIssue[] {
  const issues: ResultIssue[] = [];
  const add: IssueSink = (row, field, code, message) => issues.push({ row, field, code, message });
  rows.forEach((row, index) => {
    checkRow(row, index, ctx, add);
  });
  checkUnique(rows, add);
  checkTies(rows, ctx, add);
  if (ctx.resultType === 'TIME') checkTimeOrder(rows, ctx, add);
  if (ctx.style === 'HEAD_TO_HEAD') checkHeadToHead(rows, ctx, add);
  checkMatch(rows, ctx, add);
  return issues.sort((a, b) => (a.row ?? -1) - (b.row ?? -1));
}

function checkRow(row: ResultRowCandidate, i: number, ctx: ResultSetContext, add: IssueSink): void {
  const complete = COMPLETE_STATUSES.has(ctx.resultStatus);
  for (const [field, min] of Object.entries(INT_FIELDS) as Array<[IntField, number]>) {
    const value = row[field];
    if (value == null) continue;
    if (!Number.isSafeInteger(value)) add(i, field, 'INVALID_INTEGER', `${field} must be an integer, got ${value}`);
    else if (value < min) add(i, field, 'NON_POSITIVE_VALUE', `${field} must be at least ${min}, got ${value}`);
  }
  for (const [field, max] of Object.entries(MAX_LENGTH) as Array<[keyof typeof MAX_LENGTH, number]>) {
    const value = row[field];
    if (value != null && value.length > max) add(i, field, 'FIELD_TOO_LONG', `${field} takes at most ${max} characters`);
  }
  if (row.points != null) {
    const units = parseScaled(row.points, 3);
    if (units === null || units >= 10n ** 10n || units <= -(10n ** 10n)) {
      add(i, 'points', 'INVALID_POINTS', `points "${row.points}" is not a decimal with at most 3 decimals`);
    } else if (units < 0n) {
      add(i, 'points', 'NON_POSITIVE_VALUE', `points must not be negative, got ${row.points}`);
    }
  }
  checkPrecision(row, i, add);
  if (!ctx.eventCompetitorIds.has(row.competitorId)) {
    add(i, 'competitorId', 'COMPETITOR_NOT_IN_EVENT', `competitor ${row.competitorId} is not entered in this event`);
  }
  if (row.irm && row.rank != null) {
    add(i, 'rank', 'RANK_ON_INVALID_RESULT', `a row marked ${row.irm} is unranked, got rank ${row.rank}`);
  }
  if (ctx.style === 'RANKED') checkRankedRow(row, i, complete, ctx, add);
  checkRecordMarks(row, i, add);
}

function checkPrecision(row: ResultRowCandidate, i: number, add: IssueSink): void {
  if (row.timePrecision == null) return;
  if (row.timeMs == null) {
    add(i, 'timePrecision', 'TIME_PRECISION_MISMATCH', 'a time precision without a time');
    return;
  }
  const unit = PRECISION_UNIT_MS[row.timePrecision];
  if (isInt(row.timeMs) && row.timeMs % unit !== 0) {
    add(i, 'timePrecision', 'TIME_PRECISION_MISMATCH', `${row.timeMs} ms is finer than ${row.timePrecision}`);
  }
}

function checkRankedRow(row: ResultRowCandidate, i: number, complete: boolean, ctx: ResultSetContext, add: IssueSink): void {
  if (complete && !row.irm && row.rank == null) {
    add(i, 'rank', 'MISSING_RANK', `a ${ctx.resultStatus} result needs a rank or an IRM on every row`);
  }
  const valueField = { TIME: 'timeMs', POINTS: 'points', MARK: 'markMm' }[ctx.resultType as string] as
    'timeMs' | 'points' | 'markMm' | undefined;
  if (complete && valueField && !row.irm && row[valueField] == null) {
    add(i, valueField, 'MISSING_VALUE', `a ${ctx.resultStatus} ${ctx.resultType} result needs ${valueField} or an IRM`);
  }
  if (row.medal && row.rank == null) {
    add(i, 'medal', 'MEDAL_WITHOUT_RANK', `a ${row.medal} medal needs a rank`);
  } else if (row.medal && row.rank !== MEDAL_RANK[row.medal]) {
    add(i, 'medal', 'MEDAL_RANK_MISMATCH', `${row.medal} goes with rank ${MEDAL_RANK[row.medal]}, got ${row.rank}`);
  }
}

function checkRecordMarks(row: ResultRowCandidate, i: number, add: IssueSink): void {
  const marks = row.recordMarks ?? [];
  const seen = new Set<string>();
  for (const mark of marks) {
    if (!RECORD_CODE.test(mark)) add(i, 'recordMarks', 'INVALID_RECORD_MARK', `"${mark}" is not a record code like WR or OR`);
    else if (seen.has(mark)) add(i, 'recordMarks', 'INVALID_RECORD_MARK', `${mark} is listed twice`);
    seen.add(mark);
  }
  if (row.irm && marks.length > 0) {
    add(i, 'recordMarks', 'INVALID_RECORD_MARK', `a row marked ${row.irm} cannot set a record`);
  }
}

function checkUnique(rows: readonly ResultRowCandidate[], add: IssueSink): void {
  const keys: Array<[string, string, (row: ResultRowCandidate) => string | null]> = [
    ['displayOrder', 'DUPLICATE_DISPLAY_ORDER', (row) => String(row.displayOrder)],
    ['competitorId', 'DUPLICATE_COMPETITOR', (row) => row.competitorId],
    ['lane', 'DUPLICATE_LANE', (row) => (row.lane ? `${row.startGroup ?? '-'}|${row.lane}` : null)],
  ];
  for (const [field, code, keyOf] of keys) {
    const first = new Map<string, number>();
    rows.forEach((row, index) => {
      const key = keyOf(row);
      if (key === null) return;
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, index);
      else
        add(
          index,
          field,
          code,
          `${field} ${String(row[field as 'displayOrder' | 'competitorId' | 'lane'])} is already used by row ${earlier}`,
        );
    });
  }
}

function checkTies(rows: readonly ResultRowCandidate[], ctx: ResultSetContext, add: IssueSink): void {
  const byRank = new Map<number, number[]>();
  rows.forEach((row, index) => {
    if (isInt(row.rank) && row.rank >= 1) byRank.set(row.rank, [...(byRank.get(row.rank) ?? []), index]);
  });
  const complete = COMPLETE_STATUSES.has(ctx.resultStatus);
  rows.forEach((row, index) => {
    const shared = isInt(row.rank) ? (byRank.get(row.rank)?.length ?? 0) : 0;
    if (shared > 1 && !row.rankEqual) {
      add(index, 'rankEqual', 'TIE_NOT_FLAGGED', `rank ${row.rank} is shared by ${shared} rows; mark each as tied`);
    }
    if (row.rankEqual && (row.rank == null || (complete && shared === 1))) {
      add(index, 'rankEqual', 'TIE_FLAG_WITHOUT_TIE', `marked as tied but no other row has rank ${row.rank ?? '(none)'}`);
    }
  });
  if (!complete) return;
  let expected = 1;
  for (const [rank, indexes] of [...byRank.entries()].sort(([a], [b]) => a - b)) {
    if (rank !== expected) {
      add(indexes[0], 'rank', 'RANK_GAP', `rank ${rank} follows the previous ranks; expected ${expected}`);
    }
    expected = rank + indexes.length;
  }
}

/**
 * Raw ms against ranks. Equal times may rank differently only where the discipline
 * breaks ties and the stored times do not already carry the finest precision.
 */
function checkTimeOrder(rows: readonly ResultRowCandidate[], ctx: ResultSetContext, add: IssueSink): void {
  type Timed = { row: ResultRowCandidate & { rank: number; timeMs: number }; index: number };
  const timed = rows
    .map((row, index) => ({ row, index }))
    .filter((entry): entry is Timed => !entry.row.irm && isInt(entry.row.rank) && isInt(entry.row.timeMs) && entry.row.timeMs > 0)
    .sort((a, b) => a.row.rank - b.row.rank);
  let slowest: Timed | null = null;
  let group: typeof timed = [];
  const equalAllowed = (a: ResultRowCandidate, b: ResultRowCandidate) =>
    ctx.tiePolicy === 'BREAK_BY_RULE' ||
    (ctx.tiePolicy === 'BREAK_BY_FINER_PRECISION' && (a.timePrecision !== 'THOUSANDTHS' || b.timePrecision !== 'THOUSANDTHS'));
  const better = new Map<number, ResultRowCandidate>();
  for (let k = 0; k < timed.length; k += 1) {
    const entry = timed[k];
    if (k > 0 && entry.row.rank !== timed[k - 1].row.rank) {
      for (const done of group) {
        better.set(done.row.timeMs, done.row);
        if (!slowest || done.row.timeMs > slowest.row.timeMs) slowest = done;
      }
      group = [];
    }
    group.push(entry);
    const time = entry.row.timeMs;
    const same = better.get(time);
    if (slowest && time < slowest.row.timeMs) {
      add(
        entry.index,
        'rank',
        'RANK_ORDER_CONTRADICTS_TIME',
        `rank ${entry.row.rank} is faster (${time} ms) than rank ${slowest.row.rank} (${slowest.row.timeMs} ms)`,
      );
    } else if (same && !equalAllowed(same, entry.row)) {
      add(
        entry.index,
        'rank',
        'RANK_ORDER_CONTRADICTS_TIME',
        `rank ${entry.row.rank} has the same time (${time} ms) as rank ${same.rank}; tied rows share a rank`,
      );
    }
  }
}
