import type { ResultStatus, UnitStatus } from '../../../generated/prisma/enums.js';

/**
 * Whether a match counts in tables and ties: finished, or given complete results by the results
 * desk without being marked finished (a desk that enters an official score seldom also sets the
 * status), unless it was called off. TablesRepository.tableData says the same in SQL.
 */
export function isPlayed(status: UnitStatus, resultStatus: ResultStatus): boolean {
  if (status === 'FINISHED') return true;
  return (resultStatus === 'OFFICIAL' || resultStatus === 'UNOFFICIAL') && status !== 'CANCELLED' && status !== 'POSTPONED';
}
