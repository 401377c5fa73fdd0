import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArticleStatus, AuthorRole, LinkRelation } from '../../../generated/prisma/enums.js';
import { DateScalar, DateTimeScalar } from '../../../graphql/scalars/index.js';
import { Person } from '../../people/models/person.model.js';
import { Node } from '../../../graphql/relay/node.interface.js';

registerEnumType(ArticleStatus, {
  name: 'ArticleStatus',
  description: 'Where a story is in the workflow; only PUBLISHED stories are public, and readers see their published snapshot.',
  valuesMap: {
    DRAFT: { description: 'Being written; new stories and stories sent back by a reviewer are here. Its writer may edit it.' },
    IN_REVIEW: { description: 'Submitted, waiting for an editor; only editors edit it.' },
    SCHEDULED: { description: 'Approved, to be published at scheduledAt by the job queue.' },
    PUBLISHED: { description: 'Public: readers see the snapshot taken when it was last published.' },
    UNPUBLISHED: { description: 'Taken down after publication; readers see nothing of it.' },
    ARCHIVED: { description: 'Retired from the desk; readers see nothing of it.' },
  },
});

@ObjectType({ description: 'Where and when the story was filed.' })
export class Dateline {
  @Field(() => String, { nullable: true, description: 'The place the story was filed from, as printed, e.g. MILAN.' })
  place: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The filing day, calendar date (ISO 8601).' })
  date: Date | null;
}

@ObjectType({ description: 'A story: headline, summary and a body of typed blocks linked to the data.', implements: () => [Node] })
export class Article implements Node {
  id: string;

  @Field({ description: 'Unique URL key.' })
  slug: string;

  @Field({ description: 'The main headline.' })
  headline: string;

  @Field(() => String, { nullable: true, description: 'Standfirst.' })
  summary: string | null;

  @Field({ description: 'BCP 47 language tag.' })
  language: string;

  @Field(() => String, { nullable: true, description: 'Section or sport, e.g. speed-skating.' })
  section: string | null;

  @Field(() => [String], { description: 'Subjects and tags.' })
  tags: string[];

  @Field(() => String, { nullable: true, description: "The story's canonical public URL; also `url` in jsonLd." })
  canonicalUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Title for search engines, when it should differ from the headline.' })
  seoTitle: string | null;

  @Field(() => String, { nullable: true, description: 'Meta description for search engines, when it should differ from the summary.' })
  seoDescription: string | null;

  @Field(() => ArticleStatus, { description: 'Where the story is in the workflow.' })
  status: ArticleStatus;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when saving.' })
  version: number;

  @Field(() => DateTimeScalar, { description: 'First created; for readers, when the story was first published.' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { description: 'Last modified; for readers, when the published version went out.' })
  updatedAt: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'First published (datePublished); an editor may set it to the source date of an archive story.',
  })
  publishedAt: Date | null;

  datelinePlace: string | null;
  datelineDate: Date | null;
  /** Set on rows of the published snapshot (public reads); absent on working copies. */
  published?: boolean;
  /** The snapshot's correction notes, on published rows. */
  corrections?: unknown;
}

/** At most this many correction notes are listed (the newest). */
export const MAX_CORRECTIONS = 50;

@ObjectType({ description: 'A public correction of a published story.' })
export class ArticleCorrection {
  @Field({ description: 'What was corrected, as shown to readers.' })
  note: string;

  @Field(() => DateTimeScalar, { description: 'When the correction was published.' })
  at: Date;
}

@ObjectType({ description: 'A person credited on the story.' })
export class ArticleAuthor {
  @Field(() => Person, { description: 'The person credited.' })
  person: Person;

  @Field(() => AuthorRole, { description: 'How they contributed.' })
  role: AuthorRole;
}

@ObjectType({ description: 'A link from the story to an entity of the sports graph.' })
export class ArticleLink {
  @Field(() => LinkRelation, { description: 'Whether the story is about the entity or only mentions it.' })
  relation: LinkRelation;

  targetType: string;
  targetId: string;
}
