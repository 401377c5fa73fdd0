import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DATABASE_OPTIONS, type DatabaseOptions } from '../../database/prisma.service.js';
import { AppConfig } from '../../config/app-config.js';
import { PublicChangeFeed } from '../../read-model/public-change-feed.js';
import type { PublicChangeNotice } from '../../read-model/public-change.js';
import { RedisResponseStore } from './redis-response-store.js';
import { type CachedResponse, MemoryResponseStore, type ResponseStore } from './response-store.js';

const MAX_TRACKED_TAGS = 100_000;

/** What a lookup decided, kept until the answer is stored. */
export interface CacheTicket {
  key: string;
  /** Answers from stored pages are kept by tag (shared with Redis); any other answer by generation. */
  path: 'pages' | 'live';
  /** The change counter when the request started: an answer is not stored if its tags changed since. */
  epoch: number;
  generation: number;
}

/**
 * The response cache. An answer read from stored pages carries the pages (and story lists) it
 * read as tags, and is dropped when a notice names one of them: correcting one race drops the
 * pages that show it, not every page. Any other answer is kept under the generation, which
 * every public write moves on. Nothing is stored that a notice heard during its request could
 * have made wrong, and nothing is used while notices may have been missed.
 */
@Injectable()
export class ResponseCache implements OnModuleInit, OnModuleDestroy {
  private readonly ttlSeconds: number;
  /** With a read replica: how long after a write its answers are not kept (they may predate it). */
  private readonly replicaLagMs: number;
  private lastWriteAt = 0;
  private readonly pages: ResponseStore;
  private readonly live: MemoryResponseStore;
  private epoch = 0;
  private everythingEpoch = 0;
  private readonly tagEpochs = new Map<string, number>();
  private readonly onChange = (notice: PublicChangeNotice) => void this.heard(notice);
  private readonly onReset = () => void this.resetAll();

  constructor(
    config: AppConfig,
    private readonly feed: PublicChangeFeed,
    @Inject(DATABASE_OPTIONS) database: DatabaseOptions,
  ) {
    const { ttlSeconds, maxBytes, redisUrl } = config.responseCache;
    this.ttlSeconds = ttlSeconds;
    this.replicaLagMs = config.database.readUrl ? config.database.readMaxLagMs : 0;
    this.live = new MemoryResponseStore(maxBytes);
    this.pages = ttlSeconds > 0 && redisUrl ? new RedisResponseStore(redisUrl, databaseNamespace(database.url)) : this.live;
  }

  get enabled(): boolean {
    return this.ttlSeconds > 0;
  }

  /** Whether cached answers may be used now (the change listener is up). */
  get trusted(): boolean {
    return this.feed.trusted;
  }

  onModuleInit(): void {
    this.feed.events.on('change', this.onChange);
    this.feed.events.on('reset', this.onReset);
  }

  async onModuleDestroy(): Promise<void> {
    this.feed.events.off('change', this.onChange);
    this.feed.events.off('reset', this.onReset);
    await this.pages.close();
    if (this.pages !== this.live) await this.live.close();
  }

  ticket(path: CacheTicket['path'], parts: unknown[]): CacheTicket {
    const generation = this.feed.generation;
    const hash = createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
    return { key: path === 'pages' ? `p:${hash}` : `l:${generation}:${hash}`, path, epoch: this.epoch, generation };
  }

  async get(ticket: CacheTicket): Promise<CachedResponse | undefined> {
    return ticket.path === 'pages' ? this.pages.get(ticket.key) : this.live.get(ticket.key);
  }

  /** Stores the answer unless something it depends on changed while it was being computed. */
  async set(ticket: CacheTicket, body: string, tags: string[]): Promise<boolean> {
    if (this.replicaLagMs > 0 && Date.now() - this.lastWriteAt < this.replicaLagMs) return false;
    if (ticket.path === 'live') {
      if (this.feed.generation !== ticket.generation) return false;
      await this.live.set(ticket.key, { body, tags: [] }, this.ttlSeconds);
      return true;
    }
    if (this.everythingEpoch > ticket.epoch || tags.some((tag) => (this.tagEpochs.get(tag) ?? 0) > ticket.epoch)) return false;
    await this.pages.set(ticket.key, { body, tags }, this.ttlSeconds);
    return true;
  }

  private async heard(notice: PublicChangeNotice): Promise<void> {
    this.epoch += 1;
    if (notice.write) this.lastWriteAt = Date.now();
    if (notice.pages === null || notice.keys === null) {
      this.everythingEpoch = this.epoch;
      this.tagEpochs.clear();
      await this.pages.clear();
      return;
    }
    const tags = [...notice.pages, ...(notice.keys ?? [])];
    // Bounded: past the limit every tag counts as changed now, which only skips a few stores.
    if (this.tagEpochs.size > MAX_TRACKED_TAGS) {
      this.tagEpochs.clear();
      this.everythingEpoch = this.epoch;
    }
    for (const tag of tags) this.tagEpochs.set(tag, this.epoch);
    if (tags.length) await this.pages.invalidate(tags);
  }

  private async resetAll(): Promise<void> {
    this.epoch += 1;
    this.everythingEpoch = this.epoch;
    this.tagEpochs.clear();
    await this.live.clear();
    if (this.pages !== this.live) await this.pages.clear();
  }
}

/** Instances on one database share cached answers; those of another database never see them. */
function databaseNamespace(url: string): string {
  const { hostname, port, pathname } = new URL(url);
  return createHash('sha256').update(`${hostname}:${port}${pathname}`).digest('hex').slice(0, 16);
}
