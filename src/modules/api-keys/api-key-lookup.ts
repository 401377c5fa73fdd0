import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { secretHash } from '../../auth/secret-token.js';
import { ViewerResolver } from '../../auth/viewer-resolver.js';
import type { ApiKeyViewer } from '../../auth/viewer.js';
import { ApiKeysRepository } from './api-keys.repository.js';

/** How long a key's lookup is reused: a key revoked on another server process works this long there. */
export const API_KEY_CACHE_MS = 5_000;
/** lastUsedAt is written at most this often per key. */
export const LAST_USED_EVERY_MS = 60_000;
/** Entries kept at most, so that a flood of made-up keys cannot grow memory without bound. */
const MAX_ENTRIES = 10_000;
export const API_KEY_FORMAT = /^pk_[0-9a-f]{10}_[A-Za-z0-9_-]{43}$/;

interface Entry {
  viewer: Promise<ApiKeyViewer | null>;
  until: number;
  /** Set once the lookup found a key. */
  keyId?: string;
}

/**
 * Finds the viewer of an `X-Api-Key` by the key's SHA-256, keeping the answer (a miss too) for
 * a few seconds: reads with a key make no database round trip per request.
 */
@Injectable()
export class ApiKeyLookup implements OnModuleInit {
  private readonly logger = new Logger(ApiKeyLookup.name);
  private readonly entries = new Map<string, Entry>();
  private readonly lastUsedWritten = new Map<string, number>();

  constructor(
    private readonly repository: ApiKeysRepository,
    private readonly viewers: ViewerResolver,
  ) {}

  onModuleInit(): void {
    this.viewers.useApiKeys((key) => this.lookup(key));
  }

  async lookup(key: string): Promise<ApiKeyViewer | null> {
    if (!API_KEY_FORMAT.test(key)) return null;
    const hash = secretHash(key);
    const now = Date.now();
    let entry = this.entries.get(hash);
    if (!entry || entry.until <= now) {
      const created: Entry = { viewer: this.find(hash), until: now + API_KEY_CACHE_MS };
      void created.viewer.then(
        (found) => (created.keyId = found?.keyId),
        () => undefined,
      );
      entry = created;
      if (this.entries.size >= MAX_ENTRIES) this.evictOldest();
      this.entries.set(hash, entry);
    }
    let viewer: ApiKeyViewer | null;
    try {
      viewer = await entry.viewer;
    } catch (error) {
      // A failed lookup is not an answer to keep.
      if (this.entries.get(hash) === entry) this.entries.delete(hash);
      throw error;
    }
    if (viewer) this.touch(viewer.keyId, now);
    return viewer;
  }

  /** A key revoked here stops working here at once. */
  forget(keyId: string): void {
    for (const [hash, entry] of this.entries) if (entry.keyId === keyId) this.entries.delete(hash);
  }

  private async find(hash: string): Promise<ApiKeyViewer | null> {
    const row = await this.repository.findActiveByHash(hash);
    return row ? { kind: 'apiKey', keyId: row.id, scopes: row.scopes } : null;
  }

  private evictOldest(): void {
    const oldest = this.entries.keys().next();
    if (!oldest.done) this.entries.delete(oldest.value);
  }

  private touch(keyId: string, now: number): void {
    const last = this.lastUsedWritten.get(keyId);
    if (last !== undefined && now - last < LAST_USED_EVERY_MS) return;
    this.lastUsedWritten.set(keyId, now);
    this.repository.touch(keyId, new Date(now), LAST_USED_EVERY_MS).catch((error: unknown) => {
      this.logger.warn(`Could not record the use of API key ${keyId}: ${(error as Error).message}`);
    });
  }
}
