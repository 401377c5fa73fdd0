import { ArgsType, Field, InputType, IntersectionType, PartialType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { AuthorRole, LinkRelation, LinkTargetType } from '../../../generated/prisma/enums.js';
import { GeneratedSlugField } from '../../../common/dto/slug-field.decorator.js';
import { VersionedUpdateInput } from '../../../common/dto/versioned-update.input.js';
import { IsNotBlank } from '../../../common/validation/not-blank.js';
import { IsSlug } from '../../../common/validation/slug.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';
import { DateScalar } from '../../../graphql/scalars/index.js';
import { ArticleBlockInput } from './article-block.input.js';
import { LINKABLE_KIND_DESCRIPTIONS, linkableTypeOf } from '../../references/linkables/linkable-kinds.js';

registerEnumType(AuthorRole, {
  name: 'AuthorRole',
  description: 'How a person is credited on a story.',
  valuesMap: {
    AUTHOR: { description: 'Wrote the story; in the byline.' },
    CONTRIBUTOR: { description: 'Contributed to the story.' },
    ADDITIONAL_REPORTING: { description: 'Credited for additional reporting.' },
  },
});
registerEnumType(LinkRelation, {
  name: 'LinkRelation',
  description: 'How a story relates to a linked entity.',
  valuesMap: {
    ABOUT: { description: 'The story is about it.' },
    MENTIONS: { description: 'The story mentions it.' },
  },
});
registerEnumType(LinkTargetType, {
  name: 'LinkTargetType',
  description: 'What kind of sports-graph entity a story link points at.',
  valuesMap: LINKABLE_KIND_DESCRIPTIONS,
});

export const MAX_BLOCKS = 300;
export const MAX_AUTHORS = 20;
export const MAX_LINKS = 200;

@InputType({ description: 'A person credited on the story.' })
export class ArticleAuthorInput {
  @GlobalIdField('Person', { description: 'The person credited.' }) personId: string;
  @Field(() => AuthorRole, { nullable: true, description: 'Default AUTHOR.' }) @IsOptional() @IsEnum(AuthorRole) role?: AuthorRole;
}

@InputType({ description: 'A link from the story to the sports graph.' })
export class ArticleLinkInput {
  @Field(() => LinkRelation, { description: 'Whether the story is about the entity or only mentions it.' })
  @IsEnum(LinkRelation)
  relation: LinkRelation;
  @Field(() => LinkTargetType, { description: 'What kind of entity targetId is.' }) @IsEnum(LinkTargetType) targetType: LinkTargetType;
  @GlobalIdField(linkableTypeOf, { description: 'The linked entity, of the kind targetType says; it must exist.' }) targetId: string;
}

@InputType({ description: 'Where and when the story was filed ("MILAN, Feb 9").' })
export class DatelineInput {
  @Field(() => String, { nullable: true, description: 'Place as printed, 1 to 100 characters, e.g. MILAN.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  place?: string;
  @Field(() => DateScalar, { nullable: true, description: 'The filing day, calendar date (ISO 8601).' })
  @IsOptional()
  @IsDate()
  date?: Date;
}

@InputType({ description: 'A new story; it starts as a DRAFT.' })
export class CreateArticleInput {
  @Field({ description: 'The main headline, 1 to 300 characters, not blank.' })
  @IsString()
  @Length(1, 300)
  @IsNotBlank('Leerdam takes 1000m gold')
  headline: string;
  @GeneratedSlugField('the headline') slug?: string;
  @Field(() => String, { nullable: true, description: 'Standfirst.' }) @IsOptional() @IsString() @MaxLength(2000) summary?: string;
  @Field(() => String, { nullable: true, description: 'BCP 47 language tag; default en.' })
  @IsOptional()
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'a BCP 47 language tag, such as en, nl or pt-BR' })
  language?: string;
  @Field(() => String, { nullable: true, description: 'Section or sport, e.g. speed-skating.' })
  @IsOptional()
  @IsSlug()
  @MaxLength(100)
  section?: string;
  @Field(() => [String], { nullable: true, description: 'Subjects and tags, at most 50 of 1 to 100 characters.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  tags?: string[];
  @Field(() => DatelineInput, { nullable: true, description: 'Where and when the story was filed.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DatelineInput)
  dateline?: DatelineInput;
  @Field(() => String, { nullable: true, description: "The story's canonical public URL, with protocol." })
  @IsOptional()
  @IsUrl({ require_protocol: true })
  @MaxLength(2000)
  canonicalUrl?: string;
  @Field(() => String, {
    nullable: true,
    description: 'Title for search engines (at most 300 characters), when it should differ from the headline.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  seoTitle?: string;
  @Field(() => String, { nullable: true, description: 'Meta description for search engines (at most 1000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  seoDescription?: string;

  @Field(() => String, { nullable: true, description: 'Internal notes for the desk; never shown to readers.' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  editorNotes?: string;
  @Field(() => [ArticleAuthorInput], { nullable: true, description: `The byline, in order (at most ${MAX_AUTHORS}).` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_AUTHORS)
  @ValidateNested({ each: true })
  @Type(() => ArticleAuthorInput)
  authors?: ArticleAuthorInput[];
  @Field(() => [ArticleLinkInput], { nullable: true, description: `What the story is about and mentions (at most ${MAX_LINKS} links).` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LINKS)
  @ValidateNested({ each: true })
  @Type(() => ArticleLinkInput)
  links?: ArticleLinkInput[];
  @Field(() => [ArticleBlockInput], { nullable: true, description: `The body, in order (at most ${MAX_BLOCKS} blocks).` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_BLOCKS)
  @ValidateNested({ each: true })
  @Type(() => ArticleBlockInput)
  blocks?: ArticleBlockInput[];
}

@InputType({ description: 'Fields left out stay as they are; a given list (authors, links, blocks) replaces the stored one.' })
export class UpdateArticleInput extends IntersectionType(PartialType(CreateArticleInput), VersionedUpdateInput('Article')) {}

@InputType({ description: 'A story and the version it was seen at.' })
export class ArticleVersionInput extends VersionedUpdateInput('Article') {}

@ArgsType()
export class ArticleArgs {
  @Field({ description: "The story's slug." }) @IsString() @Length(1, 200) slug: string;
}
