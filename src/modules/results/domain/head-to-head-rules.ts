import { COMPLETE_STATUSES, type IssueSink, type ResultRowCandidate, type ResultSetContext } from './result-row.js';

const PAIRS = new Set(['W/L', 'L/W', 'T/T']);
/** Decisions after which the winner may trail: the other side retired or did not turn up. */
const WON_WITHOUT_OUTSCORING = new Set(['RETIREMENT', 'WALKOVER']);

/**
 * A head-to-head unit has two sides whose outcomes agree (W against L, or T against T;
 * football's draw and boxing's "no winner" are both T). A complete result needs both
 * outcomes, and for SCORE events both scores; a winner may have an equal score (penalties).
 */
export function checkHeadToHead(rows: readonly ResultRowCandidate[], ctx: ResultSetContext, add: IssueSink): void {
  if (rows.length === 0) return;
  if (rows.length !== 2) {
    add(null, null, 'HEAD_TO_HEAD_SIDES', `a head-to-head unit has exactly 2 rows, got ${rows.length}`);
    return;
  }
  const complete = COMPLETE_STATUSES.has(ctx.resultStatus);
  const [a, b] = rows;
  if (a.wlt && b.wlt) {
    if (!PAIRS.has(`${a.wlt}/${b.wlt}`)) {
      for (const index of [0, 1]) {
        add(index, 'wlt', 'HEAD_TO_HEAD_SIDES', `outcomes ${a.wlt} and ${b.wlt} do not agree; use W/L or T/T`);
      }
    }
  } else if (a.wlt || b.wlt || complete) {
    rows.forEach((row, index) => {
      if (!row.wlt) add(index, 'wlt', 'HEAD_TO_HEAD_SIDES', 'each side needs an outcome (W, L or T)');
    });
  }
  if (ctx.resultType !== 'SCORE') return;
  if (complete) {
    rows.forEach((row, index) => {
      if (row.score == null && !row.irm) add(index, 'score', 'MISSING_VALUE', `a ${ctx.resultStatus} score result needs a score`);
    });
  }
  if (a.score == null || b.score == null || !PAIRS.has(`${a.wlt}/${b.wlt}`)) return;
  if (a.wlt === 'T' && a.score !== b.score) {
    for (const index of [0, 1]) add(index, 'score', 'SCORE_CONTRADICTS_WLT', `a draw with unequal scores ${a.score}-${b.score}`);
  }
  const winner = a.wlt === 'W' ? 0 : b.wlt === 'W' ? 1 : null;
  const [won, lost] = winner === 0 ? [a.score, b.score] : [b.score, a.score];
  if (winner !== null && won < lost && !WON_WITHOUT_OUTSCORING.has(ctx.match?.decision ?? '')) {
    add(winner, 'score', 'SCORE_CONTRADICTS_WLT', `the winner scored ${won} against ${lost}`);
  }
}
