import type { Decision, Wlt } from '../../../generated/prisma/enums.js';

/** How a knockout tie was settled. */
export type TieDecision = 'AGGREGATE' | 'EXTRA_TIME' | 'PENALTIES' | 'SINGLE_MATCH' | 'UNDECIDED';

export interface TieLegSide {
  competitorId: string;
  score: number | null;
  wlt: Wlt | null;
}

/** A unit of a knockout phase between two competitors. */
export interface TieLeg {
  unitId: string;
  leg: number | null;
  order: number;
  scheduledAt: Date | null;
  finished: boolean;
  decision: Decision | null;
  feedsUnitId: string | null;
  sides: readonly TieLegSide[];
}

export interface ComputedTie {
  /** The two competitors, in the order of the first leg (its first side first). */
  competitorIds: [string, string];
  /** Units by leg, then by time. */
  legIds: string[];
  /** Each side's total over the finished legs, in the order of competitorIds. */
  aggregate: [number, number];
  winnerId: string | null;
  decidedBy: TieDecision;
  nextUnitId: string | null;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * The ties of a knockout phase: its units grouped by the pair of competitors that meet in
 * them. The winner has the higher aggregate; when the aggregate is level, the deciding (last)
 * leg's winner (after extra time or on penalties). No away-goals rule.
 */
export function computeTies(legs: readonly TieLeg[]): ComputedTie[] {
  const byPair = new Map<string, TieLeg[]>();
  for (const leg of legs) {
    if (leg.sides.length !== 2) continue;
    const key = pairKey(leg.sides[0].competitorId, leg.sides[1].competitorId);
    const group = byPair.get(key);
    if (group) group.push(leg);
    else byPair.set(key, [leg]);
  }
  const ties: ComputedTie[] = [];
  for (const group of byPair.values()) {
    group.sort(
      (a, b) => (a.leg ?? 0) - (b.leg ?? 0) || (a.scheduledAt?.getTime() ?? 0) - (b.scheduledAt?.getTime() ?? 0) || a.order - b.order,
    );
    ties.push(tieOf(group));
  }
  return ties.sort((a, b) => firstOrder(legs, a) - firstOrder(legs, b));
}

function firstOrder(legs: readonly TieLeg[], tie: ComputedTie): number {
  return legs.find((leg) => leg.unitId === tie.legIds[0])?.order ?? 0;
}

function tieOf(group: readonly TieLeg[]): ComputedTie {
  const first = group[0];
  const ids: [string, string] = [first.sides[0].competitorId, first.sides[1].competitorId];
  const aggregate: [number, number] = [0, 0];
  const finished = group.filter((leg) => leg.finished && leg.sides.every((side) => side.score != null));
  for (const leg of finished) {
    for (const side of leg.sides) aggregate[side.competitorId === ids[0] ? 0 : 1] += side.score ?? 0;
  }
  const nextUnitId = group.map((leg) => leg.feedsUnitId).find((id) => id !== null) ?? null;
  const base = { competitorIds: ids, legIds: group.map((leg) => leg.unitId), aggregate, nextUnitId };
  // Two-legged ties are over when both legs are; a single match when it is.
  const expected = group.some((leg) => leg.leg !== null) ? Math.max(2, group.length) : group.length;
  if (finished.length < expected) return { ...base, winnerId: null, decidedBy: 'UNDECIDED' };
  const single = group.length === 1;
  if (aggregate[0] !== aggregate[1]) {
    const winnerId = aggregate[0] > aggregate[1] ? ids[0] : ids[1];
    const last = finished[finished.length - 1];
    const decidedBy = last.decision === 'EXTRA_TIME' ? 'EXTRA_TIME' : single ? 'SINGLE_MATCH' : 'AGGREGATE';
    return { ...base, winnerId, decidedBy };
  }
  const decisive = finished[finished.length - 1];
  const winnerSide = decisive.sides.find((side) => side.wlt === 'W');
  if (!winnerSide) return { ...base, winnerId: null, decidedBy: 'UNDECIDED' };
  const decidedBy = decisive.decision === 'PENALTIES' || decisive.decision === 'SHOOTOUT' ? 'PENALTIES' : 'EXTRA_TIME';
  return { ...base, winnerId: winnerSide.competitorId, decidedBy };
}
