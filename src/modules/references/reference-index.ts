import type { LinkRelation, LinkTargetType, ReferenceKind, ReferenceTargetType } from '../../generated/prisma/enums.js';

/** An id a story points at, with the input path to blame when it does not exist. */
export interface PathedReference {
  /** RESULT ids (fact boxes) are checked but not indexed. */
  targetType: ReferenceTargetType | 'RESULT';
  targetId: string;
  kind: ReferenceKind | null;
  blockPosition: number;
  path: string;
}

/** One row of the reference index (ArticleReference). */
export interface ReferenceRow {
  targetType: ReferenceTargetType;
  targetId: string;
  kind: ReferenceKind;
  blockPosition: number;
}

/** The rows of the reference index for a body and its links, without duplicates. */
export function referenceRows(
  blockReferences: PathedReference[],
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
