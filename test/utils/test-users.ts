import { hashPassword } from '../../src/auth/passwords.js';
import type { Role } from '../../src/auth/viewer.js';
import type { PrismaClient } from '../../src/generated/prisma/client.js';

export const TEST_ROLES: Role[] = ['ADMIN', 'EDITOR', 'WRITER', 'RESULTS', 'PHOTO'];
export const TEST_PASSWORD = 'a long test password, not for production';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: Role;
}

let passwordHash: Promise<string> | undefined;

/** One member of staff per role, `<role>@podium.test`, all with TEST_PASSWORD; kept when they exist already. */
export async function ensureTestUsers(prisma: Pick<PrismaClient, 'user'>): Promise<Record<Role, TestUser>> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  const users = await Promise.all(
    TEST_ROLES.map((role) => {
      const email = `${role.toLowerCase()}@podium.test`;
      return prisma.user.upsert({
        where: { email },
        create: { email, role, displayName: `Test ${role.toLowerCase()}`, passwordHash: hash },
        update: {},
        select: { id: true, email: true, role: true },
      });
    }),
  );
  return Object.fromEntries(users.map((user) => [user.role, { ...user, password: TEST_PASSWORD }])) as Record<Role, TestUser>;
}
