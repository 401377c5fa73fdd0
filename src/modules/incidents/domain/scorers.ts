import type { IncidentKind, PeriodKind } from '../../../generated/prisma/enums.js';
import { displayMinute, GOAL_KINDS } from './incident-rules.js';

interface GoalIncident {
  kind: IncidentKind;
  personId: string | null;
  periodKind: PeriodKind | null;
  minute: number | null;
  addedMinute: number | null;
}

/**
 * Most goals listed for one scorer in one match (Archie Thompson's 13 in 2001 is the record for
 * a national team); the count goes on past it. Bounds the query cost of `Scorer.goals`.
 */
export const MAX_GOALS_LISTED = 30;

export interface ScorerFacts {
  personId: string;
  goals: Array<{ displayMinute: string | null; periodKind: PeriodKind | null; penalty: boolean; ownGoal: boolean }>;
  goalCount: number;
  hatTrick: boolean;
}

/** The scorers of a match from its incidents (in the order of play): one entry per person, in the order of their first goal. */
export function scorersOf(incidents: readonly GoalIncident[]): ScorerFacts[] {
  const byPerson = new Map<string, ScorerFacts>();
  for (const incident of incidents) {
    if (!GOAL_KINDS.has(incident.kind) || incident.personId === null) continue;
    let scorer = byPerson.get(incident.personId);
    if (!scorer) {
      scorer = { personId: incident.personId, goals: [], goalCount: 0, hatTrick: false };
      byPerson.set(incident.personId, scorer);
    }
    const ownGoal = incident.kind === 'OWN_GOAL';
    if (scorer.goals.length < MAX_GOALS_LISTED)
      scorer.goals.push({
        displayMinute: displayMinute(incident.minute, incident.addedMinute),
        periodKind: incident.periodKind,
        penalty: incident.kind === 'PENALTY_GOAL',
        ownGoal,
      });
    if (!ownGoal) scorer.goalCount += 1;
    scorer.hatTrick = scorer.goalCount >= 3;
  }
  return [...byPerson.values()];
}
