import { Injectable } from '@nestjs/common';
import { recordAudit } from '../../audit/audit-log.js';
import { DisabledUsers } from '../../auth/disabled-users.js';
import { hashPassword } from '../../auth/passwords.js';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { updateAtVersion } from '../../database/optimistic-update.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { CreateUserInput, UpdateUserInput } from './dto/user.inputs.js';
import { RefreshTokensRepository } from './sessions/refresh-tokens.repository.js';
import { UsersRepository } from './users.repository.js';

/** Admins manage staff accounts; every change is audited in its own transaction. */
@Injectable()
export class UsersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: UsersRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly disabledUsers: DisabledUsers,
  ) {}

  async create(viewer: Viewer, { password, ...input }: CreateUserInput) {
    const passwordHash = await hashPassword(password);
    return this.prisma.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw emailTaken(input.email);
      const user = await tx.user.create({ data: { ...input, passwordHash } });
      await recordAudit(tx, viewer, {
        action: 'user.create',
        objectType: 'User',
        objectId: user.id,
        summary: { role: user.role, email: user.email },
      });
      return user;
    });
  }

  /**
   * Role, name, disabling and password in one change at the version it was based on. Disabling
   * or a new password ends the user's sessions; no change may leave the newsroom without an
   * enabled admin.
   */
  async update(viewer: Viewer, { id, expectedVersion, disabled, password, ...fields }: UpdateUserInput) {
    const passwordHash = password === undefined ? undefined : await hashPassword(password);
    const user = await this.prisma.$transaction(async (tx) => {
      await this.repository.lock(tx, id);
      const current = await tx.user.findUnique({ where: { id } });
      const data: Prisma.UserUpdateManyMutationInput = { ...fields };
      if (passwordHash) data.passwordHash = passwordHash;
      if (disabled !== undefined && current) data.disabledAt = disabled ? (current.disabledAt ?? new Date()) : null;
      const losesAdmin =
        current?.role === 'ADMIN' && !current.disabledAt && ((fields.role && fields.role !== 'ADMIN') || disabled === true);
      if (losesAdmin && (await this.repository.otherActiveAdmins(tx, id)) === 0) {
        throw new DomainError(ErrorCode.CONFLICT, 'This is the last enabled admin: make another admin first', { field: 'input.role' });
      }
      await updateAtVersion(tx.user, 'User', id, expectedVersion, data);
      const endsSessions = disabled === true || passwordHash !== undefined;
      const revoked = endsSessions ? await this.refreshTokens.revokeUser(tx, id) : 0;
      await recordAudit(tx, viewer, {
        action: 'user.update',
        objectType: 'User',
        objectId: id,
        summary: {
          fields: [
            ...Object.keys(fields),
            ...(disabled === undefined ? [] : ['disabled']),
            ...(password === undefined ? [] : ['password']),
          ],
          ...(fields.role ? { role: fields.role } : {}),
          ...(disabled === undefined ? {} : { disabled }),
          fromVersion: expectedVersion,
          toVersion: expectedVersion + 1,
          refreshTokensRevoked: revoked,
        },
      });
      return tx.user.findUniqueOrThrow({ where: { id } });
    });
    // The other processes reload their DisabledUsers on the NOTIFY that recordAudit sent with the write.
    this.disabledUsers.set(user.id, user.disabledAt !== null);
    return user;
  }
}

function emailTaken(email: string): DomainError {
  return new DomainError(ErrorCode.CONFLICT, `A user with the email ${email} exists already`, { field: 'input.email' });
}
