import { Injectable } from '@nestjs/common';
import { randomSecret, secretHash } from '../../../auth/secret-token.js';
import { PrismaService } from '../../../database/prisma.service.js';
import type { Prisma } from '../../../generated/prisma/client.js';

type Db = PrismaService | Prisma.TransactionClient;

export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
}

@Injectable()
export class RefreshTokensRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The row of a presented token, with its user; null when the server never issued it. */
  findByToken(token: string) {
    return this.prisma.refreshToken.findUnique({ where: { tokenHash: secretHash(token) }, include: { user: true } });
  }

  /** A new token of `familyId`; only its hash is stored. */
  async issue(db: Db, userId: string, familyId: string, ttlSeconds: number): Promise<IssuedRefreshToken> {
    const token = randomSecret();
    const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
    await db.refreshToken.create({ data: { userId, familyId, tokenHash: secretHash(token), expiresAt } });
    return { token, expiresAt };
  }

  /** Marks the token used; false when it was used or revoked meanwhile (a concurrent reuse). */
  async markRotated(db: Db, id: string): Promise<boolean> {
    const { count } = await db.refreshToken.updateMany({
      where: { id, rotatedAt: null, revokedAt: null },
      data: { rotatedAt: new Date() },
    });
    return count === 1;
  }

  async revokeFamily(db: Db, familyId: string): Promise<number> {
    const { count } = await db.refreshToken.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: new Date() } });
    return count;
  }

  /** Removes tokens more than a day past their expiry. */
  async sweepExpired(): Promise<number> {
    const { count } = await this.prisma.refreshToken.deleteMany({ where: { expiresAt: { lt: new Date(Date.now() - 86_400_000) } } });
    return count;
  }

  async revokeUser(db: Db, userId: string): Promise<number> {
    const { count } = await db.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    return count;
  }
}
