import type { Prisma } from '../generated/prisma/client.js';

/** Keys that say which object and which version an input is about, not what it changes. */
const ADDRESSING = new Set(['id', 'expectedVersion']);

/** The input fields a client gave (null included: it clears the field), sorted, without the addressing keys. */
export function fieldsGiven(input: object): string[] {
  return Object.entries(input)
    .filter(([key, value]) => value !== undefined && !ADDRESSING.has(key))
    .map(([key]) => key)
    .sort();
}

/** What a create records: the fields given. */
export const createdSummary = (input: object): Prisma.InputJsonObject => ({ fields: fieldsGiven(input) });

/** What a version-guarded update records: the fields given and the version it moved from and to. */
export const updatedSummary = (input: object & { expectedVersion: number }): Prisma.InputJsonObject => ({
  fields: fieldsGiven(input),
  fromVersion: input.expectedVersion,
  toVersion: input.expectedVersion + 1,
});

/** What a delete records: the version the row had when it went. */
export const deletedSummary = (version: number): Prisma.InputJsonObject => ({ version });
