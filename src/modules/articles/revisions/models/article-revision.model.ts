import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArticleStatus, AuthorRole, BlockType, LinkRelation, LinkTargetType, RevisionReason } from '../../../../generated/prisma/enums.js';
import { DateTimeScalar, JSONObjectScalar } from '../../../../graphql/scalars/index.js';
import { MAX_AUTHORS, MAX_BLOCKS, MAX_LINKS } from '../../dto/article.inputs.js';
import { Dateline } from '../../models/article.model.js';

registerEnumType(RevisionReason, {
  name: 'RevisionReason',
  description: 'Why a revision of a story was written.',
  valuesMap: {
    CREATED: { description: 'The story was created.' },
    SAVED: { description: 'The story was saved.' },
    RESTORED: { description: 'An earlier revision was restored as the working copy; restoredFrom names it.' },
    CONFLICTED: {
      description: 'A save refused with VERSION_CONFLICT, kept so its content is not lost; version is the one it was based on.',
    },
  },
});

@ObjectType({ description: 'One block of a revision: its type, its text and its payload as ArticleBlockInput takes it.' })
export class RevisionBlock {
  @Field(() => ID, { description: 'The id the block has in the body while its content is unchanged.' }) id: string;
  @Field(() => BlockType, { description: 'The kind of block.' }) type: BlockType;
  @Field(() => String, { nullable: true, description: "The block's own text: a paragraph's or heading's text, a fact box title." })
  text: string | null;
  @Field(() => JSONObjectScalar, { description: 'The payload, with global ids, in the shape of its ArticleBlockInput field.' })
  data: Record<string, unknown>;
}

@ObjectType({ description: 'A person credited in a revision.' })
export class RevisionAuthor {
  @Field(() => ID, { description: 'The person credited.' }) personId: string;
  @Field(() => AuthorRole, { description: 'How they are credited.' }) role: AuthorRole;
}

@ObjectType({ description: 'A link of a revision to the sports graph.' })
export class RevisionLink {
  @Field(() => LinkRelation, { description: 'About or mentions.' }) relation: LinkRelation;
  @Field(() => LinkTargetType, { description: 'What kind of entity targetId is.' }) targetType: LinkTargetType;
  @Field(() => ID, { description: 'The linked entity.' }) targetId: string;
}

@ObjectType({ description: 'The whole story as a revision recorded it.' })
export class ArticleRevisionContent {
  @Field({ description: 'The headline.' }) headline: string;
  @Field({ description: 'The slug at the time.' }) slug: string;
  @Field(() => String, { nullable: true, description: 'Standfirst.' }) summary: string | null;
  @Field({ description: 'BCP 47 language tag.' }) language: string;
  @Field(() => String, { nullable: true, description: 'Section or sport.' }) section: string | null;
  @Field(() => [String], { description: 'Subjects and tags.' }) tags: string[];
  @Field(() => Dateline, { description: 'Where and when the story was filed.' }) dateline: Dateline;
  @Field(() => String, { nullable: true, description: 'Canonical public URL.' }) canonicalUrl: string | null;
  @Field(() => String, { nullable: true, description: 'Title for search engines.' }) seoTitle: string | null;
  @Field(() => String, { nullable: true, description: 'Meta description for search engines.' }) seoDescription: string | null;
  @Field(() => ArticleStatus, { description: 'The status when it was recorded.' }) status: ArticleStatus;
  @Field(() => [RevisionBlock], { complexity: MAX_BLOCKS, description: `The body, in order (at most ${MAX_BLOCKS} blocks).` })
  body: RevisionBlock[];
  @Field(() => [RevisionAuthor], { complexity: MAX_AUTHORS, description: `The byline (at most ${MAX_AUTHORS}).` })
  authors: RevisionAuthor[];
  @Field(() => [RevisionLink], { complexity: MAX_LINKS, description: `The links (at most ${MAX_LINKS}).` })
  links: RevisionLink[];
}

@ObjectType({ description: 'One recorded state of a story: every save appends one. Staff only.' })
export class ArticleRevision {
  id: string;
  @Field(() => Int, { description: 'The working-copy version it records (for CONFLICTED: the version the refused save was based on).' })
  version: number;
  @Field(() => RevisionReason, { description: 'Why it was written.' }) reason: RevisionReason;
  @Field(() => DateTimeScalar, { description: 'When it was written.' }) createdAt: Date;

  articleId: string;
  authorId: string | null;
  restoredFromId: string | null;
  snapshot?: unknown;
}
