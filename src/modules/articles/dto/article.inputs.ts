import { ArgsType, Field, ID, InputType, Int, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { AuthorRole, LinkRelation, LinkTargetType } from '../../../generated/prisma/enums.js';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../../../common/validation/slug.js';
import { DateScalar } from '../../../graphql/scalars/index.js';
import { ArticleBlockInput } from './article-block.input.js';

registerEnumType(AuthorRole, { name: 'AuthorRole' });
registerEnumType(LinkRelation, { name: 'LinkRelation', description: 'ABOUT: the story is about it; MENTIONS: the story mentions it.' });
registerEnumType(LinkTargetType, { name: 'LinkTargetType' });

export const MAX_BLOCKS = 300;

@InputType()
export class ArticleAuthorInput {
  @Field(() => ID) @IsUUID() personId: string;
  @Field(() => AuthorRole, { nullable: true, description: 'Default AUTHOR.' }) @IsOptional() @IsEnum(AuthorRole) role?: AuthorRole;
}

@InputType({ description: 'A link from the story to the sports graph.' })
export class ArticleLinkInput {
  @Field(() => LinkRelation) @IsEnum(LinkRelation) relation: LinkRelation;
  @Field(() => LinkTargetType) @IsEnum(LinkTargetType) targetType: LinkTargetType;
  @Field(() => ID) @IsUUID() targetId: string;
}

@InputType({ description: 'Where and when the story was filed ("MILAN, Feb 9").' })
export class DatelineInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 100) place?: string;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @IsDate() date?: Date;
}

@InputType()
export class CreateArticleInput {
  @Field() @IsString() @Length(1, 300) @Matches(/\S/, { message: 'headline must not be blank' }) headline: string;
  @Field(() => String, { nullable: true, description: 'Generated from the headline when omitted.' })
  @IsOptional() @Matches(SLUG_PATTERN, { message: 'slug must be lower-case words joined by hyphens' }) @MaxLength(SLUG_MAX_LENGTH) slug?: string;
  @Field(() => String, { nullable: true, description: 'Standfirst.' }) @IsOptional() @IsString() @MaxLength(2000) summary?: string;
  @Field(() => String, { nullable: true, description: 'BCP 47 language tag; default en.' }) @IsOptional() @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/) language?: string;
  @Field(() => String, { nullable: true, description: 'Section or sport, e.g. speed-skating.' }) @IsOptional() @Matches(SLUG_PATTERN) @MaxLength(100) section?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 100, { each: true }) tags?: string[];
  @Field(() => DatelineInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => DatelineInput) dateline?: DatelineInput;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ require_protocol: true }) @MaxLength(2000) canonicalUrl?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) seoTitle?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) seoDescription?: string;
  @Field(() => [ArticleAuthorInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ArticleAuthorInput) authors?: ArticleAuthorInput[];
  @Field(() => [ArticleLinkInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => ArticleLinkInput) links?: ArticleLinkInput[];
  @Field(() => [ArticleBlockInput], { nullable: true, description: `The body, in order (at most ${MAX_BLOCKS} blocks).` })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_BLOCKS) @ValidateNested({ each: true }) @Type(() => ArticleBlockInput) blocks?: ArticleBlockInput[];
}

@InputType({ description: 'Fields left out stay as they are; a given list (authors, links, blocks) replaces the stored one.' })
export class UpdateArticleInput extends PartialType(OmitType(CreateArticleInput, [] as const)) {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you edited; a newer one on the server gives VERSION_CONFLICT.' }) @IsInt() @Min(1) expectedVersion: number;
}

@InputType()
export class ArticleVersionInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
}

@ArgsType()
export class ArticleArgs {
  @Field({ description: 'The story\'s slug.' }) @IsString() @Length(1, 200) slug: string;
}
