import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArticleStatus, AuthorRole, LinkRelation } from '../../../generated/prisma/enums.js';
import { DateScalar, DateTimeScalar } from '../../../graphql/scalars/index.js';
import { Person } from '../../people/models/person.model.js';
import { Node } from '../../../graphql/relay/node.interface.js';

registerEnumType(ArticleStatus, {
  name: 'ArticleStatus',
  description: 'Where a story is in the workflow; only PUBLISHED stories are public.',
  valuesMap: {
    DRAFT: { description: 'Being written; new stories start here.' },
    IN_REVIEW: { description: 'Written, waiting for an editor.' },
    SCHEDULED: { description: 'Approved, to be published later.' },
    PUBLISHED: { description: 'Public.' },
    UNPUBLISHED: { description: 'Taken down after publication.' },
    ARCHIVED: { description: "Kept for the record, out of the desk's working lists; not public." },
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

  @Field(() => DateTimeScalar, { description: 'First created.' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { description: 'Last modified.' })
  updatedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'First published.' })
  publishedAt: Date | null;

  datelinePlace: string | null;
  datelineDate: Date | null;
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
