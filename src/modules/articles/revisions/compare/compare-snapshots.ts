import { required } from '../../../../common/required.js';
import { canonicalJson } from '../../blocks/block-key.js';
import { blockDefinition } from '../../blocks/block-registry.js';
import { SNAPSHOT_FIELDS, type RevisionSnapshot, type SnapshotBlock } from '../revision-snapshot.js';
import { alignBlocks, type BlockChangeKind } from './block-alignment.js';
import { type TextSegment, wordDiff } from './word-diff.js';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  /** For text fields (headline, summary, SEO texts): the word diff. */
  segments: TextSegment[] | null;
}

export interface BlockChange {
  kind: BlockChangeKind;
  type: SnapshotBlock['type'];
  beforeIndex: number | null;
  afterIndex: number | null;
  before: SnapshotBlock | null;
  after: SnapshotBlock | null;
  beforeText: string | null;
  afterText: string | null;
  /** For CHANGED paragraphs, headings and quotes: the word diff of their text. */
  segments: TextSegment[] | null;
}

export interface SnapshotComparison {
  fields: FieldChange[];
  blocks: BlockChange[];
}

const TEXT_FIELDS = new Set(['headline', 'summary', 'seoTitle', 'seoDescription']);

/** The text a block reads as: its own for paragraphs and headings, the quote's for quotes (looked up by the caller). */
export type BlockText = (block: SnapshotBlock) => string | null;

/** What changed from one snapshot of a story to another: fields with before/after, blocks aligned in order. */
export function compareSnapshots(before: RevisionSnapshot, after: RevisionSnapshot, textOf: BlockText): SnapshotComparison {
  const fields = SNAPSHOT_FIELDS.filter((field) => canonicalJson(before[field]) !== canonicalJson(after[field])).map((field) => {
    const [a, b] = [before[field], after[field]];
    const text = TEXT_FIELDS.has(field);
    return { field, before: a, after: b, segments: text ? wordDiff((a as string | null) ?? '', (b as string | null) ?? '') : null };
  });
  const blocks = alignBlocks(before.blocks, after.blocks).map((line): BlockChange => {
    const a = line.beforeIndex === null ? null : before.blocks[line.beforeIndex];
    const b = line.afterIndex === null ? null : after.blocks[line.afterIndex];
    const [beforeText, afterText] = [a && textOf(a), b && textOf(b)];
    // Every line of an alignment has a block on at least one side.
    const { type } = required(b ?? a, 'a block on one side of the line');
    const diffed = line.kind === 'CHANGED' && blockDefinition(type).wordDiff === true;
    return {
      kind: line.kind,
      type,
      beforeIndex: line.beforeIndex,
      afterIndex: line.afterIndex,
      before: a,
      after: b,
      beforeText,
      afterText,
      segments: diffed ? wordDiff(beforeText ?? '', afterText ?? '') : null,
    };
  });
  return { fields, blocks };
}

/** The text of a paragraph or heading block, a fact box's title; other blocks have none of their own. */
export function ownText(block: SnapshotBlock): string | null {
  const definition = blockDefinition(block.type);
  return definition.ownText ? definition.ownText(block.data) : null;
}
