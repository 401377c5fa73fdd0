import type { EventStyle, Irm, Medal, ResultStatus, ResultType, TiePolicy, TimePrecision, Wlt } from '../../../generated/prisma/enums.js';

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
}

export interface ResultSetContext {
  resultStatus: ResultStatus;
  style: EventStyle;
  resultType: ResultType;
  tiePolicy: TiePolicy;
  eventCompetitorIds: ReadonlySet<string>;
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
