import argon2 from 'argon2';

/** Shortest password accepted when one is set or changed. */
export const MIN_PASSWORD_LENGTH = 12;
/** Longest accepted: hashing is the costly part of a login, and no passphrase needs more. */
export const MAX_PASSWORD_LENGTH = 1024;

// OWASP's first argon2id configuration (m=19456 KiB, t=2, p=1): about 20 ms a hash on our
// machines, so a login stays cheap for the server and costly for an offline guesser.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * True when `password` matches the PHC string `hash`. Without a hash (an unknown account) the
 * password is checked against a dummy one all the same, so that an unknown email takes as long
 * as a wrong password and timing does not tell which accounts exist.
 */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (hash === null) {
    dummyHash ??= hashPassword('not the password of any account');
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await argon2.verify(hash, password);
  } catch {
    // A stored value that is not a PHC string verifies nothing.
    return false;
  }
}
