import { Injectable } from '@nestjs/common';
import type pg from 'pg';
import { Prisma } from '../generated/prisma/client.js';
import type { ReadDocumentState } from '../generated/prisma/enums.js';
import { PrismaService } from '../database/prisma.service.js';
import { PUBLIC_CHANGE_CHANNEL, PUBLIC_CHANGE_LOCK, type PublicChangeNotice, REBUILD_TASK } from './public-change.js';
import { noteNotice } from './written-pages.context.js';
import { addJob } from '../jobs/job-queue.js';

export type PageState = ReadDocumentState;

/**
 * A page as a lookup found it (its entity exists; the page may be missing or not fresh), with
 * its stored text unless the caller already holds this generation of it.
 */
export interface PageRow {
  key: string;
  state: PageState | null;
  generation: number | null;
  text: string | null;
}

/** A generation of a page the caller holds, so that its text is not sent again. */
export interface HeldPage {
  key: string;
  generation: number;
}

/** Lookups and pages a request is expected to make after its first lookup, with the generations the caller holds (-1: none). */
export interface ReadAhead {
  lookups: { kind: string; keys: Prisma.Sql; held: HeldPage | null }[];
  pages: { kind: string; key: string; held: number }[];
}

const NOTHING_AHEAD: ReadAhead = { lookups: [], pages: [] };

/** A lookup's page, and what was read ahead with it (a lookup that found nothing is null). */
export interface LookupResult {
  root: PageRow | null;
  lookups: (PageRow | null)[];
  pages: (PageRow & { kind: string })[];
}

/** One lookup as a part of the statement, its rows marked with `slot`. */
function lookupPart(slot: number, kind: string, keys: Prisma.Sql, held: HeldPage | null): Prisma.Sql {
  return Prisma.sql`(
    SELECT ${slot}::int AS slot, NULL::text AS kind, k.key::text AS key, d.state::text AS state, d.generation,
      CASE WHEN d.state = 'FRESH' AND NOT coalesce(d.key = ${held?.key ?? null}::uuid AND d.generation = ${held?.generation ?? null}::int, false)
        THEN d.document::text END AS text
    FROM (${keys}) k LEFT JOIN "ReadDocument" d ON d.kind = ${kind} AND d.key = k.key::uuid
    LIMIT 1)`;
}

/** Where a build starts from: the pages' generations and the database snapshot before any read. */
export interface BuildStart {
  generations: number[];
  snapshot: string;
}

/** A page built and ready to store, at the generation its build began with. */
export interface BuiltPage {
  key: string;
  generation: number;
  page: object;
  dependsOn: string[];
}

/** How long a rebuilder may hold a page before another may take it. */
const CLAIM_SECONDS = 120;
/** Failed builds are retried this many times before the page is marked FAILED for the desk to see. */
export const MAX_BUILD_FAILURES = 3;

