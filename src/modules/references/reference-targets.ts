import type { Prisma } from '../../generated/prisma/client.js';
import type { PathedReference } from './reference-index.js';

type Tx = Prisma.TransactionClient;
type Found = { id: string; text?: string };

/** For each kind of thing a story can point at, which of a set of ids exist (with the placed texts of quotes and posts). */
const EXISTING: Record<PathedReference['targetType'], (tx: Tx, ids: string[]) => Promise<Found[]>> = {
  PERSON: (tx, ids) => tx.person.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  ORGANISATION: (tx, ids) => tx.organisation.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  COMPETITION: (tx, ids) => tx.competition.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  EVENT: (tx, ids) => tx.event.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  UNIT: (tx, ids) => tx.unit.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  VENUE: (tx, ids) => tx.venue.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  QUOTE: (tx, ids) => tx.quote.findMany({ where: { id: { in: ids } }, select: { id: true, text: true } }),
  SOCIAL_POST: (tx, ids) => tx.socialPost.findMany({ where: { id: { in: ids } }, select: { id: true, text: true } }),
  MEDIA_ASSET: (tx, ids) => tx.mediaAsset.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  PHASE: (tx, ids) => tx.phase.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  RESULT: (tx, ids) => tx.result.findMany({ where: { id: { in: ids } }, select: { id: true } }),
};

/** What a reference must say to be looked up. */
export type ReferenceTarget = Pick<PathedReference, 'targetType' | 'targetId'>;

export interface ReferenceTargets<T extends ReferenceTarget = PathedReference> {
  /** The references whose target does not exist, in the order given. */
  missing: T[];
  /** The texts of the quotes and social posts found, by id. */
  texts: Map<string, string>;
}

/** Looks up everything the references point at, one query per kind of target. */
export async function findReferenceTargets<T extends ReferenceTarget>(tx: Tx, references: readonly T[]): Promise<ReferenceTargets<T>> {
  const byType = new Map<PathedReference['targetType'], Set<string>>();
  for (const ref of references) byType.set(ref.targetType, (byType.get(ref.targetType) ?? new Set()).add(ref.targetId));
  const found = new Map<string, Found>();
  for (const [type, ids] of byType) {
    for (const row of await EXISTING[type](tx, [...ids])) found.set(`${type}|${row.id}`, row);
  }
  const texts = new Map<string, string>();
  for (const row of found.values()) if (row.text) texts.set(row.id, row.text);
  return { missing: references.filter((ref) => !found.has(`${ref.targetType}|${ref.targetId}`)), texts };
}

/** The references that point at nothing (deleted since, or never there), with their paths. */
export async function brokenReferences<T extends ReferenceTarget>(tx: Tx, references: readonly T[]): Promise<T[]> {
  return (await findReferenceTargets(tx, references)).missing;
}
