import pg from 'pg';
import { createPrismaClient } from '../../src/database/prisma-client.factory.js';
import { seedDatabase } from '../../src/seed/seed.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import {
  createTestDatabase,
  databaseUrl,
  readTestServerInfo,
  withAdminClient,
  dropDatabase,
  type TestDatabase,
} from '../utils/test-database.js';

const PERSON = `{ person(slug: "jutta-leerdam") { displayName } }`;

/**
 * DATABASE_READ_URL: readers' queries read from the replica, everything else from the
 * primary. The "replica" here is a copy of the primary in which one name differs, so every
 * answer says which database it came from.
 */
describe('read replica (DATABASE_READ_URL)', () => {
  let primary: TestDatabase;
  let replicaName: string;
  let replicaUrl: string;
  let api: TestApp;

  beforeAll(async () => {
    primary = await createTestDatabase();
    const seeder = createPrismaClient({ url: primary.url, poolMax: 2 });
    await seedDatabase(seeder, { demo: true, story: false });
    await seeder.$disconnect();
    const { adminUrl } = readTestServerInfo();
    replicaName = `${new URL(primary.url).pathname.slice(1)}_replica`;
    await withAdminClient(async (client) => {
      await client.query(
        `CREATE DATABASE ${client.escapeIdentifier(replicaName)} TEMPLATE ${client.escapeIdentifier(new URL(primary.url).pathname.slice(1))}`,
      );
    }, adminUrl);
    replicaUrl = databaseUrl(adminUrl, replicaName);
    const replica = new pg.Client({ connectionString: replicaUrl });
    await replica.connect();
    await replica.query(`UPDATE "Person" SET "displayName" = 'Jutta Leerdam (replica)' WHERE slug = 'jutta-leerdam'`);
    await replica.end();
    api = await createTestApp({ databaseUrl: primary.url, env: { DATABASE_READ_URL: replicaUrl, JOBS_ENABLED: 'false' } });
  });
  afterAll(async () => {
    await api.close();
    await withAdminClient((client) => dropDatabase(client, replicaName));
    await primary.drop();
  });

  it("sends readers' queries to the replica and staff queries to the primary", async () => {
    expect((await api.gqlAs('anonymous', PERSON)).data).toEqual({ person: { displayName: 'Jutta Leerdam (replica)' } });
    expect((await api.gqlAs('EDITOR', PERSON)).data).toEqual({ person: { displayName: 'Jutta Leerdam' } });
    const ready = (await (await fetch(`${api.baseUrl}/health/ready`)).json()) as Record<string, string>;
    expect(ready).toMatchObject({ status: 'ok', database: 'up', replica: 'up' });
  });

  it('writes to the primary, and a mutation reads what it wrote from the primary', async () => {
    const person = await api.prisma.person.findUniqueOrThrow({ where: { slug: 'jutta-leerdam' } });
    const renamed = await api.gql(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { displayName version } }`, {
      input: { id: Buffer.from(`Person:${person.id}`).toString('base64url'), expectedVersion: person.version, description: 'Skater' },
    });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.updatePerson).toEqual({ displayName: 'Jutta Leerdam', version: person.version + 1 });
    const onReplica = new pg.Client({ connectionString: replicaUrl });
    await onReplica.connect();
    const { rows } = await onReplica.query<{ description: string | null }>(`SELECT description FROM "Person" WHERE slug = 'jutta-leerdam'`);
    await onReplica.end();
    // The copy standing in for the replica never replays: it still has what the seed wrote.
    expect(rows[0].description).toBe(person.description);
    expect((await api.prisma.person.findUniqueOrThrow({ where: { slug: 'jutta-leerdam' } })).description).toBe('Skater');
  });
});

describe('a read replica that does not answer', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ env: { DATABASE_READ_URL: 'postgresql://podium@127.0.0.1:1/none', JOBS_ENABLED: 'false' } });
  });
  afterAll(() => api.close());

  it('is skipped: readers get answers from the primary, and readiness says degraded', async () => {
    expect((await api.gqlAs('anonymous', PERSON)).data).toEqual({ person: { displayName: 'Jutta Leerdam' } });
    const ready = await fetch(`${api.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'degraded', database: 'up', replica: 'down' });
  });
});
