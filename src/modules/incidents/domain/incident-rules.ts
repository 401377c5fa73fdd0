import type { IncidentKind, PeriodKind, ShootoutOutcome } from '../../../generated/prisma/enums.js';
import { hasOwnRules, periodMinutes, periodRole, periodSpec, type SportRules } from '../../disciplines/sport-rules.js';

/** At most this many incidents per unit: a save refuses more, reads never return more. */
export const MAX_INCIDENTS_PER_UNIT = 300;

/** Kinds that are a goal for the side named by competitorId (an own goal counts for the side that benefits). */
export const GOAL_KINDS: ReadonlySet<IncidentKind> = new Set<IncidentKind>(['GOAL', 'PENALTY_GOAL', 'OWN_GOAL']);

/** An incident as it is stored, its references resolved to keys. */
export interface IncidentCandidate {
  kind: IncidentKind;
  competitorId: string | null;
  personId: string | null;
  relatedPersonId: string | null;
  periodKind: PeriodKind | null;
  periodNumber: number | null;
  minute: number | null;
  addedMinute: number | null;
  shootoutOrder: number | null;
  outcome: ShootoutOutcome | null;
}

/** A problem with one incident (`index` in the list given), naming its field. */
export interface IncidentIssue {
  /** Null for the list as a whole. */
  index: number | null;
  field: string;
  code: string;
  message: string;
}

/** A side of the unit as its result row says: the incidents' competitors must be among them. */
export interface IncidentSide {
  competitorId: string;
  score: number | null;
  periods: ReadonlyArray<{ kind: PeriodKind; score: number }>;
}

export interface IncidentContext {
  rules: SportRules;
  disciplineCode: string;
  sides: readonly IncidentSide[];
}

/** "90+3", "45", or null for an incident without a minute (a shoot-out kick). */
export function displayMinute(minute: number | null, addedMinute: number | null): string | null {
  if (minute === null) return null;
  return addedMinute ? `${minute}+${addedMinute}` : String(minute);
}

/** Every problem with a unit's incidents against its sides and discipline; empty when they can be stored. */
export function validateIncidents(incidents: readonly IncidentCandidate[], ctx: IncidentContext): IncidentIssue[] {
  const issues: IncidentIssue[] = [];
  const add = (index: number, field: string, code: string, message: string) => issues.push({ index, field, code, message });
  const sides = new Map(ctx.sides.map((side) => [side.competitorId, side]));
  const own = hasOwnRules(ctx.disciplineCode);
  incidents.forEach((incident, i) => {
    if (incident.competitorId !== null && !sides.has(incident.competitorId)) {
      add(i, 'competitorId', 'INCIDENT_COMPETITOR_NOT_IN_UNIT', 'the competitor is not a side of this unit (it has no result row in it)');
    }
    if (incident.competitorId === null && (GOAL_KINDS.has(incident.kind) || incident.kind === 'SHOOTOUT_KICK')) {
      add(i, 'competitorId', 'MISSING_VALUE', `a ${incident.kind} names the side it counts for`);
    }
    checkPeriod(incident, i, ctx.rules, own, add);
    checkKick(incident, i, add);
  });
  checkGoalCounts(incidents, sides, add);
  checkKickCounts(incidents, sides, add);
  return issues.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
}

type Add = (index: number, field: string, code: string, message: string) => void;

function checkPeriod(incident: IncidentCandidate, i: number, rules: SportRules, own: boolean, add: Add): void {
  const { periodKind: kind, periodNumber: number, minute, addedMinute } = incident;
  if (kind === null) {
    if (minute !== null || addedMinute !== null) add(i, 'periodKind', 'MISSING_VALUE', 'an incident with a minute names its period');
    return;
  }
  const spec = periodSpec(rules, kind);
  if (own && !spec) {
    add(i, 'periodKind', 'PERIOD_NOT_IN_DISCIPLINE', `this discipline does not play a ${kind}`);
    return;
  }
  if (spec && (number ?? 1) > spec.count) {
    add(i, 'periodNumber', 'PERIOD_NOT_IN_DISCIPLINE', `at most ${spec.count} ${kind} period(s), got number ${number}`);
    return;
  }
  if (addedMinute !== null && minute === null) {
    add(i, 'addedMinute', 'INCIDENT_MINUTE_OUTSIDE_PERIOD', 'added time goes with the last minute of a period ("90+3")');
    return;
  }
  if (minute === null) return;
  if (periodRole(kind) === 'SHOOTOUT') {
    add(i, 'minute', 'INCIDENT_MINUTE_OUTSIDE_PERIOD', 'a shoot-out is not timed; give shootoutOrder instead of a minute');
    return;
  }
  const range = periodMinutes(rules, kind, number ?? 1);
  if (!range) return;
  if (minute < range.from || minute > range.to) {
    add(
      i,
      'minute',
      'INCIDENT_MINUTE_OUTSIDE_PERIOD',
      `${kind} ${number ?? 1} runs from minute ${range.from} to ${range.to}, got ${minute}`,
    );
  } else if (addedMinute !== null && minute !== range.to) {
    add(
      i,
      'addedMinute',
      'INCIDENT_MINUTE_OUTSIDE_PERIOD',
      `added time follows the period's last minute (${range.to}+${addedMinute}), not minute ${minute}`,
    );
  }
}

