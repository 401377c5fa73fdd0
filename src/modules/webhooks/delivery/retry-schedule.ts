/** Longest wait between two attempts, whatever the base. */
const LONGEST_WAIT_MS = 6 * 60 * 60 * 1000;

/** The wait after failed attempt `attempt` (1-based): base, 2×base, 4×base, … up to six hours. */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return Math.min(LONGEST_WAIT_MS, baseMs * 2 ** Math.max(0, attempt - 1));
}
