import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import type { Prisma } from '../generated/prisma/client.js';
import type { RequestContext } from '../graphql/request-context.js';
import { hydratePage, type StoredPage } from './page-document.js';
import { type HeldPage, type PageRow, ReadDocumentsRepository } from './read-documents.repository.js';

/** Thrown inside the document path when a page is not FRESH: the operation runs on the live path instead. */
export class PageUnavailable extends Error {
  constructor(readonly page: string) {
    super(`Page ${page} is not built yet`);
  }
}

/** The pages one request read (or tried to), for the response cache's tags. */
export interface PagesRead {
  pages: Set<string>;
  /** A page it needed was missing or stale: the answer came from the live path. */
  unavailable: boolean;
  /** Every page it touched has a row (so its dependencies are known), fresh or not. */
  known: boolean;
}

const reads = new WeakMap<object, PagesRead>();

/** What the request has read of stored pages so far; created on first use. */
export function pagesReadBy(context: object): PagesRead {
  let read = reads.get(context);
  if (!read) {
    read = { pages: new Set(), unavailable: false, known: true };
    reads.set(context, read);
  }
  return read;
}

export function hasReadPages(context: object): boolean {
  return reads.has(context);
}

type Page = Record<string, unknown>;

/** Where the document path's lookups go: the database, unless a module provides another (the benchmark's typed baseline reads from memory). */
export interface PageSource {
  lookup(kind: string, keys: Prisma.Sql, held: HeldPage | null): Promise<PageRow | null>;
  findMany(kind: string, keys: readonly string[], held: readonly number[]): Promise<PageRow[]>;
}
export const PAGE_SOURCE = Symbol('PAGE_SOURCE');

interface HeldEntry {
  generation: number;
  page: Page;
  /** Length of the stored text it was parsed from: what the memory bound counts. */
  textLength: number;
}

/** Memory for pages kept parsed, in bytes of their stored text (a parsed page takes a few times that). */
const HELD_TEXT_BYTES = 24 * 1024 * 1024;

/**
 * The document path's access to stored pages: one lookup statement per root, and pages by key
 * batched per request. Pages are kept parsed in memory by generation: the statement still
 * runs (it says whether the page is fresh), but a page this instance holds is not sent again.
 * A page that is missing or not FRESH makes the whole operation fall back to the live path
 * (PageUnavailable); a missing one is queued for building.
 */
@Injectable()
export class PageReader {
  private readonly logger = new Logger(PageReader.name);
  private readonly held = new LRUCache<string, HeldEntry>({
    maxSize: HELD_TEXT_BYTES,
    sizeCalculation: (entry) => Math.max(1, entry.textLength),
  });
  /** Which page a lookup (kind, query and values) found last time. */
  private readonly found = new LRUCache<string, string>({ max: 100_000 });

  private readonly source: PageSource;

  constructor(
    private readonly repository: ReadDocumentsRepository,
    @Optional() @Inject(PAGE_SOURCE) source?: PageSource,
  ) {
    this.source = source ?? repository;
  }

  /** The page of the entity `keys` finds; null when there is no such public entity. */
  async one(context: RequestContext, kind: string, keys: Prisma.Sql): Promise<Page | null> {
    const lookup = `${kind}\n${keys.text}\n${JSON.stringify(keys.values)}`;
    const lastFound = this.found.get(lookup);
    const held = lastFound ? this.held.get(lastFound) : undefined;
    const row = await this.source.lookup(
      kind,
      keys,
      lastFound && held ? { key: lastFound.slice(kind.length + 1), generation: held.generation } : null,
    );
    if (!row) return null;
    this.found.set(lookup, `${kind}:${row.key}`);
    await this.requestIfMissing(kind, row);
    return this.use(context, kind, row);
  }

  /** Pages by entity key: the keys asked for in one tick share one statement. */
  async byKey(context: RequestContext, kind: string, key: string): Promise<Page> {
    const loader = context.loaders.get(
      `read-model.page.${kind}`,
      () =>
        new DataLoader<string, PageRow>(async (keys) => {
          const held = keys.map((k) => this.held.get(`${kind}:${k}`)?.generation ?? -1);
          const rows = new Map((await this.source.findMany(kind, keys, held)).map((row) => [row.key, row]));
          return keys.map((k) => rows.get(k) ?? { key: k, state: null, generation: null, text: null });
        }),
    );
    const row = await loader.load(key);
    await this.requestIfMissing(kind, row);
    return this.use(context, kind, row);
  }

  /** A page never built is queued before the request falls back, so that the next read may find it. */
  private async requestIfMissing(kind: string, row: PageRow): Promise<void> {
    if (row.state !== null) return;
    await this.repository.request(kind, row.key).catch((error: unknown) => {
      this.logger.warn(`Could not queue page ${kind}:${row.key} for building: ${(error as Error).message}`);
    });
  }

  private use(context: RequestContext, kind: string, row: PageRow): Page {
    const page = `${kind}:${row.key}`;
    const read = pagesReadBy(context);
    read.pages.add(page);
    if (row.state === 'FRESH' && row.generation !== null) {
      const parsed = row.text === null ? this.held.get(page) : this.hold(page, row.generation, row.text);
      if (parsed?.generation === row.generation) return parsed.page;
    }
    read.unavailable = true;
    if (row.state === null) read.known = false;
    throw new PageUnavailable(page);
  }

  private hold(page: string, generation: number, text: string): HeldEntry {
    const entry = { generation, page: hydratePage(JSON.parse(text) as StoredPage), textLength: text.length };
    this.held.set(page, entry);
    return entry;
  }
}
