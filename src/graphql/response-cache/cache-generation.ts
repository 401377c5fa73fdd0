import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { DATABASE_OPTIONS, type DatabaseOptions } from '../../database/prisma.service.js';

/** The NOTIFY channel of cache invalidation; any payload but an instance's own id moves that instance's generation on. */
export const CACHE_INVALIDATION_CHANNEL = 'podium_response_cache';
const CHANNEL = CACHE_INVALIDATION_CHANNEL;
/** Names the LISTEN connection in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'podium-cache-listener';
const FIRST_RETRY_MS = 250;
const LONGEST_RETRY_MS = 30_000;

export type ListenerState = 'listening' | 'reconnecting' | 'stopped';

/**
 * The response cache's generation: part of every cache key, bumped after every write. A
 * bump is broadcast to the other API instances with PostgreSQL NOTIFY, so no instance
 * serves a response cached before a write another instance made.
 *
 * The LISTEN connection reconnects by itself with backoff. While it is down this instance
 * cannot hear the others' writes, so `trusted` is false and the cache is bypassed; once it
 * is back the generation moves on, so nothing cached before the gap is served again.
 */
@Injectable()
export class CacheGeneration implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CacheGeneration.name);
  private readonly instanceId = randomUUID();
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

  /** Moves the generation on and tells the other instances. Never throws: the write it follows has committed. */
  async bump(): Promise<void> {
    this.generation += 1;
    const listener = this.listener;
    if (!listener) return;
    try {
      await listener.query('SELECT pg_notify($1, $2)', [CHANNEL, this.instanceId]);
    } catch (error) {
      this.lost(listener, error as Error);
    }
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
    client.on('notification', (message) => {
      if (message.payload === this.instanceId) return;
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
