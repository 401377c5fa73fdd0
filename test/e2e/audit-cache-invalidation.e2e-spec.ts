import { once } from 'node:events';
import { recordAudit } from '../../src/audit/audit-log.js';
import { systemViewer } from '../../src/auth/viewer.js';
import { PublicChangeFeed } from '../../src/read-model/public-change-feed.js';
import { sleep } from '../utils/eventually.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

const NOCS = `{ nocs(first: 3) { edges { node { code } } } }`;

describe('an audited write invalidates the response cache when it commits', () => {
  let first: TestApp;
  let second: TestApp;
  const cached = { RESPONSE_CACHE_TTL_SECONDS: '60', JOBS_ENABLED: 'false' };

  beforeAll(async () => {
    first = await createTestApp({ env: cached });
    second = await createTestApp({ env: cached, databaseUrl: first.databaseUrl });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  async function warm(app: TestApp) {
    await app.gqlAs('anonymous', NOCS);
    expect(await app.countQueries(() => app.gqlAs('anonymous', NOCS))).toBe(0);
  }

  const audit = (tx: Parameters<Parameters<TestApp['prisma']['$transaction']>[0]>[0]) =>
    recordAudit(tx, systemViewer('test'), { action: 'noc.touch', objectType: 'Noc', summary: {} });

  it('on every instance, with no mutation and no Apollo plugin involved', async () => {
    await warm(first);
    await warm(second);
    const heardFirst = once(first.app.get(PublicChangeFeed).events, 'change');
    const heardSecond = once(second.app.get(PublicChangeFeed).events, 'change');
    await first.prisma.$transaction(audit);
    await Promise.all([heardFirst, heardSecond]);
    expect(await first.countQueries(() => first.gqlAs('anonymous', NOCS))).toBeGreaterThan(0);
    expect(await second.countQueries(() => second.gqlAs('anonymous', NOCS))).toBeGreaterThan(0);
  });

  it('not at all when the transaction rolls back', async () => {
    await warm(second);
    const generation = second.app.get(PublicChangeFeed).generation;
    await expect(
      first.prisma.$transaction(async (tx) => {
        await audit(tx);
        throw new Error('the write failed after its audit entry');
      }),
    ).rejects.toThrow('the write failed');
    // A committed audit a moment later is heard; the rolled-back one before it must not have been.
    const heard = once(second.app.get(PublicChangeFeed).events, 'change');
    await first.prisma.$transaction(audit);
    await heard;
    await sleep(100);
    expect(second.app.get(PublicChangeFeed).generation).toBe(generation + 1);
  });
});
