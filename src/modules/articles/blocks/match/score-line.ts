import type { Decision, PeriodKind } from '../../../../generated/prisma/enums.js';

export interface ScoreLineSide {
  name: string;
  score: number | null;
  periods: ReadonlyArray<{ kind: PeriodKind; score: number }>;
}

const SUFFIX: Partial<Record<Decision, string>> = {
  EXTRA_TIME: 'a.e.t.',
  OVERTIME: 'OT',
  SHOOTOUT: 'SO',
  RETIREMENT: 'ret.',
  WALKOVER: 'w/o',
  ABANDONED: 'abandoned',
  GOLDEN_POINT: 'golden point',
  JUDGES_DECISION: "judges' decision",
};

/**
 * A match's score line as a sub-editor writes it, with an en dash: "Rovers 3–1 United",
 * "Inter 1–1 Barcelona (a.e.t., 4–2 on penalties)", "Canada 3–2 Sweden (SO)". Null until
 * both sides have a score.
 */
export function scoreLine(sides: readonly ScoreLineSide[], decision: Decision | null): string | null {
  if (sides.length !== 2) return null;
  const [home, away] = sides;
  if (home.score === null || away.score === null) return null;
  const line = `${home.name} ${home.score}–${away.score} ${away.name}`;
  if (decision === 'PENALTIES') {
    const [a, b] = sides.map((side) => side.periods.find((p) => p.kind === 'SHOOTOUT')?.score);
    const extra = sides.some((side) => side.periods.some((p) => p.kind === 'EXTRA_TIME')) ? 'a.e.t., ' : '';
    return a === undefined || b === undefined ? `${line} (${extra}on penalties)` : `${line} (${extra}${a}–${b} on penalties)`;
  }
  const suffix = decision ? SUFFIX[decision] : undefined;
  return suffix ? `${line} (${suffix})` : line;
}
