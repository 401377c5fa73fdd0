import type { Prisma } from '../generated/prisma/client.js';
import { addJob } from '../jobs/job-queue.js';
import { type DependencyKey, MAX_KEYS_PER_CHANGE } from './dependency-keys.js';
import { INLINE_BUILD_MAX_PAGES, INLINE_CLAIM_SECONDS, noteNotice, writtenPagesOfThisRequest } from './written-pages.context.js';

/** The NOTIFY channel of public changes: every instance's response cache and read model listen. */
export const PUBLIC_CHANGE_CHANNEL = 'podium_public_change';
/** The recurring sweep that rebuilds STALE pages; one job at a time (its key). */
export const REBUILD_TASK = 'read-model.rebuild';
/**
 * Writers take this advisory lock shared, a page build exclusive while it stores: a build
 * then either waits for a write in flight to commit (and sees its PublicChange row) or the
 * write waits for the stored page (and marks it STALE). See DocumentStore.store.
 */
export const PUBLIC_CHANGE_LOCK = 0x706f6469; // "podi"

/** What a NOTIFY on PUBLIC_CHANGE_CHANNEL carries. */
export interface PublicChangeNotice {
  /** A write changed public data (a PublicChange row); false when pages were only rebuilt, or for a sync token. */
  write: boolean;
  /** The pages made STALE or rebuilt ("Kind:key"); null when there were too many to list (all pages). */
  pages: string[] | null;
  /** What the write changed (dependency keys); null when too many to list. Absent for rebuilds. */
  keys?: string[] | null;
  /** Set on the notices `PublicChangeFeed.sync` sends to itself. */
  sync?: string;
}

/** A longer notice says "everything" instead of listing (NOTIFY payloads stop at 8000 bytes). */
const MAX_NOTICE_BYTES = 7_900;

/**
 * Records, in the writer's transaction, that `keys` changed what readers may see: pages that
 * depend on any of them become STALE (served from the live path until rebuilt), and every
 * instance hears of it at commit through one NOTIFY, never before. Called by recordAudit for
 * every write that changes public data. In an HTTP request, a change that reaches at most
 * INLINE_BUILD_MAX_PAGES pages claims them for its own instance, which builds them before the
 * mutation answers (WrittenPages); otherwise, or if that instance dies first, the rebuild job does.
 */
export async function recordPublicChange(tx: Prisma.TransactionClient, keys: readonly DependencyKey[]): Promise<void> {
  const unique = [...new Set(keys)].slice(0, MAX_KEYS_PER_CHANGE);
  const written = writtenPagesOfThisRequest();
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${PUBLIC_CHANGE_LOCK}::bigint)`;
  // The notice is built and sent by the same statement; PostgreSQL delivers it at commit.
  const [row] = await tx.$queryRaw<{ count: number; claimed: string[] | null; claimedUntil: Date | null }[]>`
    WITH change AS (
      INSERT INTO "PublicChange" (xid, keys) VALUES (pg_current_xact_id()::text::bigint, ${unique}::text[]) RETURNING id
    ), inline AS (
      -- No LIMIT here: with one, a planner that expects many matches (no element statistics
      -- yet) scans the whole table looking for the first few, and finds one page at the end.
      SELECT ${written !== undefined} AND count(*) <= ${INLINE_BUILD_MAX_PAGES} AS claim
      FROM "ReadDocument" WHERE "dependsOn" && ${unique}::text[]
    ), stale AS (
      UPDATE "ReadDocument" SET state = 'STALE', generation = generation + 1, "staleSince" = coalesce("staleSince", now()),
        "claimedUntil" = CASE WHEN (SELECT claim FROM inline) THEN now() + make_interval(secs => ${INLINE_CLAIM_SECONDS})
          ELSE "claimedUntil" END
      WHERE "dependsOn" && ${unique}::text[]
      RETURNING kind || ':' || key AS page, "claimedUntil"
    ), notice AS (
      SELECT (SELECT count(*)::int FROM stale) AS count,
        json_build_object('write', (SELECT count(*) FROM change) > 0, 'keys', ${unique}::text[],
          'pages', coalesce((SELECT json_agg(page) FROM stale), '[]'::json))::text AS payload
    )
    SELECT count, pg_notify(${PUBLIC_CHANGE_CHANNEL},
      CASE WHEN octet_length(payload) > ${MAX_NOTICE_BYTES} THEN '{"write":true,"keys":null,"pages":null}' ELSE payload END)::text AS notified,
      CASE WHEN (SELECT claim FROM inline) THEN (SELECT array_agg(page) FROM stale) END AS claimed,
      (SELECT max("claimedUntil") FROM stale) AS "claimedUntil"
    FROM notice`;
  noteNotice();
  if (row.count === 0) return;
  if (row.claimed && written) {
    written.pages.push(...row.claimed);
    // Should the writer's instance die before it has built them, the job takes them once the claim ends.
    await addJob(
      tx,
      REBUILD_TASK,
      {},
      {
        jobKey: `${REBUILD_TASK}:claimed`,
        jobKeyMode: 'preserve_run_at',
        runAt: row.claimedUntil ?? undefined,
      },
    );
    return;
  }
  await addJob(tx, REBUILD_TASK, {}, { jobKey: REBUILD_TASK });
}
