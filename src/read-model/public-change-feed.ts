import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { DATABASE_OPTIONS, type DatabaseOptions } from '../database/prisma.service.js';
import { PUBLIC_CHANGE_CHANNEL, type PublicChangeNotice } from './public-change.js';

/** Names the LISTEN connection in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'podium-change-listener';
const FIRST_RETRY_MS = 250;
const LONGEST_RETRY_MS = 30_000;
const SYNC_TIMEOUT_MS = 2_000;

export type ListenerState = 'listening' | 'reconnecting' | 'stopped';

/**
 * This instance's ear on public changes: every committed write that readers can see sends a
 * NOTIFY (recordPublicChange), and so does every page rebuild. The response cache drops what
 * a notice names; `generation` moves on at every write, for answers that depend on anything.
 *
 * The LISTEN connection reconnects by itself with backoff. While it is down this instance
 * cannot hear the others' writes, so `trusted` is false and caches are bypassed; once it is
 * back the generation moves on and `reset` is emitted, so nothing kept from before the gap is
 * served again.
 */
@Injectable()
export class PublicChangeFeed implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(PublicChangeFeed.name);
  private generationValue = 0;
  private listener: pg.Client | null = null;
  private failures = 0;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly syncs = new Map<string, () => void>();
  /** `change` for each notice heard; `reset` when notices may have been missed. */
  readonly events = new EventEmitter<{ change: [PublicChangeNotice]; reset: [] }>();

  constructor(@Inject(DATABASE_OPTIONS) private readonly database: DatabaseOptions) {
    this.events.setMaxListeners(50);
  }

  /** Moves on at every public write this instance hears of (and after a gap in listening). */
  get generation(): number {
    return this.generationValue;
  }

  /** False while this instance may have missed a write: cached answers must not be used. */
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

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    for (const release of this.syncs.values()) release();
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  /**
   * Resolves once this instance has heard every notice committed before the call: PostgreSQL
   * delivers notices in commit order, so hearing a token sent now means the earlier ones are
   * in. A mutation waits for it before answering, so its client reads its own write.
   */
  async sync(): Promise<void> {
    const listener = this.listener;
    if (!listener) return;
    const token = randomUUID();
    const heard = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.syncs.delete(token);
        resolve();
      }, SYNC_TIMEOUT_MS);
      timer.unref();
      this.syncs.set(token, () => {
        clearTimeout(timer);
        this.syncs.delete(token);
        resolve();
      });
    });
    const notice: PublicChangeNotice = { write: false, pages: [], sync: token };
    try {
      await listener.query('SELECT pg_notify($1, $2)', [PUBLIC_CHANGE_CHANNEL, JSON.stringify(notice)]);
    } catch {
      this.syncs.get(token)?.();
    }
    await heard;
  }

  private heard(payload: string | undefined): void {
    let notice: PublicChangeNotice;
    try {
      notice = JSON.parse(payload ?? '') as PublicChangeNotice;
    } catch {
      notice = { write: true, pages: null };
    }
    if (notice.sync !== undefined) {
      this.syncs.get(notice.sync)?.();
      return;
    }
    if (notice.write) this.generationValue += 1;
    this.events.emit('change', notice);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.database.url,
      connectionTimeoutMillis: this.database.acquireTimeoutMs,
      application_name: LISTENER_APPLICATION_NAME,
    });
    client.on('notification', (message) => {
      this.heard(message.payload);
    });
    client.on('error', (error) => {
      this.lost(client, error);
    });
    client.on('end', () => {
      this.lost(client, new Error('connection ended'));
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${PUBLIC_CHANGE_CHANNEL}`);
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      this.logger.warn(`Public change listener not connected: ${(error as Error).message}`);
      this.reconnectLater();
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    // Writes made elsewhere while nobody listened are unknown: start afresh.
    this.generationValue += 1;
    this.events.emit('reset');
    this.failures = 0;
    this.listener = client;
  }

  private lost(client: pg.Client, error: Error): void {
    if (this.listener !== client || this.stopped) return;
    this.listener = null;
    this.generationValue += 1;
    this.events.emit('reset');
    this.logger.warn(`Public change listener lost (${error.message}): bypassing cached answers until it is back`);
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
