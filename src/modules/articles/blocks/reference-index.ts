import type { LinkRelation, LinkTargetType, ReferenceKind, ReferenceTargetType } from '../../../generated/prisma/enums.js';
import type { BlockReference } from './normalize-blocks.js';

export interface ReferenceRow {
  targetType: ReferenceTargetType;
  targetId: string;
  kind: ReferenceKind;
  blockPosition: number;
}

/** The rows of the reference index for a body and its links, without duplicates. */
export function referenceRows(
  blockReferences: BlockReference[],
  links: { relation: LinkRelation; targetType: LinkTargetType; targetId: string }[],
): ReferenceRow[] {
  const rows = new Map<string, ReferenceRow>();
  const add = (row: ReferenceRow) => rows.set(`${row.targetType}|${row.targetId}|${row.kind}|${row.blockPosition}`, row);
  for (const ref of blockReferences) {
    if (ref.kind && ref.targetType !== 'RESULT')
      add({ targetType: ref.targetType, targetId: ref.targetId, kind: ref.kind, blockPosition: ref.blockPosition });
  }
  for (const link of links)
    add({ targetType: link.targetType, targetId: link.targetId, kind: link.relation === 'ABOUT' ? 'ABOUT' : 'MENTION', blockPosition: -1 });
  return [...rows.values()];
}
