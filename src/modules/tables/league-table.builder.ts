import { sportRules } from '../disciplines/sport-rules.js';
import { computeLeagueTable, type TableMatch } from './domain/league-table.js';
import { FormResult, type LeagueTable, type LeagueTableRow, MAX_TABLE_ROWS, TableTieBreaker } from './models/league-table.model.js';
import type { PhaseTableData, TableFilter } from './tables.repository.js';

/** The table of one phase from what the table statement read: the stored standings if any, else computed. */
export function buildLeagueTable(data: PhaseTableData, filter: TableFilter): LeagueTable {
  const rules = sportRules(data.disciplineCode);
  const base = {
    asOf: filter.asOf,
    matchday: filter.matchday,
    disciplineCode: data.disciplineCode,
    pointsRules: {
      win: rules.points.win,
      draw: rules.points.draw,
      loss: rules.points.loss,
      winAfterRegulation: rules.points.winAfterRegulation ?? null,
      lossAfterRegulation: rules.points.lossAfterRegulation ?? null,
      tryBonusAt: rules.points.tryBonusAt ?? null,
      losingBonusWithin: rules.points.losingBonusWithin ?? null,
    },
    tieBreakers: rules.tieBreakers.map((criterion) => TableTieBreaker[criterion]),
  };
  if (data.stored.length > 0) {
    const ranks = new Map<number, number>();
    for (const s of data.stored) ranks.set(s.rank, (ranks.get(s.rank) ?? 0) + 1);
    const rows: LeagueTableRow[] = data.stored.slice(0, MAX_TABLE_ROWS).map((s) => ({
      rank: s.rank,
      rankShared: (ranks.get(s.rank) ?? 0) > 1,
      competitorId: s.c,
      played: s.played,
      won: s.won,
      drawn: s.drawn,
      lost: s.lost,
      scoredFor: s.sf,
      scoredAgainst: s.sa,
      scoreDifference: s.sf != null && s.sa != null ? s.sf - s.sa : null,
      points: s.points == null ? null : Number(s.points),
      bonusPoints: 0,
      deductedPoints: 0,
      form: [],
      note: s.note,
    }));
    return { ...base, computed: false, matchesCounted: 0, rows };
  }
  const matches: TableMatch[] = data.matches
    .filter((m) => m.sides.length === 2)
    .map((m) => ({
      unitId: m.id,
      playedAt: m.at ? new Date(m.at) : null,
      order: m.order,
      decision: m.decision,
      pastRegulation: m.past,
      sides: [side(m.sides[0]), side(m.sides[1])],
    }));
  const competitors = new Map(data.competitors.map((c) => [c.id, c.name]));
  const deductions = data.deductions.map((d) => ({ competitorId: d.c, points: d.p }));
  const rows = computeLeagueTable(rules, matches, competitors, deductions)
    .slice(0, MAX_TABLE_ROWS)
    .map(({ form, ...row }) => ({ ...row, form: form.map((r) => FORM[r]), note: null }));
  return { ...base, computed: true, matchesCounted: matches.length, rows };
}

const FORM: Readonly<Record<'W' | 'D' | 'L', FormResult>> = { W: FormResult.W, D: FormResult.D, L: FormResult.L };

function side(s: PhaseTableData['matches'][number]['sides'][number]) {
  return { competitorId: s.c, score: s.s, wlt: s.w, designation: s.d, tries: s.t };
}
