import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ArticleStatus } from '../../../generated/prisma/enums.js';
import { PageArgs } from '../../../graphql/pagination/connection.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';

@InputType({ description: "Conditions on the desk's list of working copies." })
export class DeskArticlesFilter {
  @Field(() => ArticleStatus, { nullable: true, description: 'Only stories in this status.' })
  @IsOptional()
  @IsEnum(ArticleStatus)
  status?: ArticleStatus;

  @Field(() => String, { nullable: true, description: 'Only stories created by this user (their user id).' })
  @IsOptional()
  @IsUUID()
  createdBy?: string;
}

@ArgsType()
export class DeskArticlesArgs extends PageArgs {
  @Field(() => DeskArticlesFilter, { nullable: true, description: 'Conditions on the stories.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeskArticlesFilter)
  filter?: DeskArticlesFilter;
}

@ArgsType()
export class DeskArticleArgs {
  @GlobalIdField('Article', { description: 'The story.' })
  id: string;
}
