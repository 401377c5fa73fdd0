import { BadInputError } from '../../../common/errors/domain-error.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import { findReferenceTargets } from '../../references/reference-targets.js';
import type { BlockReference } from '../blocks/normalize-blocks.js';

/**
 * Checks that everything a story points at exists (one query per kind of entity) and
 * returns the texts of the quotes and posts it places. A missing one is a BAD_USER_INPUT
 * naming every input path at fault.
 */
export async function checkReferences(tx: Prisma.TransactionClient, references: BlockReference[]): Promise<Map<string, string>> {
  const { missing, texts } = await findReferenceTargets(tx, references);
  if (missing.length) {
    throw new BadInputError(
      `References to missing entities: ${missing.map((m) => m.path).join(', ')}`,
      missing.map((m) => ({ path: m.path, message: `no ${m.targetType.toLowerCase().replace('_', ' ')} with id ${m.targetId}` })),
    );
  }
  return texts;
}
