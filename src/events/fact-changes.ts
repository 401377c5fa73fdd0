import { createHash } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client.js';
import { addJob } from '../jobs/job-queue.js';

/** The job that re-checks the published stories a change of the data may have made wrong (the fact-check feature runs it). */
export const FACT_RECHECK_TASK = 'fact-check.recheck';

/** The kinds of dependency keys ("Type:key") whose change can contradict published prose: results, units, events, people, teams, records. */
const FACT_KEY_TYPES = new Set(['Unit', 'UnitResults', 'Event', 'Person', 'Organisation', 'Record']);
/** Keys one job carries; a larger change (a season import) is re-checked by its first keys' units and events. */
const MAX_FACT_KEYS = 500;
/**
 * How long a re-check waits after the change. The pages that show the change are rebuilt first
 * (readers see a correction in well under a second; a re-check of 100 stories would compete
 * with those rebuilds), and a burst of corrections to one race is re-checked once, after the last.
 */
export const FACT_RECHECK_DELAY_MS = 5_000;

/** The keys of a change that facts depend on, once each, at most MAX_FACT_KEYS. */
export function factKeys(keys: readonly string[]): string[] {
  return [...new Set(keys.filter((key) => FACT_KEY_TYPES.has(key.slice(0, key.indexOf(':')))))].slice(0, MAX_FACT_KEYS);
}

export interface FactRecheckPayload {
  /** The audited write: what changed, for the review list. */
  trigger: { type: string; id: string | null; action: string };
  keys: string[];
  /** Stories after this id are left to this job (it re-queues itself in batches). */
  after?: string;
}

/**
 * In the writer's transaction, after a change readers can see: when it touched results, a
 * person, a team or a record, queues the re-check of the published stories it may have made
 * wrong. The job runs only if the write commits.
 */
export async function queueFactRecheck(
  tx: Prisma.TransactionClient,
  change: { action: string; objectType: string; objectId: string | null; keys: readonly string[] },
): Promise<void> {
  const keys = factKeys(change.keys);
  if (!keys.length) return;
  const payload: FactRecheckPayload = { trigger: { type: change.objectType, id: change.objectId, action: change.action }, keys };
  // Same keys, same job: a pending one is replaced, its wait starting again.
  const jobKey = `${FACT_RECHECK_TASK}:${createHash('sha256').update(keys.join('\n')).digest('hex').slice(0, 32)}`;
  await addJob(tx, FACT_RECHECK_TASK, payload, { runAt: new Date(Date.now() + FACT_RECHECK_DELAY_MS), jobKey });
}
