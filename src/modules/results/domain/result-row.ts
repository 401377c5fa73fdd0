import type {
  Decision,
  Designation,
  EventStyle,
  Irm,
  Medal,
  PeriodKind,
  PhaseKind,
  ResultStatus,
  ResultType,
  TiePolicy,
  TimePrecision,
  Wlt,
} from '../../../generated/prisma/enums.js';

/** One side's score in one period: half 1, set 3 (with its tie-break points), the shoot-out. */
export interface PeriodCandidate {
  kind: PeriodKind;
  number: number;
  score: number;
  tieBreak?: number | null;
}

/** One result row as submitted, before it is stored. `points` is a decimal string ("212.45"). */
export interface ResultRowCandidate {
  competitorId: string;
  displayOrder: number;
  startOrder?: number | null;
  startGroup?: number | null;
  lane?: string | null;
  rank?: number | null;
  rankEqual?: boolean;
  irm?: Irm | null;
  timeMs?: number | null;
  timePrecision?: TimePrecision | null;
  points?: string | null;
  score?: number | null;
  markMm?: number | null;
  wlt?: Wlt | null;
  resultCode?: string | null;
  qualificationMark?: string | null;
  medal?: Medal | null;
  recordMarks?: string[];
  /** Typed periods; replaced with the row. */
  periods?: PeriodCandidate[];
  designation?: Designation | null;
}

/** What a match's rows are checked against beyond the event: its discipline, decision and place in the competition. */
export interface MatchContext {
  disciplineCode: string;
  decision: Decision | null;
  phaseKind: PhaseKind | null;
  /** 1 or 2 in a two-legged tie. */
  leg: number | null;
}

export interface ResultSetContext {
  resultStatus: ResultStatus;
  style: EventStyle;
  resultType: ResultType;
  tiePolicy: TiePolicy;
  eventCompetitorIds: ReadonlySet<string>;
  /** Without it the per-discipline match rules (periods, decision, ties in knockout phases) are not checked. */
  match?: MatchContext;
}

/**
 * A problem with one row (`row` is its 0-based index, or the CSV line number in a CSV
 * import) or with the whole set (`row` null). `field` names the input field.
 */
export interface ResultIssue {
  row: number | null;
  field: string | null;
  code: string;
  message: string;
}

export type IssueSink = (row: number | null, field: string | null, code: string, message: string) => void;

/** Statuses under which the list is complete, so every valid row needs a rank and ranks must not skip. */
export const COMPLETE_STATUSES: ReadonlySet<ResultStatus> = new Set<ResultStatus>(['OFFICIAL', 'UNOFFICIAL']);
