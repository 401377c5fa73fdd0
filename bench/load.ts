import { runChild, startChild } from './child.js';

export interface LoadRequest {
  url: string;
  connections: number;
  durationS: number;
  /** A request without an answer after this long counts as a timeout (and fails the run). */
  timeoutS: number;
  /** One is picked at random for each request. */
  bodies: string[];
  /** Sent with every request besides the content type, e.g. credentials. */
  headers?: Record<string, string>;
  /** Keep each response's end time (`responses`), so that windows of one run can be told apart. */
  timeline?: boolean;
}

export interface LoadResult {
  completed: number;
  durationS: number;
  bytes: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  /** Every response's time, sorted, so that runs can be combined. */
  latenciesMs: number[];
  /** With `timeline`: each response as [when it ended (ms since the epoch), its time (ms)], in order of arrival. */
  responses?: [number, number][];
}

/** autocannon in a child process, so the load generator never shares the server's event loop. */
export function runLoad(request: LoadRequest): Promise<LoadResult> {
  return runChild<LoadResult>('./load-worker.ts', request);
}

/**
 * A load that runs until `stop` (or `durationS`), for measuring windows of one continuous run:
 * no process starts between them, and the server's connections stay warm.
 */
export function startLoad(request: LoadRequest): { stop(): void; result: Promise<LoadResult> } {
  const { child, result } = startChild<LoadResult>('./load-worker.ts', request);
  return { stop: () => child.kill('SIGTERM'), result };
}

/**
 * The responses of a timeline that ended within [from, to) (ms since the epoch), as a LoadResult
 * of that window. Failures are counted for the whole run only: check `loadProblems` on the run.
 */
export function loadWindow(run: LoadResult, from: number, to: number): LoadResult {
  if (!run.responses) throw new Error('the load kept no timeline');
  const latenciesMs = run.responses.filter(([at]) => at >= from && at < to).map(([, ms]) => ms);
  latenciesMs.sort((a, b) => a - b);
  return {
    completed: latenciesMs.length,
    durationS: (to - from) / 1000,
    bytes: Number.NaN,
    p50Ms: percentile(latenciesMs, 0.5),
    p95Ms: percentile(latenciesMs, 0.95),
    p99Ms: percentile(latenciesMs, 0.99),
    non2xx: 0,
    errors: 0,
    timeouts: 0,
    mismatches: 0,
    latenciesMs,
  };
}

export const NONE_COMPLETED = 'no request completed';

/** Every request answered 200 without `errors` and no connection failed. */
export function loadProblems(result: LoadResult): string[] {
  const problems: string[] = [];
  if (result.completed === 0) problems.push(NONE_COMPLETED);
  if (result.non2xx) problems.push(`${result.non2xx} non-2xx responses`);
  if (result.mismatches) problems.push(`${result.mismatches} responses with GraphQL errors`);
  if (result.errors) problems.push(`${result.errors} connection errors`);
  if (result.timeouts) problems.push(`${result.timeouts} timeouts`);
  return problems;
}

/** Several runs of the same load as one: counts and durations added, percentiles over every response. */
export function combineLoads(results: readonly LoadResult[]): LoadResult {
  const sum = (field: 'completed' | 'durationS' | 'bytes' | 'non2xx' | 'errors' | 'timeouts' | 'mismatches') =>
    results.reduce((total, result) => total + result[field], 0);
  const latenciesMs = results.flatMap((result) => result.latenciesMs).sort((a, b) => a - b);
  return {
    completed: sum('completed'),
    durationS: sum('durationS'),
    bytes: sum('bytes'),
    p50Ms: percentile(latenciesMs, 0.5),
    p95Ms: percentile(latenciesMs, 0.95),
    p99Ms: percentile(latenciesMs, 0.99),
    non2xx: sum('non2xx'),
    errors: sum('errors'),
    timeouts: sum('timeouts'),
    mismatches: sum('mismatches'),
    latenciesMs,
  };
}

/** The q-quantile of sorted values (nearest rank). */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
