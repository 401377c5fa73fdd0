import { BadInputError } from '../../../common/errors/domain-error.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import type { BlockReference } from '../blocks/normalize-blocks.js';

type Tx = Prisma.TransactionClient;
type Found = { id: string; text?: string };

const LOOKUPS: Record<BlockReference['targetType'], (tx: Tx, ids: string[]) => Promise<Found[]>> = {
  PERSON: (tx, ids) => tx.person.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  ORGANISATION: (tx, ids) => tx.organisation.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  COMPETITION: (tx, ids) => tx.competition.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  EVENT: (tx, ids) => tx.event.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  UNIT: (tx, ids) => tx.unit.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  VENUE: (tx, ids) => tx.venue.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  QUOTE: (tx, ids) => tx.quote.findMany({ where: { id: { in: ids } }, select: { id: true, text: true } }),
  SOCIAL_POST: (tx, ids) => tx.socialPost.findMany({ where: { id: { in: ids } }, select: { id: true, text: true } }),
  MEDIA_ASSET: (tx, ids) => tx.mediaAsset.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  RESULT: (tx, ids) => tx.result.findMany({ where: { id: { in: ids } }, select: { id: true } }),
};

type Target = Pick<BlockReference, 'targetType' | 'targetId'>;

/** The targets that exist, keyed `TYPE|id`: one query per kind of entity. */
async function existingTargets(tx: Tx, references: readonly Target[]): Promise<Map<string, Found>> {
  const byType = new Map<BlockReference['targetType'], Set<string>>();
  for (const ref of references) byType.set(ref.targetType, (byType.get(ref.targetType) ?? new Set()).add(ref.targetId));
  const found = new Map<string, Found>();
  for (const [type, ids] of byType) {
    for (const row of await LOOKUPS[type](tx, [...ids])) found.set(`${type}|${row.id}`, row);
  }
  return found;
}

/** The references whose target is gone (deleted since the story was saved). */
export async function brokenReferences<T extends Target>(tx: Tx, references: readonly T[]): Promise<T[]> {
  const found = await existingTargets(tx, references);
  return references.filter((ref) => !found.has(`${ref.targetType}|${ref.targetId}`));
}

/**
 * Checks that everything a story points at exists (one query per kind of entity) and
 * returns the texts of the quotes and posts it places. A missing one is a BAD_USER_INPUT
 * naming every input path at fault.
 */
export async function checkReferences(tx: Tx, references: BlockReference[]): Promise<Map<string, string>> {
  const found = await existingTargets(tx, references);
  const missing = references.filter((ref) => !found.has(`${ref.targetType}|${ref.targetId}`));
  if (missing.length) {
    throw new BadInputError(
      `References to missing entities: ${missing.map((m) => m.path).join(', ')}`,
      missing.map((m) => ({ path: m.path, message: `no ${m.targetType.toLowerCase().replace('_', ' ')} with id ${m.targetId}` })),
    );
  }
  const texts = new Map<string, string>();
  for (const row of found.values()) if (row.text) texts.set(row.id, row.text);
  return texts;
}
