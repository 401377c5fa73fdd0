/** One check per claim kind; the engine picks by the candidate's kind. */
import type { ClaimKind } from '../claims.js';
import { checkAge } from './age.js';
import type { Check } from './common.js';
import { checkCount } from './count.js';
import { checkMargin } from './margin.js';
import { checkMedal, checkPlacing } from './placing.js';
import { checkRecord } from './record.js';
import { checkDecision, checkScore } from './score.js';
import { checkTime } from './time.js';

export const CHECKS: Readonly<Record<ClaimKind, Check>> = {
  TIME: checkTime,
  MARGIN: checkMargin,
  PLACING: checkPlacing,
  MEDAL: checkMedal,
  RECORD: checkRecord,
  AGE: checkAge,
  SCORE: checkScore,
  DECISION: checkDecision,
  COUNT: checkCount,
};
