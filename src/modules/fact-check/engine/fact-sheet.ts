/**
 * What the fact check knows: the data a story links to or embeds, as of the story's date,
 * in plain values. Built from the database by facts/ (FactSheetRepository), from fixtures by
 * the evaluation set; the engine reads nothing else.
 */

export type Medal = 'GOLD' | 'SILVER' | 'BRONZE';

/** A person, team or organisation the prose may name, with every name it may use. */
export interface FactEntity {
  id: string;
  type: 'PERSON' | 'ORGANISATION';
  /** The name the desk prints ("Jutta Leerdam", "Arsenal"). */
  name: string;
  /** Every other way the prose may name it: family name, short name, aliases. */
  otherNames: string[];
  /** People only: YYYY-MM-DD when known. */
  birthDate: string | null;
  gender: 'FEMALE' | 'MALE' | 'OTHER' | null;
  /** Medals won up to and including the story's date, oldest first (for "her second Olympic medal"). */
  medals: FactMedal[];
}

export interface FactMedal {
  medal: Medal;
  /** The competition's kind, e.g. OLYMPIC_GAMES, WORLD_CHAMPIONSHIPS. */
  competitionKind: string;
  competitionName: string;
  eventName: string;
  /** YYYY-MM-DD */
  date: string | null;
}

/** A record as the data has it: which mark, by whom, set in which result. */
export interface FactRecord {
  /** ODF code: WR, OR, NR, PB, SB, TR … */
  code: string;
  scope: 'WORLD' | 'OLYMPIC' | 'CONTINENTAL' | 'NATIONAL' | 'VENUE' | 'PERSONAL' | 'SEASON' | 'JUNIOR';
  /** Equalled rather than broken (EWR, EOR). */
  equalled: boolean;
}

/** One competitor's line in a unit, with its value as the discipline prints it. */
export interface FactResult {
  /** The person (individual events) or team (team events and matches). */
  entityId: string;
  rank: number | null;
  /** DNF, DSQ, DNS … */
  irm: string | null;
  medal: Medal | null;
  /** Times: milliseconds, and the text the discipline prints ("1:12.31"). */
  timeMs: number | null;
  display: string | null;
  /** The printed gap to the winner ("+0.28"), null for the winner. */
  behind: string | null;
  points: number | null;
  /** Goals (head-to-head units). */
  score: number | null;
  /** Records set or equalled with this result. */
  records: FactRecord[];
  /** Pair, heat or lane partners are in the same group (speed skating pairs). */
  startGroup: number | null;
}

/** A head-to-head unit's decision and shoot-out. */
export interface FactMatch {
  homeId: string;
  awayId: string;
  homeScore: number;
  awayScore: number;
  decision:
    | 'REGULATION'
    | 'EXTRA_TIME'
    | 'PENALTIES'
    | 'OVERTIME'
    | 'SHOOTOUT'
    | 'RETIREMENT'
    | 'WALKOVER'
    | 'ABANDONED'
    | 'GOLDEN_POINT'
    | 'JUDGES_DECISION'
    | null;
  /** Kicks scored in the shoot-out, when there was one. */
  shootout: { home: number; away: number } | null;
  /** Goals by scorer (own goals excluded), for "a hat-trick" and "his second goal". */
  goals: { personId: string; teamId: string; minute: number | null }[];
}

/** A race, match or judged segment the story links to or embeds. */
export interface FactUnit {
  id: string;
  /** "Women's 1000 m" */
  eventName: string;
  competitionName: string;
  competitionKind: string;
  /** YYYY-MM-DD */
  date: string | null;
  resultType: 'TIME' | 'POINTS' | 'SCORE' | 'MARK' | 'RANK_ONLY';
  /** Medals are awarded on this unit's results (a final). */
  medalUnit: boolean;
  /** Digits after the decimal point the discipline prints times with, and how it rounds. */
  timeDecimals: number;
  timeRounding: 'TRUNCATE' | 'HALF_UP';
  results: FactResult[];
  match: FactMatch | null;
}

/** A record standing on the story's date in a discipline the story's units belong to ("the world record holder"). */
export interface FactStandingRecord extends FactRecord {
  /** The person or team that holds it. */
  holderId: string | null;
  /** The event it is kept for ("Women's 1000 m"); units of the same recurring event share it. */
  eventName: string;
  /** The units of the sheet whose event this record is kept for. */
  unitIds: string[];
  timeMs: number | null;
  display: string | null;
  /** YYYY-MM-DD */
  setOn: string | null;
}

export interface FactSheet {
  /** The story's date (YYYY-MM-DD): ages and counts are as of it. */
  asOf: string;
  entities: FactEntity[];
  units: FactUnit[];
  records: FactStandingRecord[];
}
