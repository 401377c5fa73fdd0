import type { LineupRole } from '../../generated/prisma/enums.js';

/** A side's line-up: a full football squad with its staff fits with room to spare. */
export const MAX_LINEUP_ENTRIES_PER_SIDE = 60;
/** A unit's line-ups over all its sides (a relay final has eight teams); reads never return more. */
export const MAX_LINEUP_ENTRIES_PER_UNIT = 500;
export const MAX_OFFICIALS_PER_UNIT = 30;

/** The roles that play: they may have a shirt number, minutes and the armband. */
export const PLAYING_ROLES: readonly LineupRole[] = ['STARTER', 'SUBSTITUTE'];

/** One problem with one entry (`index` into the list) or with the request itself (`index` null). */
export interface LineupIssue {
  index: number | null;
  field: string;
  code: string;
  message: string;
}

export interface LineupEntryDraft {
  /** The person's key; null when the reference did not resolve (reported separately). */
  personId: string | null;
  role: LineupRole;
  shirtNumber?: number | null;
  captain?: boolean | null;
  minutesPlayed?: number | null;
}

/**
 * The rules of one side's line-up, given who is in the other sides' line-ups of the same
 * unit. Every issue is reported, the first occurrence of a duplicate is left alone.
 */
export function lineupIssues(entries: readonly LineupEntryDraft[], otherSides: ReadonlySet<string>): LineupIssue[] {
  const issues: LineupIssue[] = [];
  const people = new Set<string>();
  const shirts = new Set<number>();
  let captainSeen = false;
  entries.forEach((entry, index) => {
    const add = (field: string, code: string, message: string) => issues.push({ index, field, code, message });
    const plays = PLAYING_ROLES.includes(entry.role);
    if (entry.personId !== null) {
      if (otherSides.has(entry.personId)) add('person', 'PLAYER_IN_BOTH_LINEUPS', "already in another side's line-up of this unit");
      else if (people.has(entry.personId)) add('person', 'DUPLICATE_PERSON', 'listed twice in this line-up');
      people.add(entry.personId);
    }
    if (entry.shirtNumber !== null && entry.shirtNumber !== undefined) {
      if (!plays) add('shirtNumber', 'COACH_WITH_SHIRT_NUMBER', 'only starters and substitutes wear a shirt number');
      else if (shirts.has(entry.shirtNumber))
        add('shirtNumber', 'DUPLICATE_SHIRT_NUMBER', `shirt number ${entry.shirtNumber} is taken in this side`);
      shirts.add(entry.shirtNumber);
    }
    if (entry.minutesPlayed !== null && entry.minutesPlayed !== undefined && !plays) {
      add('minutesPlayed', 'COACH_WITH_MINUTES', 'only starters and substitutes play minutes');
    }
    if (entry.captain) {
      if (!plays) add('captain', 'CAPTAIN_NOT_PLAYING', 'the captain is a starter or a substitute');
      else if (captainSeen) add('captain', 'MORE_THAN_ONE_CAPTAIN', 'a side has one captain');
      captainSeen ||= plays;
    }
  });
  return issues;
}
