import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { parseCronItems, run, type ParsedCronItem, type Runner, type TaskList } from 'graphile-worker';
import pg from 'pg';
import { AppConfig } from '../config/app-config.js';
import { DATABASE_OPTIONS, type DatabaseOptions } from '../database/prisma.service.js';
import { JobQueue } from './job-queue.js';
import { workerLogger } from './worker-logger.js';

/** Names the runner's connections in pg_stat_activity. */
export const JOBS_APPLICATION_NAME = 'podium-jobs';
const RESTART_DELAY_MS = 5_000;

/**
 * The graphile-worker runner of this process, on its own small pool (one connection LISTENs,
 * the others fetch and complete jobs; handlers use Prisma). Several processes may run one on
 * the same database: graphile-worker locks each job, so it runs once.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobRunner.name);
  private runner: Runner | null = null;
  private pool: pg.Pool | null = null;
  private taskList: TaskList = {};
  private cronItems: ParsedCronItem[] = [];
  private stopping = false;

  constructor(
    private readonly queue: JobQueue,
    private readonly config: AppConfig,
    @Inject(DATABASE_OPTIONS) private readonly database: DatabaseOptions,
  ) {}

  get running(): boolean {
    return this.runner !== null;
  }

  async onApplicationBootstrap(): Promise<void> {
    const { handlers, schedules } = this.queue.seal();
    const { enabled, skip } = this.config.jobs;
    const unknown = skip.filter((task) => !handlers.has(task));
    if (unknown.length) {
      throw new Error(
        `JOBS_SKIP names no task of this server: ${unknown.join(', ')} (its tasks: ${[...handlers.keys()].sort().join(', ')})`,
      );
    }
    if (!enabled) return;
    const taskList: TaskList = {};
    for (const [name, handler] of handlers) {
      if (skip.includes(name)) continue;
      taskList[name] = (payload, helpers) =>
        handler(payload, {
          jobId: helpers.job.id,
          attempt: helpers.job.attempts,
          maxAttempts: helpers.job.max_attempts,
          signal: helpers.abortSignal,
        });
    }
    this.taskList = taskList;
    this.cronItems = parseCronItems(
      schedules.filter(({ task }) => !skip.includes(task)).map(({ task, match }) => ({ task, match, identifier: task })),
    );
    // graphile-worker fetches only jobs of the tasks it is given: skipped ones wait for another process.
    if (Object.keys(taskList).length) await this.start();
  }

  private async start(): Promise<void> {
    const { concurrency, pollIntervalMs } = this.config.jobs;
    const pool = new pg.Pool({
      connectionString: this.database.url,
      max: concurrency + 1,
      connectionTimeoutMillis: this.database.acquireTimeoutMs,
      statement_timeout: this.database.statementTimeoutMs,
      application_name: JOBS_APPLICATION_NAME,
    });
    // A connection dropped by the server must not crash the process; graphile-worker reconnects.
    const lost = (error: Error) => {
      this.logger.warn(`Job queue connection lost: ${error.message}`);
    };
    pool.on('error', lost);
    pool.on('connect', (client) => client.on('error', lost));
    try {
      this.runner = await run({
        pgPool: pool,
        taskList: this.taskList,
        parsedCronItems: this.cronItems,
        concurrency,
        pollInterval: pollIntervalMs,
        noHandleSignals: true,
        // Completions go through graphile-worker's batcher, which retries and, when the database
        // stays away, stops the runner instead of leaving a promise nobody handles.
        preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
        logger: workerLogger('JobQueue'),
      });
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    this.pool = pool;
    const runner = this.runner;
    runner.promise.catch((error: unknown) => {
      this.logger.error(`Job runner stopped: ${(error as Error).message}; restarting in ${RESTART_DELAY_MS} ms`);
      if (this.runner !== runner || this.stopping) return;
      this.runner = null;
      void pool.end().catch(() => undefined);
      setTimeout(() => {
        if (this.stopping) return;
        this.start().catch((restartError: unknown) => {
          this.logger.error(`Job runner restart failed: ${String(restartError)}`);
        });
      }, RESTART_DELAY_MS).unref();
    });
    const skipped = this.config.jobs.skip.length ? `; left to other processes: ${this.config.jobs.skip.join(', ')}` : '';
    this.logger.log(`Job runner started (${Object.keys(this.taskList).length} tasks, concurrency ${concurrency}${skipped})`);
  }

  /** Before Prisma closes (this module sits above the database's): running jobs finish first. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    const runner = this.runner;
    const pool = this.pool;
    this.runner = null;
    this.pool = null;
    if (runner) await runner.stop();
    if (pool) await pool.end().catch(() => undefined);
  }
}
