import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../graphql/pagination/connection.js';
import { GlobalIdField } from '../../graphql/relay/global-id.input.js';
import { DateTimeScalar } from '../../graphql/scalars/index.js';

@InputType({ description: 'Narrows the audit log; every field given must match.' })
export class AuditLogFilter {
  @GlobalIdField(['User', 'ApiKey'], { nullable: true, description: 'Changes made by this User or ApiKey.' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Changes to objects of this GraphQL type, e.g. "Article".' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z][A-Za-z0-9]{0,31}$/, { message: 'objectType must be a GraphQL type name, such as Article' })
  objectType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Changes to this object (its global id, of any type).' })
  @IsOptional()
  @IsString()
  @MaxLength(256)
  objectId?: string | null;

  @Field(() => String, { nullable: true, description: 'This action, e.g. "article.publish".' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  action?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Changes at or after this instant.' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Changes before this instant.' })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true, description: 'Which entries; all of them when left out.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter | null;
}