/** The stored pages (ReadDocument) and their lifecycle; the SQL of the read model in one place. */
@Injectable()
export class ReadDocumentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Looks an entity up and its page with it, in one statement: `keys` is a query returning
   * the entity's key as `key` (none when it does not exist or is not public). With `ahead`,
   * the same statement also makes those lookups and reads those pages (what the request is
   * expected to read next). Sent through the pool directly: the hot path of every page, and a
   * page's text is the one thing read here.
   */
  async lookup(kind: string, keys: Prisma.Sql, held: HeldPage | null, ahead: ReadAhead = NOTHING_AHEAD): Promise<LookupResult> {
    const parts = [lookupPart(0, kind, keys, held), ...ahead.lookups.map((next, i) => lookupPart(i + 1, next.kind, next.keys, next.held))];
    if (ahead.pages.length) {
      parts.push(Prisma.sql`
        SELECT -1 AS slot, d.kind, d.key::text AS key, d.state::text AS state, d.generation,
          CASE WHEN d.state = 'FRESH' AND d.generation <> c.held THEN d.document::text END AS text
        FROM unnest(${ahead.pages.map((page) => page.kind)}::text[], ${ahead.pages.map((page) => page.key)}::uuid[],
          ${ahead.pages.map((page) => page.held)}::int[]) AS c(kind, key, held)
        JOIN "ReadDocument" d ON d.kind = c.kind AND d.key = c.key`);
    }
    const rows = await this.query<PageRow & { slot: number; kind: string | null }>(
      parts.length === 1 ? parts[0] : Prisma.join(parts, ' UNION ALL '),
    );
    const result: LookupResult = { root: null, lookups: ahead.lookups.map(() => null), pages: [] };
    for (const { slot, kind: pageKind, ...row } of rows) {
      if (slot === 0) result.root = row;
      else if (slot > 0) result.lookups[slot - 1] = row;
      else if (pageKind) result.pages.push({ kind: pageKind, ...row });
    }
    return result;
  }

  /** The pages of these entities, in one statement; `held` generations come without their text. */
  findMany(kind: string, keys: readonly string[], held: readonly number[]): Promise<PageRow[]> {
    if (!keys.length) return Promise.resolve([]);
    return this.query<PageRow>(Prisma.sql`
      SELECT d.key::text AS key, d.state::text AS state, d.generation,
        CASE WHEN d.state = 'FRESH' AND d.generation <> c.held THEN d.document::text END AS text
      FROM unnest(${keys}::uuid[], ${held}::int[]) AS c(key, held)
      JOIN "ReadDocument" d ON d.kind = ${kind} AND d.key = c.key`);
  }

  private query<T extends pg.QueryResultRow>(query: Prisma.Sql): Promise<T[]> {
    return this.prisma.queryPrepared<T>(query);
  }

  /** Asks for a page to be built (a STALE row and the rebuild job), unless it is already there. */
  async request(kind: string, key: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const inserted = await tx.$executeRaw`
        INSERT INTO "ReadDocument" (kind, key) VALUES (${kind}, ${key}::uuid) ON CONFLICT (kind, key) DO NOTHING`;
      if (inserted > 0) await addJob(tx, REBUILD_TASK, {}, { jobKey: REBUILD_TASK });
    });
  }

  /** Takes the pages' generations and a snapshot id before the build reads anything. */
  async beginBuilds(kind: string, keys: readonly string[]): Promise<BuildStart> {
    const rows = await this.prisma.$queryRaw<{ key: string; generation: number; snapshot: string }[]>`
      WITH wanted AS (SELECT unnest(${keys}::uuid[]) AS key),
      added AS (
        INSERT INTO "ReadDocument" (kind, key) SELECT ${kind}, key FROM wanted ON CONFLICT (kind, key) DO NOTHING
        RETURNING key, generation
      )
      SELECT w.key::text AS key, coalesce(a.generation, d.generation) AS generation, pg_current_snapshot()::text AS snapshot
      FROM wanted w LEFT JOIN added a ON a.key = w.key LEFT JOIN "ReadDocument" d ON d.kind = ${kind} AND d.key = w.key`;
    const generation = new Map(rows.map((row) => [row.key, row.generation]));
    return { generations: keys.map((key) => generation.get(key) ?? 0), snapshot: rows[0].snapshot };
  }

  /**
   * Stores built pages, each FRESH unless a write the build may not have seen touched what it
   * depends on. Under the exclusive lock every write in flight has committed (its PublicChange
   * row is visible here) and every later write waits, then finds the page by its new
   * dependencies. A page is stored only if no invalidation moved its generation since the
   * build began. Returns the state stored per key (absent: not stored).
   */
  async store(kind: string, snapshot: string, built: readonly BuiltPage[]): Promise<Map<string, PageState>> {
    if (!built.length) return new Map();
    const rows = built.map((b) => ({ key: b.key, generation: b.generation, document: JSON.stringify(b.page), deps: b.dependsOn }));
    return this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PUBLIC_CHANGE_LOCK}::bigint)`;
      const stored = await tx.$queryRaw<{ key: string; state: PageState }[]>`
        UPDATE "ReadDocument" d SET document = v.document::json, "dependsOn" = v.deps,
          "builtAt" = now(), failures = 0, failure = NULL, "claimedUntil" = NULL,
          state = CASE WHEN v.unseen THEN 'STALE'::"ReadDocumentState" ELSE 'FRESH'::"ReadDocumentState" END,
          "staleSince" = CASE WHEN v.unseen THEN coalesce(d."staleSince", now()) END
        FROM (
          SELECT r.key, r.generation, r.document, r.deps, EXISTS (
            SELECT 1 FROM "PublicChange" c
            WHERE c.keys && r.deps AND NOT pg_visible_in_snapshot(c.xid::text::xid8, ${snapshot}::pg_snapshot)
          ) AS unseen
          FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(key uuid, generation int, document text, deps text[])
        ) v
        WHERE d.kind = ${kind} AND d.key = v.key AND d.generation = v.generation
        RETURNING d.key::text AS key, d.state::text AS state`;
      const fresh = stored.filter((row) => row.state === 'FRESH').map((row) => `${kind}:${row.key}`);
      if (fresh.length) await notifyRebuilt(tx, fresh);
      return new Map(stored.map((row) => [row.key, row.state]));
    });
  }

  /** The entity is gone or no longer public: so is its page. */
  async remove(kind: string, key: string, generation: number): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const removed = await tx.$executeRaw`
        DELETE FROM "ReadDocument" WHERE kind = ${kind} AND key = ${key}::uuid AND generation = ${generation}`;
      if (removed > 0) await notifyRebuilt(tx, [`${kind}:${key}`]);
    });
  }

  /** A build failed: retried later, and after MAX_BUILD_FAILURES the page is FAILED (the desk sees why). */
  async recordFailure(kind: string, key: string, generation: number, failure: string): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE "ReadDocument" SET failures = failures + 1, failure = ${failure.slice(0, 2000)},
        state = CASE WHEN failures + 1 >= ${MAX_BUILD_FAILURES} THEN 'FAILED'::"ReadDocumentState" ELSE state END,
        "claimedUntil" = now() + make_interval(secs => 5 * power(2, failures))
      WHERE kind = ${kind} AND key = ${key}::uuid AND generation = ${generation}`;
  }

  /** Lets rebuilders take these pages again now (their builds were superseded). */
  async release(kind: string, keys: readonly string[]): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE "ReadDocument" SET "claimedUntil" = NULL WHERE kind = ${kind} AND key = ANY(${keys}::uuid[]) AND state = 'STALE'`;
  }

  /** Claims up to `limit` STALE pages for a rebuilder, oldest first. */
  claimStale(limit: number): Promise<{ kind: string; key: string }[]> {
    return this.prisma.$queryRaw<{ kind: string; key: string }[]>`
      UPDATE "ReadDocument" d SET "claimedUntil" = now() + make_interval(secs => ${CLAIM_SECONDS})
      FROM (
        SELECT kind, key FROM "ReadDocument"
        WHERE state = 'STALE' AND ("claimedUntil" IS NULL OR "claimedUntil" < now())
        ORDER BY "staleSince" NULLS FIRST LIMIT ${limit} FOR UPDATE SKIP LOCKED
      ) picked
      WHERE d.kind = picked.kind AND d.key = picked.key
      RETURNING d.kind, d.key::text AS key`;
  }

  /** Counts per kind and state, with the oldest wait: the rebuild's progress. */
  status() {
    return this.prisma.$queryRaw<{ kind: string; state: ReadDocumentState; count: number; oldestSince: Date | null }[]>`
      SELECT kind, state::text AS state, count(*)::int AS count, min("staleSince") AS "oldestSince"
      FROM "ReadDocument" GROUP BY kind, state ORDER BY kind, state`;
  }

  /** Pages whose builds keep failing, longest waiting first. */
  failed(limit: number) {
    return this.prisma.readDocument.findMany({
      where: { state: 'FAILED' },
      orderBy: [{ staleSince: 'asc' }, { key: 'asc' }],
      take: limit,
      select: { kind: true, key: true, failure: true, failures: true, staleSince: true },
    });
  }

  /** Where the pages of these entities stand, for the desk. */
  states(kind: string, keys: readonly string[]) {
    return this.prisma.readDocument.findMany({
      where: { kind, key: { in: [...keys] } },
      select: { key: true, state: true, builtAt: true, staleSince: true, failures: true, failure: true },
    });
  }

  /** Marks every page of `kind` STALE and adds a STALE row for each entity of `entities` without one: a full rebuild. */
  async invalidateAll(tx: Prisma.TransactionClient, kind: string, entities: Prisma.Sql): Promise<number> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${PUBLIC_CHANGE_LOCK}::bigint)`;
    const marked = await tx.$executeRaw`
      UPDATE "ReadDocument" SET state = 'STALE', generation = generation + 1, failures = 0, failure = NULL,
        "staleSince" = coalesce("staleSince", now())
      WHERE kind = ${kind}`;
    const added = await tx.$executeRaw`
      INSERT INTO "ReadDocument" (kind, key) SELECT ${kind}, k.key::uuid FROM (${entities}) k ON CONFLICT (kind, key) DO NOTHING`;
    await addJob(tx, REBUILD_TASK, {}, { jobKey: REBUILD_TASK });
    return marked + added;
  }

  /** Whether any page waits for a rebuild (at start, to queue the sweep). */
  async anyStale(): Promise<boolean> {
    const [row] = await this.prisma.$queryRaw<
      { any: boolean }[]
    >`SELECT EXISTS (SELECT 1 FROM "ReadDocument" WHERE state = 'STALE') AS any`;
    return row.any;
  }

  /** A later round for the STALE pages still held (failed builds backing off), when the first hold ends. */
  async queueRetry(): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ at: Date | null }[]>`
        SELECT min("claimedUntil") AS at FROM "ReadDocument" WHERE state = 'STALE' AND "claimedUntil" > now()`;
      if (row.at) await addJob(tx, REBUILD_TASK, {}, { jobKey: `${REBUILD_TASK}:retry`, runAt: row.at });
    });
  }

  async queueRebuild(): Promise<void> {
    await this.prisma.$transaction((tx) => addJob(tx, REBUILD_TASK, {}, { jobKey: REBUILD_TASK }));
  }

  /** Forgets public changes older than an hour: no build runs that long. */
  async sweepChanges(): Promise<number> {
    return this.prisma.$executeRaw`DELETE FROM "PublicChange" WHERE "createdAt" < now() - interval '1 hour'`;
  }
}

/**
 * Asks for a page to be built, in a writer's transaction (a publish): a STALE row, or the
 * existing one marked STALE, and the rebuild job, both only if the write commits.
 */
export async function requestPageBuild(tx: Prisma.TransactionClient, kind: string, key: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "ReadDocument" (kind, key) VALUES (${kind}, ${key}::uuid)
    ON CONFLICT (kind, key) DO UPDATE SET state = 'STALE', generation = "ReadDocument".generation + 1,
      "staleSince" = coalesce("ReadDocument"."staleSince", now())`;
  await addJob(tx, REBUILD_TASK, {}, { jobKey: REBUILD_TASK });
}

/** Tells every instance's response cache that these pages were rebuilt or removed (no write: no new generation). */
async function notifyRebuilt(tx: Prisma.TransactionClient, pages: string[]): Promise<void> {
  const notice: PublicChangeNotice = { write: false, pages };
  await tx.$executeRaw`SELECT pg_notify(${PUBLIC_CHANGE_CHANNEL}, ${JSON.stringify(notice)})`;
  noteNotice();
}
