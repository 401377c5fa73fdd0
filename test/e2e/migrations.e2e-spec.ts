import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { applyMigrations, diffSchemaAgainstMigrations, projectRoot } from '../../src/database/migrations/migrator.js';
import { createPrismaClient } from '../../src/database/prisma-client.factory.js';
import { seedDatabase } from '../../src/seed/seed.js';
import {
  createTestDatabase,
  databaseUrl,
  dropDatabase,
  readTestServerInfo,
  withAdminClient,
  type TestDatabase,
} from '../utils/test-database.js';

const migrationsDir = join(projectRoot(), 'prisma', 'migrations');

async function migrationDirectories(): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

describe('migrations', () => {
  describe('on an empty database', () => {
    const name = `podium_test_${readTestServerInfo().runId}_empty_${randomBytes(4).toString('hex')}`;
    const url = databaseUrl(readTestServerInfo().adminUrl, name);
    let firstRun: string[];

    beforeAll(async () => {
      await withAdminClient((client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
      firstRun = await applyMigrations(url);
    });
    afterAll(() => withAdminClient((client) => dropDatabase(client, name)));

    it('applies every migration and records it as prisma migrate deploy does', async () => {
      const directories = await migrationDirectories();
      expect(directories.length).toBeGreaterThan(0);
      expect(firstRun).toEqual(directories);

      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query(
          'SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name',
        );
        expect(rows.map((r) => r.migration_name)).toEqual(directories);
        for (const row of rows) {
          const sql = await readFile(join(migrationsDir, row.migration_name, 'migration.sql'));
          expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
          expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
          expect(row.finished_at).toBeInstanceOf(Date);
          expect(row.rolled_back_at).toBeNull();
          expect(row.applied_steps_count).toBe(1);
        }
      } finally {
        await client.end();
      }
    });

    it('applies nothing the second time', async () => {
      await expect(applyMigrations(url)).resolves.toEqual([]);
    });

    it("creates the job queue's schema too, so the seed can publish the demo story before any job runner starts", async () => {
      const prisma = createPrismaClient({ url, poolMax: 2 });
      try {
        await seedDatabase(prisma, { demo: true });
        expect(await prisma.articlePublication.count()).toBe(1);
        const [{ jobs }] = await prisma.$queryRaw<{ jobs: number }[]>`SELECT count(*)::int AS jobs FROM graphile_worker.jobs`;
        expect(jobs).toBeGreaterThan(0);
      } finally {
        await prisma.$disconnect();
      }
    });
  });

  it('agree with prisma/schema.prisma (a schema change needs a migration: npm run db:migration -- <name>)', async () => {
    await expect(diffSchemaAgainstMigrations(readTestServerInfo().adminUrl)).resolves.toBe('');
  });

  describe('hand-written SQL', () => {
    let database: TestDatabase | undefined;
    let client: pg.Client;
    let ids: { competition: string; event: string; unit: string; competitors: string[] };

    beforeAll(async () => {
      database = await createTestDatabase();
      client = new pg.Client({ connectionString: database.url });
      await client.connect();
      ids = await insertSkeleton(client);
    });
    afterAll(async () => {
      if (!database) return; // setup failed before there was anything to undo
      await client.end();
      await database.drop();
    });

    const rejects = async (sql: string, params: unknown[], code: string, constraint?: string) => {
      await client.query('SAVEPOINT attempt');
      const error = await client.query(sql, params).then(
        () => undefined,
        (e: unknown) => e,
      );
      await client.query('ROLLBACK TO SAVEPOINT attempt');
      expect(error).toMatchObject({ code, ...(constraint ? { constraint } : {}) });
    };
    beforeEach(() => client.query('BEGIN'));
    afterEach(() => client.query('ROLLBACK'));

    it('a competitor is exactly one of a person or a team', async () => {
      const sql = 'INSERT INTO "Competitor" (id, "eventId", "personId", "teamId") VALUES (gen_random_uuid(), $1, $2, $3)';
      await rejects(sql, [ids.event, null, null], '23514', 'Competitor_entrant_check');
      const person = await insertPerson(client, 'both-person');
      const team = (
        await client.query(
          `INSERT INTO "Organisation" (id, slug, name, kind, "updatedAt") VALUES (gen_random_uuid(), 'both-team', 'T', 'TEAM', now()) RETURNING id`,
        )
      ).rows[0].id;
      await rejects(sql, [ids.event, person, team], '23514', 'Competitor_entrant_check');
    });

    it.each([
      ['rank 0', '"rank" = 0', 'Result_rank_check'],
      ['a time of 0 ms', '"timeMs" = 0', 'Result_timeMs_check'],
      ['a rank with an IRM', `"rank" = 1, irm = 'DSQ'`, 'Result_irm_rank_check'],
      ['a shared rank without a rank', '"rankEqual" = true', 'Result_rankEqual_check'],
    ])('a result refuses %s', async (_label, assignment, constraint) => {
      const sql = `INSERT INTO "Result" (id, "unitId", "competitorId", "displayOrder") VALUES (gen_random_uuid(), $1, $2, 1) RETURNING id`;
      const id = (await client.query(sql, [ids.unit, ids.competitors[0]])).rows[0].id;
      await rejects(`UPDATE "Result" SET ${assignment} WHERE id = $1`, [id], '23514', constraint);
    });

    it('a rank is unique in a unit unless it is shared', async () => {
      const sql =
        'INSERT INTO "Result" (id, "unitId", "competitorId", "displayOrder", "rank", "rankEqual") VALUES (gen_random_uuid(), $1, $2, $3, 1, $4)';
      await client.query(sql, [ids.unit, ids.competitors[0], 1, false]);
      await rejects(sql, [ids.unit, ids.competitors[1], 2, false], '23505', 'Result_unitId_rank_unshared_key');
      await client.query(sql, [ids.unit, ids.competitors[1], 2, true]);
    });

    it('identifiers and dates keep their shape', async () => {
      await rejects(`INSERT INTO "Noc" (code, name) VALUES ('ned', 'x')`, [], '23514', 'Noc_code_check');
      await rejects(
        `INSERT INTO "Person" (id, slug, "displayName", "updatedAt") VALUES (gen_random_uuid(), 'Bad Slug', 'x', now())`,
        [],
        '23514',
        'Person_slug_check',
      );
      await rejects(
        `UPDATE "Competition" SET "endDate" = "startDate" - 1 WHERE id = $1`,
        [ids.competition],
        '23514',
        'Competition_dates_check',
      );
      await rejects(`UPDATE "Discipline" SET "timeDecimals" = 4`, [], '23514', 'Discipline_timeDecimals_check');
    });

    it('finds names whatever their diacritics, through the trigram index', async () => {
      await insertPerson(client, 'martin-odegaard', 'Martin Ødegaard');
      await insertPerson(client, 'joao-felix', 'João Félix');
      const search = `SELECT "displayName" FROM "Person" WHERE podium_unaccent(lower("displayName")) LIKE '%' || podium_unaccent(lower($1)) || '%'`;
      expect((await client.query(search, ['odegaard'])).rows).toEqual([{ displayName: 'Martin Ødegaard' }]);
      expect((await client.query(search, ['JOAO FELIX'])).rows).toEqual([{ displayName: 'João Félix' }]);
      await client.query('SET LOCAL enable_seqscan = off');
      const plan = (await client.query(`EXPLAIN ${search}`, ['odegaard'])).rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toContain('Person_displayName_search_idx');
    });

    it('keeps no GIN pending list on the indexes every write looks pages up by (a long one turns the lookup into a table scan)', async () => {
      const reloptions = await client.query<{ index: string; options: string[] | null }>(
        `SELECT relname AS index, reloptions AS options FROM pg_class WHERE relname IN ('ReadDocument_dependsOn_idx', 'PublicChange_keys_idx') ORDER BY relname`,
      );
      expect(reloptions.rows).toEqual([
        { index: 'PublicChange_keys_idx', options: ['fastupdate=off'] },
        { index: 'ReadDocument_dependsOn_idx', options: ['fastupdate=off'] },
      ]);
      // Pages stored and rebuilt, and a write recorded, as the read model does.
      await client.query(`
        INSERT INTO "ReadDocument" (kind, key, "dependsOn")
        SELECT 'Unit', gen_random_uuid(), ARRAY(SELECT 'Result:' || gen_random_uuid() FROM generate_series(1, 40) WHERE n > 0)
        FROM generate_series(1, 100) AS n`);
      await client.query(`UPDATE "ReadDocument" SET generation = generation + 1, state = 'FRESH'`);
      await client.query(`INSERT INTO "PublicChange" (xid, keys) VALUES (1, ARRAY['Unit:a', 'UnitResults:a'])`);
      // The number of pending-list pages it had to move into the index: none.
      const pending = await client.query<{ pages: number; changes: number }>(
        `SELECT gin_clean_pending_list('"ReadDocument_dependsOn_idx"'::regclass)::int AS pages,
          gin_clean_pending_list('"PublicChange_keys_idx"'::regclass)::int AS changes`,
      );
      expect(pending.rows).toEqual([{ pages: 0, changes: 0 }]);
    });
  });
});

async function insertPerson(client: pg.Client, slug: string, displayName = slug): Promise<string> {
  const sql = `INSERT INTO "Person" (id, slug, "displayName", "updatedAt") VALUES (gen_random_uuid(), $1, $2, now()) RETURNING id`;
  return (await client.query(sql, [slug, displayName])).rows[0].id;
}

/** Discipline → competition → event → phase → unit, and two competitors. */
async function insertSkeleton(client: pg.Client) {
  const one = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows[0]?.id as string;
  await client.query(
    `INSERT INTO "Discipline" (code, name, "sportName", "tiePolicy") VALUES ('SSK', 'Speed skating', 'Skating', 'SHARED_RANK')`,
  );
  const competition = await one(
    `INSERT INTO "Competition" (id, slug, name, kind, "startDate", "endDate", "updatedAt") VALUES (gen_random_uuid(), 'games', 'Games', 'OLYMPIC_GAMES', '2026-02-06', '2026-02-22', now()) RETURNING id`,
  );
  const event = await one(
    `INSERT INTO "Event" (id, "competitionId", "disciplineCode", "recurringKey", name, gender, style, "resultType", "updatedAt") VALUES (gen_random_uuid(), $1, 'SSK', 'SSK-W-1000', 'Women''s 1000 m', 'WOMEN', 'RANKED', 'TIME', now()) RETURNING id`,
    [competition],
  );
  const phase = await one(
    `INSERT INTO "Phase" (id, "eventId", kind, name, "order") VALUES (gen_random_uuid(), $1, 'FINAL', 'Final', 1) RETURNING id`,
    [event],
  );
  const unit = await one(
    `INSERT INTO "Unit" (id, "phaseId", name, "order", "updatedAt") VALUES (gen_random_uuid(), $1, 'Final', 1, now()) RETURNING id`,
    [phase],
  );
  const competitors: string[] = [];
  for (const slug of ['skater-a', 'skater-b']) {
    const person = await insertPerson(client, slug);
    competitors.push(
      await one(`INSERT INTO "Competitor" (id, "eventId", "personId") VALUES (gen_random_uuid(), $1, $2) RETURNING id`, [event, person]),
    );
  }
  return { competition, event, unit, competitors };
}
