import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { REBUILD_TASK } from '../src/read-model/public-change.js';

/** The page kinds the measured reads use, with the entities to build them for. */
const KINDS: [kind: string, table: string][] = [
  ['Unit', 'Unit'],
  ['Event', 'Event'],
  ['Competition', 'Competition'],
];

/**
 * Has every page the reads use built before they are measured, as an operator would after a
 * bulk import: a STALE row per unit, event and competition (stories got theirs when they were
 * published), then waits for the servers' rebuild job to leave none STALE. Returns how long
 * it took and how many pages there are.
 */
export async function buildPages(databaseUrl: string): Promise<{ seconds: number; pages: number }> {
  const began = Date.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const [kind, table] of KINDS) {
      await client.query(`INSERT INTO "ReadDocument" (kind, key) SELECT $1, id FROM "${table}" ON CONFLICT (kind, key) DO NOTHING`, [kind]);
    }
    await client.query(`SELECT graphile_worker.add_job($1::text, '{}'::json, job_key => $1::text)`, [REBUILD_TASK]);
    for (;;) {
      const { rows } = await client.query<{ stale: number; failed: number; pages: number }>(
        `SELECT count(*) FILTER (WHERE state = 'STALE')::int AS stale, count(*) FILTER (WHERE state = 'FAILED')::int AS failed,
           count(*)::int AS pages FROM "ReadDocument"`,
      );
      const { stale, failed, pages } = rows[0];
      if (failed > 0) throw new Error(`${failed} pages failed to build`);
      if (stale === 0) return { seconds: (Date.now() - began) / 1000, pages };
      await sleep(200);
    }
  } finally {
    await client.end();
  }
}

/** Waits until no stored page waits for a rebuild; `close` ends its connection. */
export async function pagesSettler(databaseUrl: string): Promise<{ settle: () => Promise<void>; close: () => Promise<void> }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return {
    async settle() {
      for (;;) {
        const { rows } = await client.query<{ stale: number }>(`SELECT count(*)::int AS stale FROM "ReadDocument" WHERE state = 'STALE'`);
        if (rows[0].stale === 0) return;
        await sleep(10);
      }
    },
    close: () => client.end(),
  };
}
