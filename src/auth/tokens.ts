import { createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { errors, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { UnauthenticatedError } from '../common/errors/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import type { Role, StaffViewer } from './viewer.js';

/** The audience of the tokens that sign staff in to the API; other token kinds use their own. */
export const ACCESS_AUDIENCE = 'podium-api';
// Only this algorithm is accepted: a token naming `none` or an asymmetric one never verifies.
const ALGORITHM = 'HS256';
const VERIFIED_KEPT = 10_000;

export interface SignOptions {
  audience: string;
  subject: string;
  expiresInSeconds: number;
}

/** Signs and verifies the server's JWTs: explicit algorithm, issuer, audience and expiry. */
@Injectable()
export class Tokens {
  // A KeyObject made once: given raw bytes, jose imports the key again on every sign and verify.
  private readonly key: KeyObject;
  private readonly issuer: string;
  private readonly accessTtlSeconds: number;
  // A session sends the same token with every request: its signature is checked once, then the
  // exact string is known until it expires (any other string, a tampered one too, is verified).
  private readonly verified = new Map<string, { viewer: StaffViewer; expiresAtMs: number }>();

  constructor(config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
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
    const known = this.verified.get(token);
    if (known && known.expiresAtMs > Date.now()) return known.viewer;
    const claims = await this.verify(token, ACCESS_AUDIENCE);
    if (typeof claims.role !== 'string' || typeof claims.email !== 'string') throw new UnauthenticatedError('The token is not valid');
    const viewer: StaffViewer = { kind: 'staff', userId: claims.sub, role: claims.role as Role, email: claims.email };
    if (this.verified.size >= VERIFIED_KEPT) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, { viewer, expiresAtMs: (claims.exp ?? 0) * 1000 });
    return viewer;
  }
}
