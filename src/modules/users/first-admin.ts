import { randomBytes } from 'node:crypto';
import { recordAudit } from '../../audit/audit-log.js';
import { hashPassword } from '../../auth/passwords.js';
import { systemViewer } from '../../auth/viewer.js';
import type { PrismaClient } from '../../generated/prisma/client.js';

export const DEVELOPMENT_ADMIN_EMAIL = 'admin@podium.local';
// Any constant: it only serialises processes starting at once on one database.
const FIRST_ADMIN_LOCK = 8_120_261;

export interface FirstAdminOptions {
  /** ADMIN_EMAIL, ADMIN_PASSWORD and ADMIN_NAME, when set. */
  admin: { email: string; password: string; displayName: string } | null;
  isProduction: boolean;
}

export interface FirstAdminOutput {
  /** Printed once, to stderr: the development admin's credentials. */
  notice(text: string): void;
  warn(text: string): void;
  info(text: string): void;
}

export type FirstAdminOutcome = 'exists' | 'configured' | 'development' | 'missing';

/**
 * Gives a new installation its first admin, once: while the database has no user at all, the
 * one of ADMIN_EMAIL/ADMIN_PASSWORD, or outside production a development admin with a random
 * password printed once. In production without ADMIN_* it only says how to create one.
 */
export async function ensureFirstAdmin(
  prisma: Pick<PrismaClient, '$transaction'>,
  options: FirstAdminOptions,
  output: FirstAdminOutput,
): Promise<FirstAdminOutcome> {
  if (!options.admin && options.isProduction) {
    const empty = await prisma.$transaction(async (tx) => (await tx.user.count()) === 0);
    if (empty) {
      output.warn(
        'No user exists, so nobody can sign in: set ADMIN_EMAIL and ADMIN_PASSWORD (at least 12 characters) and restart to create the first admin.',
      );
    }
    return empty ? 'missing' : 'exists';
  }
  const password = options.admin?.password ?? randomBytes(18).toString('base64url');
  const account = options.admin ?? { email: DEVELOPMENT_ADMIN_EMAIL, password, displayName: 'Development admin' };
  const passwordHash = await hashPassword(password);
  const created = await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FIRST_ADMIN_LOCK}::bigint)`;
    if ((await tx.user.count()) > 0) return null;
    const user = await tx.user.create({
      data: { email: account.email.trim().toLowerCase(), displayName: account.displayName, role: 'ADMIN', passwordHash },
    });
    await recordAudit(tx, systemViewer('first-admin'), {
      action: 'user.create',
      objectType: 'User',
      objectId: user.id,
      summary: { role: 'ADMIN', email: user.email },
    });
    return user;
  });
  if (!created) return 'exists';
  if (options.admin) {
    output.info(`Created the first admin, ${created.email}, from ADMIN_EMAIL and ADMIN_PASSWORD`);
    return 'configured';
  }
  output.notice(
    [
      '',
      '================================================================',
      '  Podium created a development admin (shown only this once):',
      '',
      `    email:    ${created.email}`,
      `    password: ${password}`,
      '',
      '  Sign in with the `login` mutation. Set ADMIN_EMAIL and',
      '  ADMIN_PASSWORD before the first start to choose your own.',
      '================================================================',
      '',
    ].join('\n'),
  );
  return 'development';
}
