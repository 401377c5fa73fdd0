import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import { AppConfig } from '../config/app-config.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { RequestContext } from '../graphql/request-context.js';
import { hydratePage, type StoredPage } from './page-document.js';
import { type HeldPage, type LookupResult, type PageRow, type ReadAhead, ReadDocumentsRepository } from './read-documents.repository.js';

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
const requests = new WeakMap<object, RequestReads>();

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
  lookup(kind: string, keys: Prisma.Sql, held: HeldPage | null, ahead: ReadAhead): Promise<LookupResult>;
  findMany(kind: string, keys: readonly string[], held: readonly number[]): Promise<PageRow[]>;
}
export const PAGE_SOURCE = Symbol('PAGE_SOURCE');

interface HeldEntry {
  generation: number;
  page: Page;
  /** Length of the stored text it was parsed from: what the memory bound counts. */
  textLength: number;
}

/** A lookup as the reader names it: kind, query text and values. */
interface Lookup {
  id: string;
  kind: string;
  keys: Prisma.Sql;
}

/**
 * What a request read after its first lookup, to be read with that lookup by the next request
 * that begins with it: a story's results table leads to the unit's page, a competition's
 * `event(key)` to a lookup of its own. Each is read exactly as it would be later (the same
 * query), so a wrong guess costs a row, never a wrong answer.
 */
interface Following {
  lookups: Lookup[];
  pages: { kind: string; key: string }[];
  seen: Set<string>;
}

/** What one request has of the read-ahead: its first lookup and what came with it. */
interface RequestReads {
  first: string | null;
  following: Following | null;
  lookups: Map<string, PageRow | null>;
}

/** A read-ahead whose lookups keep the reader's names for them. */
type RequestReadAhead = Omit<ReadAhead, 'lookups'> & { lookups: (Lookup & { held: HeldPage | null })[] };
const NOTHING_AHEAD_OF_A_REQUEST: RequestReadAhead = { lookups: [], pages: [] };

export const lookupId = (kind: string, keys: Prisma.Sql): string => `${kind}\n${keys.text}\n${JSON.stringify(keys.values)}`;

/** Reads ahead are bounded per first lookup: the statement stays small whatever a request did. */
const MAX_FOLLOWING = 16;

/**
 * The document path's access to stored pages: one lookup statement per root, and pages by key
 * batched per request; what a request read after its first lookup is read with that lookup
 * the next time (so a story and its results table's unit are one statement). Pages are kept
 * parsed in memory by generation: the statement still runs (it says whether the page is
 * fresh), but a page this instance holds is not sent again.
 * A page that is missing or not FRESH makes the whole operation fall back to the live path
 * (PageUnavailable); a missing one is queued for building.
 */
@Injectable()
export class PageReader {
  private readonly logger = new Logger(PageReader.name);
  /** Pages kept parsed, bounded by the length of their stored text (READ_MODEL_HELD_MB). */
  private readonly held: LRUCache<string, HeldEntry>;
  /** Which page a lookup (kind, query and values) found last time. */
  private readonly found = new LRUCache<string, string>({ max: 100_000 });
  /** What requests that began with a lookup read next, by that lookup. */
  private readonly following = new LRUCache<string, Following>({ max: 10_000 });

  private readonly source: PageSource;

  constructor(
    private readonly repository: ReadDocumentsRepository,
    config: AppConfig,
    @Optional() @Inject(PAGE_SOURCE) source?: PageSource,
  ) {
    this.source = source ?? repository;
    this.held = new LRUCache({ maxSize: config.readModelHeldBytes, sizeCalculation: (entry) => Math.max(1, entry.textLength) });
  }

  /** The page of the entity `keys` finds; null when there is no such public entity. */
  async one(context: RequestContext, kind: string, keys: Prisma.Sql): Promise<Page | null> {
    const lookup: Lookup = { id: lookupId(kind, keys), kind, keys };
    const request = this.requestReads(context);
    const first = request.first === null;
    if (first) request.first = lookup.id;
    else this.follows(request, lookup.id, (following) => following.lookups.push(lookup));
    // Read ahead by the request's first lookup, or looked up now.
    let row = request.lookups.get(lookup.id);
    if (row === undefined) {
      const ahead = first ? this.readAhead(lookup.id) : NOTHING_AHEAD_OF_A_REQUEST;
      const result = await this.source.lookup(kind, keys, this.heldFor(lookup.id), ahead);
      this.keepAhead(context, request, ahead, result);
      row = result.root;
    }
    if (!row) return null;
    this.found.set(lookup.id, `${kind}:${row.key}`);
    await this.requestIfMissing(kind, row);
    return this.use(context, kind, row);
  }

  /** Pages by entity key: the keys asked for in one tick share one statement. */
  async byKey(context: RequestContext, kind: string, key: string): Promise<Page> {
    const request = this.requestReads(context);
    this.follows(request, `${kind}:${key}`, (following) => following.pages.push({ kind, key }));
    const row = await this.pageLoader(context, kind).load(key);
    await this.requestIfMissing(kind, row);
    return this.use(context, kind, row);
  }

  private pageLoader(context: RequestContext, kind: string): DataLoader<string, PageRow> {
    return context.loaders.get(
      `read-model.page.${kind}`,
      () =>
        new DataLoader<string, PageRow>(async (keys) => {
          const held = keys.map((k) => this.held.get(`${kind}:${k}`)?.generation ?? -1);
          const rows = new Map((await this.source.findMany(kind, keys, held)).map((row) => [row.key, row]));
          return keys.map((k) => rows.get(k) ?? { key: k, state: null, generation: null, text: null });
        }),
    );
  }

  private requestReads(context: RequestContext): RequestReads {
    let request = requests.get(context);
    if (!request) {
      request = { first: null, following: null, lookups: new Map() };
      requests.set(context, request);
    }
    return request;
  }

  /** Notes a read that came after the request's first lookup, for the next request that begins with it. */
  private follows(request: RequestReads, id: string, add: (following: Following) => void): void {
    if (request.first === null || id === request.first) return;
    if (!request.following) {
      request.following = { lookups: [], pages: [], seen: new Set() };
      this.following.set(request.first, request.following);
    }
    const following = request.following;
    if (following.seen.has(id) || following.seen.size >= MAX_FOLLOWING) return;
    following.seen.add(id);
    add(following);
  }

  /** What the last request that began with this lookup read next, with the generations held of each. */
  private readAhead(first: string): RequestReadAhead {
    const following = this.following.get(first);
    if (!following) return NOTHING_AHEAD_OF_A_REQUEST;
    return {
      lookups: following.lookups.map((lookup) => ({ ...lookup, held: this.heldFor(lookup.id) })),
      pages: following.pages.map(({ kind, key }) => ({ kind, key, held: this.held.get(`${kind}:${key}`)?.generation ?? -1 })),
    };
  }

  /** The rows read ahead wait in the request for the reads they answer. */
  private keepAhead(context: RequestContext, request: RequestReads, ahead: RequestReadAhead, result: LookupResult): void {
    ahead.lookups.forEach((lookup, i) => request.lookups.set(lookup.id, result.lookups[i]));
    for (const { kind, ...row } of result.pages) this.pageLoader(context, kind).prime(row.key, row);
  }

  /** The generation this instance holds of the page a lookup found last time. */
  private heldFor(lookup: string): HeldPage | null {
    const lastFound = this.found.get(lookup);
    const held = lastFound ? this.held.get(lastFound) : undefined;
    return lastFound && held ? { key: lastFound.slice(lastFound.indexOf(':') + 1), generation: held.generation } : null;
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
