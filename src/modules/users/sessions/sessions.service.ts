import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { decodeJwt } from 'jose';
import { recordAudit } from '../../../audit/audit-log.js';
import { verifyPassword } from '../../../auth/passwords.js';
import { Tokens } from '../../../auth/tokens.js';
import { ANONYMOUS, type StaffViewer } from '../../../auth/viewer.js';
import { UnauthenticatedError } from '../../../common/errors/domain-error.js';
import { AppConfig } from '../../../config/app-config.js';
import { PrismaService } from '../../../database/prisma.service.js';
import type { User } from '../../../generated/prisma/client.js';
import { UsersRepository } from '../users.repository.js';
import { LoginThrottle, throttleKeys } from './login-throttle.js';
import { type IssuedRefreshToken, RefreshTokensRepository } from './refresh-tokens.repository.js';
import type { LoginInput } from './session.inputs.js';
import type { Session } from './session.model.js';

// One message for an unknown email, a wrong password and a disabled account: none tells which.
const LOGIN_FAILED = 'The email or password is not correct';
const SESSION_INVALID = 'The refresh token is not valid';

export const staffViewerOf = (user: Pick<User, 'id' | 'role' | 'email'>): StaffViewer => ({
  kind: 'staff',
  userId: user.id,
  role: user.role,
  email: user.email,
});

/** Signing in and out: login, the rotation of refresh tokens, logout. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UsersRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly throttle: LoginThrottle,
    private readonly tokens: Tokens,
    private readonly config: AppConfig,
  ) {}

  async login({ email, password }: LoginInput, ip: string | undefined): Promise<Session> {
    const keys = throttleKeys(ip, email);
    await this.throttle.refuseIfBlocked(keys);
    const user = await this.users.findByEmail(email);
    const valid = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !valid || user.disabledAt) {
      const reason = !user ? 'unknown account' : !valid ? 'wrong password' : 'disabled';
      await this.prisma.$transaction(async (tx) => {
        await this.throttle.recordFailure(tx, keys);
        await recordAudit(tx, ANONYMOUS, {
          changesPublicData: false,
          action: 'session.loginFailed',
          objectType: 'User',
          objectId: user?.id,
          summary: { email, reason },
        });
      });
      throw new UnauthenticatedError(LOGIN_FAILED);
    }
    const refresh = await this.prisma.$transaction(async (tx) => {
      await this.throttle.reset(tx, keys);
      await recordAudit(tx, staffViewerOf(user), {
        changesPublicData: false,
        action: 'session.login',
        objectType: 'User',
        objectId: user.id,
      });
      return this.refreshTokens.issue(tx, user.id, randomUUID(), this.config.auth.refreshTokenTtlSeconds);
    });
    return this.session(user, refresh);
  }

  /**
   * Replaces the refresh token by a new one of the same family. A token that was replaced
   * already is being used a second time, so it leaked: the whole family is revoked and whoever
   * holds it signs in again.
   */
  async refresh(token: string): Promise<Session> {
    const row = await this.refreshTokens.findByToken(token);
    if (!row || row.revokedAt) throw new UnauthenticatedError(SESSION_INVALID);
    if (row.rotatedAt) return this.reused(row);
    if (row.expiresAt <= new Date()) throw new UnauthenticatedError('The refresh token has expired');
    if (row.user.disabledAt) throw new UnauthenticatedError(SESSION_INVALID);
    const next = await this.prisma.$transaction(async (tx) => {
      if (!(await this.refreshTokens.markRotated(tx, row.id))) return null;
      return this.refreshTokens.issue(tx, row.userId, row.familyId, this.config.auth.refreshTokenTtlSeconds);
    });
    if (!next) return this.reused(row);
    return this.session(row.user, next);
  }

  /** Ends the session the refresh token belongs to: every token of its family is revoked. */
  async logout(token: string): Promise<boolean> {
    const row = await this.refreshTokens.findByToken(token);
    if (!row) throw new UnauthenticatedError(SESSION_INVALID);
    await this.prisma.$transaction(async (tx) => {
      const revoked = await this.refreshTokens.revokeFamily(tx, row.familyId);
      if (revoked > 0)
        await recordAudit(tx, staffViewerOf(row.user), {
          changesPublicData: false,
          action: 'session.logout',
          objectType: 'User',
          objectId: row.userId,
        });
    });
    return true;
  }

  private async reused(row: { familyId: string; userId: string }): Promise<never> {
    await this.prisma.$transaction(async (tx) => {
      const revoked = await this.refreshTokens.revokeFamily(tx, row.familyId);
      await recordAudit(tx, ANONYMOUS, {
        changesPublicData: false,
        action: 'session.refreshReused',
        objectType: 'User',
        objectId: row.userId,
        summary: { familyId: row.familyId, revoked },
      });
    });
    throw new UnauthenticatedError(SESSION_INVALID);
  }

  private async session(user: User, refresh: IssuedRefreshToken): Promise<Session> {
    const accessToken = await this.tokens.signAccessToken(user);
    const { exp } = decodeJwt(accessToken);
    return {
      accessToken,
      accessTokenExpiresAt: new Date((exp ?? 0) * 1000),
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt,
      user,
    };
  }
}
