import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { DATABASE_OPTIONS, type DatabaseOptions } from '../../database/prisma.service.js';

const CHANNEL = 'podium_response_cache';

/**
 * The response cache's generation: part of every cache key, bumped after every write. A
 * bump is broadcast to the other API instances with PostgreSQL NOTIFY, so no instance
 * serves a response cached before a write another instance made.
 */
@Injectable()
export class CacheGeneration implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CacheGeneration.name);
  private readonly instanceId = randomUUID();
  private generation = 0;
  private listener: pg.Client | null = null;

  constructor(@Inject(DATABASE_OPTIONS) private readonly database: DatabaseOptions) {}

  get current(): number {
    return this.generation;
  }

  async onModuleInit(): Promise<void> {
    const client = new pg.Client({ connectionString: this.database.url, connectionTimeoutMillis: this.database.acquireTimeoutMs });
    client.on('notification', (message) => {
      if (message.payload !== this.instanceId) this.generation += 1;
    });
    // A lost listener would let this instance serve stale pages: drop the cache and say so.
    client.on('error', (error) => {
      this.logger.error(`Cache invalidation listener failed: ${error.message}`);
      this.generation += 1;
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.listener = client;
    } catch (error) {
      this.logger.warn(`Cache invalidation listener not started: ${(error as Error).message}`);
      await client.end().catch(() => undefined);
    }
  }

  async bump(): Promise<void> {
    this.generation += 1;
    await this.listener?.query('SELECT pg_notify($1, $2)', [CHANNEL, this.instanceId]);
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
  }
}
