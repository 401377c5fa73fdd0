import { ArgsType, Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsSlug, SLUG_MAX_LENGTH } from '../../../common/validation/slug.js';
import { PageArgs } from '../../../graphql/pagination/connection.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';

/** How a story involves a person; computed from the reference index and the live results. */
export enum ArticleRelation {
  QUOTED = 'QUOTED',
  PICTURED = 'PICTURED',
  IN_RESULTS = 'IN_RESULTS',
  ABOUT = 'ABOUT',
  MENTIONED = 'MENTIONED',
  ANY = 'ANY',
}

registerEnumType(ArticleRelation, {
  name: 'ArticleRelation',
  description: 'How a story involves a person.',
  valuesMap: {
    QUOTED: { description: 'A quote block places a quote the person said.' },
    PICTURED: { description: 'An image block places a photo showing the person.' },
    IN_RESULTS: {
      description:
        'A results table shows a unit or event the person has a result or standing in, or a unit whose line-up lists them as a starter or substitute (or the event of a team whose line-up lists them); from the live results.',
    },
    ABOUT: { description: 'The story is linked as being about the person.' },
    MENTIONED: { description: 'The story mentions the person (a link or a mention in the text).' },
    ANY: { description: 'Any of the above.' },
  },
});

/** Most nested lists of stories stay short: a profile page, an asset's usages. */
export const NESTED_ARTICLES_DEFAULT = 20;
export const NESTED_ARTICLES_MAX = 100;

@InputType({ description: 'Narrows the published stories; every field given must match.' })
export class ArticlesFilter {
  @Field(() => String, { nullable: true, description: 'The section (sport), e.g. speed-skating.' })
  @IsOptional()
  @IsSlug()
  @MaxLength(100)
  sport?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Competition slug: stories linked to or referencing it, or any of its events or units.',
  })
  @IsOptional()
  @IsSlug()
  @MaxLength(SLUG_MAX_LENGTH)
  competition?: string;

  @GlobalIdField('Event', { nullable: true, description: 'Stories linked to or referencing the event or any of its units.' })
  event?: string;

  @Field(() => String, { nullable: true, description: 'Person slug; `relation` says how the story must involve them.' })
  @IsOptional()
  @IsSlug()
  @MaxLength(SLUG_MAX_LENGTH)
  person?: string;

  @Field(() => String, { nullable: true, description: 'A tag the story carries (exact).' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  tag?: string;

  @Field(() => ArticleRelation, { nullable: true, description: 'Qualifies `person`; default ANY.' })
  @IsOptional()
  @IsEnum(ArticleRelation)
  relation?: ArticleRelation;
}

@ArgsType()
export class ArticlesArgs extends PageArgs {
  @Field(() => ArticlesFilter, { nullable: true, description: 'Conditions on the stories.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ArticlesFilter)
  filter?: ArticlesFilter;
}

@ArgsType()
export class NestedArticlesArgs {
  @Field(() => Int, { nullable: true, description: `At most this many (default ${NESTED_ARTICLES_DEFAULT}, max ${NESTED_ARTICLES_MAX}).` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(NESTED_ARTICLES_MAX)
  first?: number;
}

@ArgsType()
export class PersonArticlesArgs extends NestedArticlesArgs {
  @Field(() => ArticleRelation, { nullable: true, description: 'How the story involves the person; default ANY.' })
  @IsOptional()
  @IsEnum(ArticleRelation)
  relation?: ArticleRelation;
}