function checkKick(incident: IncidentCandidate, i: number, add: Add): void {
  if (incident.kind !== 'SHOOTOUT_KICK') {
    if (incident.outcome !== null) add(i, 'outcome', 'OUTCOME_NOT_ALLOWED', 'only a SHOOTOUT_KICK has an outcome');
    if (incident.shootoutOrder !== null) add(i, 'shootoutOrder', 'OUTCOME_NOT_ALLOWED', 'only a SHOOTOUT_KICK has a shootoutOrder');
    return;
  }
  if (incident.outcome === null) add(i, 'outcome', 'MISSING_VALUE', 'a shoot-out kick says what became of it: SCORED, SAVED or MISSED');
  if (incident.shootoutOrder === null) add(i, 'shootoutOrder', 'MISSING_VALUE', 'a shoot-out kick has its order in the shoot-out');
  if (incident.periodKind !== 'SHOOTOUT')
    add(i, 'periodKind', 'INCIDENT_KICK_OUTSIDE_SHOOTOUT', 'a shoot-out kick belongs to the SHOOTOUT period');
}

/** A side's goals in play (not the shoot-out): the sum of its periods when it has them, else its score. */
function goalsInPlay(side: IncidentSide): number | null {
  if (side.periods.length > 0) return side.periods.filter((p) => periodRole(p.kind) !== 'SHOOTOUT').reduce((n, p) => n + p.score, 0);
  return side.score;
}

function checkGoalCounts(incidents: readonly IncidentCandidate[], sides: ReadonlyMap<string, IncidentSide>, add: Add): void {
  const counted = new Map<string, number>();
  incidents.forEach((incident, i) => {
    if (!GOAL_KINDS.has(incident.kind) || incident.competitorId === null) return;
    const side = sides.get(incident.competitorId);
    const limit = side ? goalsInPlay(side) : null;
    const count = (counted.get(incident.competitorId) ?? 0) + 1;
    counted.set(incident.competitorId, count);
    if (limit !== null && count === limit + 1) {
      add(i, 'competitorId', 'INCIDENT_GOALS_EXCEED_SCORE', `goal ${count} of a side that scored ${limit} before any shoot-out`);
    }
  });
}

function checkKickCounts(incidents: readonly IncidentCandidate[], sides: ReadonlyMap<string, IncidentSide>, add: Add): void {
  const kicks = incidents.map((incident, index) => ({ incident, index })).filter(({ incident }) => incident.kind === 'SHOOTOUT_KICK');
  if (kicks.length === 0) return;
  for (const [competitorId, side] of sides) {
    const own = kicks.filter(({ incident }) => incident.competitorId === competitorId);
    if (own.length === 0) continue;
    const orders = new Map<number, number>();
    for (const { incident, index } of own) {
      if (incident.shootoutOrder === null) continue;
      const earlier = orders.get(incident.shootoutOrder);
      if (earlier !== undefined)
        add(
          index,
          'shootoutOrder',
          'DUPLICATE_SHOOTOUT_ORDER',
          `kick ${incident.shootoutOrder} of this side is already incident ${earlier}`,
        );
      else orders.set(incident.shootoutOrder, index);
    }
    const period = side.periods.find((p) => periodRole(p.kind) === 'SHOOTOUT');
    const scored = own.filter(({ incident }) => incident.outcome === 'SCORED').length;
    if (period && scored !== period.score) {
      const last = own[own.length - 1].index;
      add(last, 'outcome', 'SHOOTOUT_KICKS_MISMATCH', `${scored} kicks scored, but the side's SHOOTOUT period says ${period.score}`);
    }
  }
}
