import { createHash, randomBytes } from 'node:crypto';

/** A secret for a client to keep (refresh tokens, API keys): 32 random bytes, base64url. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * How such a secret is stored: its SHA-256 in hex. The secret has 256 bits of entropy, so a
 * fast hash is enough, and it lets the server find the row by the hash alone.
 */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
