import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { CachedResponse, ResponseStore } from './response-store.js';

/**
 * Answers in Redis, shared by every instance: each answer under its key with a TTL, and a set
 * per tag holding the keys that carry it (expiring with the longest answer in it). Redis
 * runs one connection's commands in order, so an answer stored before this instance drops its
 * tag is dropped too. A Redis that is away makes reads miss and writes do nothing: answers
 * then come from the server, never wrong.
 */
export class RedisResponseStore implements ResponseStore {
  private readonly logger = new Logger(RedisResponseStore.name);
  private readonly redis: Redis;
  private failing = false;
  private readonly prefix: string;
  private readonly tagPrefix: string;

  /** `namespace` keeps apart deployments (databases) that share one Redis. */
  constructor(url: string, namespace: string) {
    this.prefix = `podium:${namespace}:response:`;
    this.tagPrefix = `podium:${namespace}:tag:`;
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false });
    this.redis.on('error', (error: Error) => {
      this.failed(error);
    });
    this.redis.on('ready', () => {
      if (this.failing) this.logger.log('Redis is back: answers are cached again');
      this.failing = false;
    });
  }

  async get(key: string): Promise<CachedResponse | undefined> {
    try {
      const text = await this.redis.get(this.prefix + key);
      return text ? (JSON.parse(text) as CachedResponse) : undefined;
    } catch (error) {
      this.failed(error as Error);
      return undefined;
    }
  }

  async set(key: string, value: CachedResponse, ttlSeconds: number): Promise<void> {
    try {
      const multi = this.redis.multi().set(this.prefix + key, JSON.stringify(value), 'EX', ttlSeconds);
      for (const tag of value.tags)
        multi
          .sadd(this.tagPrefix + tag, key)
          .expire(this.tagPrefix + tag, ttlSeconds, 'GT')
          .expire(this.tagPrefix + tag, ttlSeconds, 'NX');
      await multi.exec();
    } catch (error) {
      this.failed(error as Error);
    }
  }

  async invalidate(tags: readonly string[]): Promise<void> {
    if (!tags.length) return;
    try {
      const sets = tags.map((tag) => this.tagPrefix + tag);
      const keys = await this.redis.sunion(...sets);
      const multi = this.redis.multi();
      if (keys.length) multi.unlink(...keys.map((key) => this.prefix + key));
      await multi.unlink(...sets).exec();
    } catch (error) {
      this.failed(error as Error);
    }
  }

  async clear(): Promise<void> {
    try {
      for (const pattern of [`${this.prefix}*`, `${this.tagPrefix}*`]) {
        let cursor = '0';
        do {
          const [next, keys] = await this.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
          cursor = next;
          if (keys.length) await this.redis.unlink(...keys);
        } while (cursor !== '0');
      }
    } catch (error) {
      this.failed(error as Error);
    }
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => {
      this.redis.disconnect();
    });
  }

  private failed(error: Error): void {
    if (this.failing) return;
    this.failing = true;
    this.logger.warn(`Redis response cache unavailable (${error.message}): answers come from the server until it is back`);
  }
}
