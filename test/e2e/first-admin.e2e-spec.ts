import { verifyPassword } from '../../src/auth/passwords.js';
import { createPrismaClient } from '../../src/database/prisma-client.factory.js';
import type { PrismaClient } from '../../src/generated/prisma/client.js';
import { DEVELOPMENT_ADMIN_EMAIL, ensureFirstAdmin, type FirstAdminOutput } from '../../src/modules/users/first-admin.js';
import { createTestDatabase, type TestDatabase } from '../utils/test-database.js';

interface Captured extends FirstAdminOutput {
  notices: string[];
  warnings: string[];
  infos: string[];
}
const capture = (): Captured => {
  const notices: string[] = [];
  const warnings: string[] = [];
  const infos: string[] = [];
  return {
    notices,
    warnings,
    infos,
    notice: (text) => notices.push(text),
    warn: (text) => warnings.push(text),
    info: (text) => infos.push(text),
  };
};

describe('the first admin of a new installation', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;

  beforeEach(async () => {
    database = await createTestDatabase();
    prisma = createPrismaClient({ url: database.url, poolMax: 2 });
  });
  afterEach(async () => {
    await prisma.$disconnect();
    await database.drop();
  });

  const admin = { email: 'Chief@Example.org', password: 'the chief editor password', displayName: 'Chief' };

  it('is created from ADMIN_EMAIL and ADMIN_PASSWORD when no user exists, once', async () => {
    const out = capture();
    expect(await ensureFirstAdmin(prisma, { admin, isProduction: true }, out)).toBe('configured');
    const users = await prisma.user.findMany();
    expect(users).toEqual([expect.objectContaining({ email: 'chief@example.org', role: 'ADMIN', displayName: 'Chief', disabledAt: null })]);
    expect(await verifyPassword(users[0].passwordHash, admin.password)).toBe(true);
    expect(out.notices).toEqual([]);
    expect(out.infos.join()).not.toContain(admin.password);
    expect(await prisma.auditEntry.count({ where: { action: 'user.create', actorType: 'SYSTEM' } })).toBe(1);

    const again = capture();
    const other = { ...admin, email: 'second@example.org' };
    expect(await ensureFirstAdmin(prisma, { admin: other, isProduction: true }, again)).toBe('exists');
    expect(await prisma.user.count()).toBe(1);
  });

  it('outside production without ADMIN_*: a development admin, its password printed once', async () => {
    const out = capture();
    expect(await ensureFirstAdmin(prisma, { admin: null, isProduction: false }, out)).toBe('development');
    const user = await prisma.user.findUniqueOrThrow({ where: { email: DEVELOPMENT_ADMIN_EMAIL } });
    expect(user.role).toBe('ADMIN');
    expect(out.notices).toHaveLength(1);
    const password = /password: (\S+)/.exec(out.notices[0])?.[1];
    expect(password).toBeDefined();
    expect(password!.length).toBeGreaterThanOrEqual(12);
    expect(await verifyPassword(user.passwordHash, password!)).toBe(true);

    const again = capture();
    expect(await ensureFirstAdmin(prisma, { admin: null, isProduction: false }, again)).toBe('exists');
    expect(again.notices).toEqual([]);
    expect(await prisma.user.count()).toBe(1);
  });

  it('in production without ADMIN_*: no account, a warning saying how to create one', async () => {
    const out = capture();
    expect(await ensureFirstAdmin(prisma, { admin: null, isProduction: true }, out)).toBe('missing');
    expect(await prisma.user.count()).toBe(0);
    expect(out.notices).toEqual([]);
    expect(out.warnings.join()).toMatch(/ADMIN_EMAIL and ADMIN_PASSWORD/);
  });

  it('creates one admin when two processes start at once', async () => {
    const results = await Promise.all([
      ensureFirstAdmin(prisma, { admin: null, isProduction: false }, capture()),
      ensureFirstAdmin(prisma, { admin: null, isProduction: false }, capture()),
    ]);
    expect([...results].sort()).toEqual(['development', 'exists']);
    expect(await prisma.user.count()).toBe(1);
  });
});
