import { EventEmitter } from 'node:events';
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { DATABASE_OPTIONS, type DatabaseOptions } from '../../database/prisma.service.js';

/** The NOTIFY channel of cache invalidation: every committed write that readers can see sends one (recordAudit), and each instance moves its generation on. */
export const CACHE_INVALIDATION_CHANNEL = 'podium_response_cache';
const CHANNEL = CACHE_INVALIDATION_CHANNEL;
/** Names the LISTEN connection in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'podium-cache-listener';
const FIRST_RETRY_MS = 250;
const LONGEST_RETRY_MS = 30_000;

export type ListenerState = 'listening' | 'reconnecting' | 'stopped';

/**
 * The response cache's generation: part of every cache key, moved on after every write.
 * Writes send a NOTIFY in their own transaction (recordAudit), heard by every API instance
 * when the write commits, so no instance serves a response cached before a write another
 * instance made; the writing instance also moves on as it answers the mutation.
 *
 * The LISTEN connection reconnects by itself with backoff. While it is down this instance
 * cannot hear the others' writes, so `trusted` is false and the cache is bypassed; once it
 * is back the generation moves on, so nothing cached before the gap is served again.
 */
@Injectable()
export class CacheGeneration implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CacheGeneration.name);
  private generation = 0;
  private listener: pg.Client | null = null;
  private failures = 0;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;
  /** Emits `heard` after a write of another instance moved the generation on. */
  readonly events = new EventEmitter<{ heard: [] }>();

  constructor(@Inject(DATABASE_OPTIONS) private readonly database: DatabaseOptions) {}

  get current(): number {
    return this.generation;
  }

  /** False while this instance may have missed another's write: cached answers must not be used. */
  get trusted(): boolean {
    return this.listener !== null;
  }

  get state(): ListenerState {
    if (this.stopped) return 'stopped';
    return this.listener ? 'listening' : 'reconnecting';
  }

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  /**
   * Moves this instance's generation on at once, for a client reading its own write. The other
   * instances (and this one) hear of the write from the NOTIFY its transaction sent
   * (recordAudit), delivered when it commits.
   */
  advance(): void {
    this.generation += 1;
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.database.url,
      connectionTimeoutMillis: this.database.acquireTimeoutMs,
      application_name: LISTENER_APPLICATION_NAME,
    });
    client.on('notification', () => {
      this.generation += 1;
      this.events.emit('heard');
    });
    client.on('error', (error) => {
      this.lost(client, error);
    });
    client.on('end', () => {
      this.lost(client, new Error('connection ended'));
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      this.logger.warn(`Cache invalidation listener not connected: ${(error as Error).message}`);
      this.reconnectLater();
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    // Writes made elsewhere while nobody listened are unknown: start a new generation.
    this.generation += 1;
    this.failures = 0;
    this.listener = client;
  }

  private lost(client: pg.Client, error: Error): void {
    if (this.listener !== client || this.stopped) return;
    this.listener = null;
    this.generation += 1;
    this.logger.warn(`Cache invalidation listener lost (${error.message}): bypassing the response cache until it is back`);
    client.removeAllListeners('end');
    void client.end().catch(() => undefined);
    this.reconnectLater();
  }

  private reconnectLater(): void {
    if (this.stopped) return;
    const delay = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** this.failures++);
    this.retry = setTimeout(() => void this.listen(), delay);
    this.retry.unref();
  }
}
