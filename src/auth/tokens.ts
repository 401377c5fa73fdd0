import { Injectable } from '@nestjs/common';
import { errors, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { UnauthenticatedError } from '../common/errors/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import type { Role, StaffViewer } from './viewer.js';

/** The audience of the tokens that sign staff in to the API; other token kinds use their own. */
export const ACCESS_AUDIENCE = 'podium-api';
// Only this algorithm is accepted: a token naming `none` or an asymmetric one never verifies.
const ALGORITHM = 'HS256';

export interface SignOptions {
  audience: string;
  subject: string;
  expiresInSeconds: number;
}

/** Signs and verifies the server's JWTs: explicit algorithm, issuer, audience and expiry. */
@Injectable()
export class Tokens {
  private readonly key: Uint8Array;
  private readonly issuer: string;
  private readonly accessTtlSeconds: number;

  constructor(config: AppConfig) {
    this.key = new TextEncoder().encode(config.auth.jwtSecret);
    this.issuer = config.auth.issuer;
    this.accessTtlSeconds = config.auth.accessTokenTtlSeconds;
  }

  get accessTokenTtlSeconds(): number {
    return this.accessTtlSeconds;
  }

  sign(claims: JWTPayload, { audience, subject, expiresInSeconds }: SignOptions): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setIssuer(this.issuer)
      .setAudience(audience)
      .setSubject(subject)
      .setIssuedAt()
      .setExpirationTime(`${expiresInSeconds}s`)
      .sign(this.key);
  }

  /** The token's claims; UNAUTHENTICATED when it is malformed, tampered, expired or meant for another audience. */
  async verify(token: string, audience: string): Promise<JWTPayload & { sub: string }> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: this.issuer,
        audience,
        requiredClaims: ['exp', 'sub'],
      });
      return payload as JWTPayload & { sub: string };
    } catch (error) {
      throw new UnauthenticatedError(error instanceof errors.JWTExpired ? 'The token has expired' : 'The token is not valid');
    }
  }

  signAccessToken(user: { id: string; role: Role; email: string }): Promise<string> {
    return this.sign(
      { role: user.role, email: user.email },
      { audience: ACCESS_AUDIENCE, subject: user.id, expiresInSeconds: this.accessTtlSeconds },
    );
  }

  async verifyAccessToken(token: string): Promise<StaffViewer> {
    const claims = await this.verify(token, ACCESS_AUDIENCE);
    if (typeof claims.role !== 'string' || typeof claims.email !== 'string') throw new UnauthenticatedError('The token is not valid');
    return { kind: 'staff', userId: claims.sub, role: claims.role as Role, email: claims.email };
  }
}
