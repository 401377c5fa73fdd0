import { LRUCache } from 'lru-cache';

/** A cached answer: the serialized response body and what it was built from. */
export interface CachedResponse {
  body: string;
  /** Pages and lists the answer read ("Article:<id>", "StoriesAbout:PERSON:<id>"). */
  tags: string[];
}

/**
 * Where answers read from stored pages are kept, shared by every instance when it is Redis.
 * Invalidation is by tag: each instance drops the answers of the tags it hears about.
 */
export interface ResponseStore {
  get(key: string): Promise<CachedResponse | undefined>;
  set(key: string, value: CachedResponse, ttlSeconds: number): Promise<void>;
  /** Drops every answer carrying one of the tags. */
  invalidate(tags: readonly string[]): Promise<void>;
  /** Drops every answer. */
  clear(): Promise<void>;
  close(): Promise<void>;
}

/** Answers in this process's memory, bounded by size, each tag indexing the keys that carry it. */
export class MemoryResponseStore implements ResponseStore {
  private readonly byTag = new Map<string, Set<string>>();
  private readonly entries: LRUCache<string, CachedResponse>;

  constructor(maxBytes: number) {
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: Math.max(maxBytes, 1),
      sizeCalculation: (value, key) => value.body.length + key.length + 64,
      dispose: (value, key) => {
        this.unindex(key, value.tags);
      },
    });
  }

  get(key: string): Promise<CachedResponse | undefined> {
    return Promise.resolve(this.entries.get(key));
  }

  set(key: string, value: CachedResponse, ttlSeconds: number): Promise<void> {
    this.entries.set(key, value, { ttl: ttlSeconds * 1000 });
    if (this.entries.has(key)) {
      for (const tag of value.tags) {
        const keys = this.byTag.get(tag) ?? new Set<string>();
        keys.add(key);
        this.byTag.set(tag, keys);
      }
    }
    return Promise.resolve();
  }

  invalidate(tags: readonly string[]): Promise<void> {
    for (const tag of tags) {
      const keys = this.byTag.get(tag);
      if (!keys) continue;
      for (const key of [...keys]) this.entries.delete(key);
      this.byTag.delete(tag);
    }
    return Promise.resolve();
  }

  clear(): Promise<void> {
    this.entries.clear();
    this.byTag.clear();
    return Promise.resolve();
  }

  close(): Promise<void> {
    return this.clear();
  }

  private unindex(key: string, tags: readonly string[]): void {
    for (const tag of tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
  }
}
