import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../jobs/job-queue.js';
import { AppConfig } from '../config/app-config.js';
import { PageBuilder } from './page-builder.js';
import { REBUILD_TASK } from './public-change.js';
import { ReadDocumentsRepository } from './read-documents.repository.js';

/** Pages claimed per round; each kind's are built together, this many per execution. */
const CLAIM = 100;
const PER_BUILD = 25;
export const READ_MODEL_HOUSEKEEPING_TASK = 'housekeeping.read-model';

/**
 * Rebuilds STALE pages in the background: one job at a time (its key), which claims pages
 * oldest first and builds them until none is left, logging its progress. It is queued by
 * every write that made a page STALE, at start when some wait, and hourly.
 */
@Injectable()
export class RebuildTask implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(RebuildTask.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly builder: PageBuilder,
    private readonly pages: ReadDocumentsRepository,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queue.register(REBUILD_TASK, async (_payload, job) => {
      await this.run(job.signal);
    });
    this.queue.repeat(READ_MODEL_HOUSEKEEPING_TASK, '41 * * * *', async () => {
      await this.pages.sweepChanges();
      if (await this.pages.anyStale()) await this.pages.queueRebuild();
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs.enabled) return;
    if (await this.pages.anyStale()) await this.pages.queueRebuild();
  }

  /** Builds every STALE page there is; returns how many it built. */
  async run(signal?: AbortSignal): Promise<number> {
    let built = 0;
    let lastReport = Date.now();
    for (;;) {
      if (signal?.aborted) break;
      const claimed = await this.pages.claimStale(CLAIM);
      if (!claimed.length) break;
      const byKind = new Map<string, string[]>();
      for (const { kind, key } of claimed) byKind.set(kind, [...(byKind.get(kind) ?? []), key]);
      for (const [kind, keys] of byKind) {
        for (let i = 0; i < keys.length; i += PER_BUILD) await this.builder.buildMany(kind, keys.slice(i, i + PER_BUILD));
      }
      built += claimed.length;
      if (Date.now() - lastReport > 10_000) {
        lastReport = Date.now();
        this.logger.log(`Rebuilt ${built} pages so far`);
      }
    }
    if (built) this.logger.log(`Rebuilt ${built} pages`);
    // Pages whose build failed wait out a backoff: come back for them when it ends.
    await this.pages.queueRetry();
    return built;
  }
}
