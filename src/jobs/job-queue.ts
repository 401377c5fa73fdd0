import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.js';

export interface JobOptions {
  /** Not before this time (default: now). */
  runAt?: Date;
  /** A job with the same key replaces a pending one (and can be removed by it). */
  jobKey?: string;
  /** With jobKey: 'preserve_run_at' keeps a pending job's time, so repeated adds do not postpone it. */
  jobKeyMode?: 'replace' | 'preserve_run_at';
  /** Attempts graphile-worker makes when the handler throws (its default: 25). */
  maxAttempts?: number;
}

export interface JobContext {
  jobId: string;
  /** 1 on the first run. */
  attempt: number;
  maxAttempts: number;
  /** Aborted when the process shuts down and the job has not finished in time. */
  signal: AbortSignal;
}

/** Runs one job; throwing makes graphile-worker retry it with its own backoff. */
export type JobHandler = (payload: unknown, context: JobContext) => Promise<void>;

type Tx = Prisma.TransactionClient;

/**
 * Adds a job inside the caller's transaction: it exists, and runs, only if that transaction
 * commits. Workers hear of it through graphile-worker's NOTIFY, sent at commit.
 */
export async function addJob(tx: Tx, task: string, payload: object, opts: JobOptions = {}): Promise<string> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT (graphile_worker.add_job(
      identifier => ${task}::text,
      payload => ${JSON.stringify(payload)}::json,
      run_at => ${opts.runAt ?? null}::timestamptz,
      max_attempts => ${opts.maxAttempts ?? null}::int,
      job_key => ${opts.jobKey ?? null}::text,
      job_key_mode => ${opts.jobKeyMode ?? 'replace'}::text
    )).id::text AS id`;
  return rows[0]?.id ?? '';
}

/** Removes the pending job with this key, in the caller's transaction; a running one is not retried. */
export async function removeJob(tx: Tx, jobKey: string): Promise<void> {
  await tx.$queryRaw`SELECT graphile_worker.remove_job(${jobKey}::text) IS NOT NULL AS removed`;
}

/**
 * The durable job queue (graphile-worker tables in the app's database). Features register
 * their task handlers with `register` from their module's `onModuleInit`: the runner starts
 * on application bootstrap with every handler registered by then, and refuses later ones.
 * Jobs are added with `addJob` inside the Prisma transaction of the write they follow.
 */
@Injectable()
export class JobQueue {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly schedules: RecurringTask[] = [];
  private sealed = false;

  register(task: string, handler: JobHandler): void {
    if (this.sealed) throw new Error(`Task "${task}" registered after the job runner started: register it in onModuleInit`);
    if (this.handlers.has(task)) throw new Error(`Task "${task}" is registered twice`);
    this.handlers.set(task, handler);
  }

  /**
   * A task run on a cron schedule (`0 * * * *`: at the top of every hour, UTC). graphile-worker
   * records each run in its known_crontabs table, so with several processes it runs once, and
   * a run missed while every process was down is not made up.
   */
  repeat(task: string, match: string, handler: JobHandler): void {
    this.register(task, handler);
    this.schedules.push({ task, match });
  }

  /** The handlers and schedules, once: the runner takes them at start. */
  seal(): { handlers: ReadonlyMap<string, JobHandler>; schedules: readonly RecurringTask[] } {
    this.sealed = true;
    return { handlers: this.handlers, schedules: this.schedules };
  }
}

export interface RecurringTask {
  task: string;
  /** A cron pattern, in UTC. */
  match: string;
}
