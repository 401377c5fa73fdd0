import type { CompetitionKind, Decision, Designation, PeriodKind, PhaseKind, Wlt } from '../../../generated/prisma/enums.js';

/**
 * A season as every feed gives it once parsed: phases, teams and matches with periods and a
 * decision, plus what the feed refused or left unscored, row by row. The importer stores a
 * NormalisedSeason whatever the feed (football.json today; ODF XML and SportsML next).
 */
export interface NormalisedSeason {
  name: string;
  kind: CompetitionKind;
  /** The first and last match days (local calendar dates, YYYY-MM-DD). */
  firstDay: string;
  lastDay: string;
  phases: NormalisedPhase[];
  teams: NormalisedTeam[];
  matches: NormalisedMatch[];
  /** Rows refused or stored without a score, in row order. */
  issues: FeedIssue[];
  /** Rows the document has, valid or not. */
  rows: number;
}

export interface NormalisedPhase {
  /** Unique in the season: the phase kind, and the group name for group stages. */
  key: string;
  kind: PhaseKind;
  name: string;
  /** Position among the season's phases, from 1. */
  order: number;
}

export interface NormalisedTeam {
  /** The name as the feed writes it ("Liverpool FC (ENG)"): the matches refer to teams by it. */
  key: string;
  /** The club's name without the feed's country suffix. */
  name: string;
  /** ISO 3166-1 alpha-2 of the club's country, when the feed says it (ENG → GB). */
  countryIso2: string | null;
}

export interface NormalisedSide {
  teamKey: string;
  designation: Designation;
  score: number;
  wlt: Wlt;
  periods: { kind: PeriodKind; number: number; score: number }[];
}

export interface NormalisedMatch {
  /** Index of the row in the document, from 0. */
  row: number;
  phaseKey: string;
  /** The feed's key of the match, stable across re-imports (round and teams). */
  sourceKey: string;
  name: string;
  scheduledAt: Date | null;
  matchday: number | null;
  leg: number | null;
  home: string;
  away: string;
  /** HOME and AWAY, or NEUTRAL twice (a final). */
  designations: [Designation, Designation];
  /** Null when the match has no score yet: it is stored as scheduled. */
  result: { decision: Decision; sides: [NormalisedSide, NormalisedSide] } | null;
}

export type FeedIssueOutcome = 'REFUSED' | 'UNSCORED';

export interface FeedIssue {
  row: number;
  outcome: FeedIssueOutcome;
  /** UNSCORED, INVALID_ROW, UNKNOWN_ROUND, DUPLICATE_MATCH, SHOOTOUT_LEVEL, ... */
  code: string;
  reason: string;
  round: string | null;
  team1: string | null;
  team2: string | null;
  /** For an unknown team: the closest existing organisation's name. */
  suggestion?: string | null;
}

export interface SeasonFeedOptions {
  /** IANA time zone the feed's local dates and times are in. */
  timezone: string;
}

/** A season feed format: turns a document into a NormalisedSeason, or throws BadInputError when it is not one at all. */
export interface SeasonFeed {
  readonly format: string;
  parse(document: string, options: SeasonFeedOptions): NormalisedSeason;
}
