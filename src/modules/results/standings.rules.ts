import type { Irm, Medal } from '../../generated/prisma/enums.js';
import type { IssueSink, ResultIssue } from './domain/result-row.js';

export interface StandingCandidate {
  competitorId: string;
  rank?: number | null;
  rankEqual?: boolean | null;
  irm?: Irm | null;
  medal?: Medal | null;
}

const MEDAL_RANK: Record<Medal, number> = { GOLD: 1, SILVER: 2, BRONZE: 3 };

/**
 * Every problem in an event's final standings. Standings may be partial (only the
 * medallists known), so ranks may skip; a shared rank must be flagged on each row.
 */
export function validateStandings(standings: readonly StandingCandidate[], eventCompetitorIds: ReadonlySet<string>): ResultIssue[] {
  const issues: ResultIssue[] = [];
  const add: IssueSink = (row, field, code, message) => issues.push({ row, field, code, message });
  const firstRow = new Map<string, number>();
  const sharing = new Map<number, number>();
  for (const s of standings) if (s.rank != null) sharing.set(s.rank, (sharing.get(s.rank) ?? 0) + 1);

  standings.forEach((s, i) => {
    const earlier = firstRow.get(s.competitorId);
    if (earlier !== undefined)
      add(i, 'competitorId', 'DUPLICATE_COMPETITOR', `competitor ${s.competitorId} already has standing ${earlier}`);
    else firstRow.set(s.competitorId, i);
    if (!eventCompetitorIds.has(s.competitorId)) {
      add(i, 'competitorId', 'COMPETITOR_NOT_IN_EVENT', `competitor ${s.competitorId} is not entered in this event`);
    }
    if (s.irm && s.rank != null) add(i, 'rank', 'RANK_ON_INVALID_RESULT', `a standing marked ${s.irm} is unranked, got rank ${s.rank}`);
    const shared = s.rank != null ? (sharing.get(s.rank) ?? 0) : 0;
    if (shared > 1 && !s.rankEqual)
      add(i, 'rankEqual', 'TIE_NOT_FLAGGED', `rank ${s.rank} is shared by ${shared} standings; mark each as tied`);
    if (s.rankEqual && s.rank == null) add(i, 'rankEqual', 'TIE_FLAG_WITHOUT_TIE', 'marked as tied without a rank');
    if (s.medal && s.rank == null) add(i, 'medal', 'MEDAL_WITHOUT_RANK', `a ${s.medal} medal needs a rank`);
    else if (s.medal && s.rank !== MEDAL_RANK[s.medal]) {
      add(i, 'medal', 'MEDAL_RANK_MISMATCH', `${s.medal} goes with rank ${MEDAL_RANK[s.medal]}, got ${s.rank}`);
    }
  });
  return issues;
}
