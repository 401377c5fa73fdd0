import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BlockType } from '../../../../generated/prisma/enums.js';
import { JSONScalar } from '../../../../graphql/scalars/index.js';
import { MAX_BLOCKS } from '../../dto/article.inputs.js';
import { MAX_SEGMENTS } from '../compare/word-diff.js';
import { SNAPSHOT_FIELDS } from '../revision-snapshot.js';
import { ArticleRevision, RevisionBlock } from './article-revision.model.js';

export enum BlockChangeKind {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
  UNCHANGED = 'UNCHANGED',
  MOVED = 'MOVED',
}
registerEnumType(BlockChangeKind, {
  name: 'BlockChangeKind',
  description: 'What happened to a block between two revisions.',
  valuesMap: {
    ADDED: { description: 'Only in `to`.' },
    REMOVED: { description: 'Only in `from`.' },
    CHANGED: { description: 'Edited: the same kind of block in the same place, with other content.' },
    UNCHANGED: { description: 'Identical and in place.' },
    MOVED: { description: 'Identical but moved relative to the other blocks.' },
  },
});

export enum TextSegmentKind {
  EQUAL = 'EQUAL',
  INSERTED = 'INSERTED',
  DELETED = 'DELETED',
}
registerEnumType(TextSegmentKind, {
  name: 'TextSegmentKind',
  description: 'The part a run of text plays in a word diff.',
  valuesMap: {
    EQUAL: { description: 'In both texts.' },
    INSERTED: { description: 'Only in the text of `to`.' },
    DELETED: { description: 'Only in the text of `from`.' },
  },
});

@ObjectType({
  description: 'A run of text in a word diff: EQUAL and DELETED runs spell the text of `from`, EQUAL and INSERTED that of `to`.',
})
export class TextSegment {
  @Field(() => TextSegmentKind, { description: 'Whether the run is in both texts or only one.' }) kind: TextSegmentKind;
  @Field({ description: 'The words, with their spaces and punctuation.' }) text: string;
}

const SEGMENTS = `The word diff, in order (at most ${MAX_SEGMENTS} segments; a longer one is given as the whole text deleted and inserted).`;

@ObjectType({ description: 'A field of the story that differs between two revisions.' })
export class RevisionFieldChange {
  @Field({ description: `The field: ${SNAPSHOT_FIELDS.join(', ')}.` }) field: string;
  @Field(() => JSONScalar, { nullable: true, description: 'Its value in `from`.' }) before: unknown;
  @Field(() => JSONScalar, { nullable: true, description: 'Its value in `to`.' }) after: unknown;
  @Field(() => [TextSegment], { nullable: true, complexity: MAX_SEGMENTS, description: `For text fields: ${SEGMENTS}` })
  segments: TextSegment[] | null;
}

@ObjectType({ description: "One block in a comparison, in the order of `to`'s body with removed blocks where they stood." })
export class RevisionBlockChange {
  @Field(() => BlockChangeKind, { description: 'What happened to it.' }) kind: BlockChangeKind;
  @Field(() => BlockType, { description: 'The kind of block.' }) type: BlockType;
  @Field(() => Int, { nullable: true, description: "Its index in `from`'s body; null when ADDED." }) beforeIndex: number | null;
  @Field(() => Int, { nullable: true, description: "Its index in `to`'s body; null when REMOVED." }) afterIndex: number | null;
  @Field(() => RevisionBlock, { nullable: true, description: 'The block as `from` has it.' }) before: RevisionBlock | null;
  @Field(() => RevisionBlock, { nullable: true, description: 'The block as `to` has it.' }) after: RevisionBlock | null;
  @Field(() => [TextSegment], {
    nullable: true,
    complexity: MAX_SEGMENTS,
    description: `For CHANGED paragraphs, headings and quotes: ${SEGMENTS}`,
  })
  segments: TextSegment[] | null;
}

@ObjectType({ description: 'What changed from one revision of a story to another.' })
export class ArticleRevisionComparison {
  @Field(() => ArticleRevision, { description: 'The revision compared from.' }) from: ArticleRevision;
  @Field(() => ArticleRevision, { description: 'The revision compared to.' }) to: ArticleRevision;
  @Field(() => [RevisionFieldChange], { complexity: SNAPSHOT_FIELDS.length, description: 'The fields that differ, in a fixed order.' })
  fields: RevisionFieldChange[];
  @Field(() => [RevisionBlockChange], {
    complexity: 2 * MAX_BLOCKS,
    description: `Every block of both bodies (at most ${2 * MAX_BLOCKS}).`,
  })
  blocks: RevisionBlockChange[];
}
