import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../common/errors/domain-error.js';
import { ErrorCode } from '../../../common/errors/error-codes.js';
import { AppConfig } from '../../../config/app-config.js';
import { PrismaService } from '../../../database/prisma.service.js';
import type { Prisma } from '../../../generated/prisma/client.js';

/** The two counters a login attempt is counted under. */
export interface ThrottleKeys {
  ip: string;
  account: string;
}

export const throttleKeys = (ip: string | undefined, email: string): ThrottleKeys => ({
  ip: `ip:${ip ?? 'unknown'}`,
  account: `account:${email}`,
});

/** Logins refused for a while after too many failures; `retryAfterSeconds` says how long. */
export class TooManyRequestsError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(ErrorCode.TOO_MANY_REQUESTS, `Too many failed sign-ins; try again in ${retryAfterSeconds} seconds`, { retryAfterSeconds });
  }
}

/**
 * Failed logins per IP address and per account within a window, counted in the LoginThrottle
 * table so every server process shares them. A key over its limit is blocked for one window;
 * times are the database's, so processes on different clocks agree.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly prisma: PrismaService,
    private readonly config: AppConfig,
  ) {}

  /** TOO_MANY_REQUESTS while either key is blocked: the password is then not even checked. */
  async refuseIfBlocked(keys: ThrottleKeys): Promise<void> {
    const [row] = await this.prisma.$queryRaw<{ retryAfter: number | null }[]>`
      SELECT CEIL(EXTRACT(EPOCH FROM MAX("blockedUntil") - now()))::int AS "retryAfter"
      FROM "LoginThrottle" WHERE key IN (${keys.ip}, ${keys.account}) AND "blockedUntil" > now()`;
    if (row.retryAfter !== null) throw new TooManyRequestsError(Math.max(1, row.retryAfter));
  }

  /** Counts a failure under both keys in one upsert; a window that has run out starts again at 1. */
  async recordFailure(tx: Prisma.TransactionClient, keys: ThrottleKeys): Promise<void> {
    const { maxFailuresPerAccount, maxFailuresPerIp, windowSeconds } = this.config.loginThrottle;
    await tx.$executeRaw`
      WITH settings AS (SELECT ${windowSeconds}::int * interval '1 second' AS win)
      INSERT INTO "LoginThrottle" AS t (key, failures, "windowStart", "blockedUntil")
      SELECT k.key, 1, now(), CASE WHEN k.lim <= 1 THEN now() + settings.win END
      FROM (VALUES (${keys.ip}::text, ${maxFailuresPerIp}::int), (${keys.account}::text, ${maxFailuresPerAccount}::int)) AS k(key, lim), settings
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN t."windowStart" > now() - (SELECT win FROM settings) THEN t.failures + 1 ELSE 1 END,
        "windowStart" = CASE WHEN t."windowStart" > now() - (SELECT win FROM settings) THEN t."windowStart" ELSE now() END,
        "blockedUntil" = CASE
          WHEN (CASE WHEN t."windowStart" > now() - (SELECT win FROM settings) THEN t.failures + 1 ELSE 1 END)
            >= (CASE WHEN t.key LIKE 'ip:%' THEN ${maxFailuresPerIp}::int ELSE ${maxFailuresPerAccount}::int END)
          THEN now() + (SELECT win FROM settings)
          ELSE t."blockedUntil" END`;
  }

  /** Forgets counters whose window has run out and whose block, if any, has ended. */
  async sweep(): Promise<number> {
    const { windowSeconds } = this.config.loginThrottle;
    return this.prisma.$executeRaw`
      DELETE FROM "LoginThrottle"
      WHERE "windowStart" < now() - ${windowSeconds}::int * interval '1 second' AND coalesce("blockedUntil", '-infinity') < now()`;
  }

  /** A successful login clears its account's failures (not its address's: one good password does not vouch for the rest). */
  async reset(tx: Prisma.TransactionClient, keys: ThrottleKeys): Promise<void> {
    await tx.loginThrottle.deleteMany({ where: { key: keys.account } });
  }
}
