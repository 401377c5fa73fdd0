import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { PageArgs } from '../../../../graphql/pagination/connection.js';

export const MAX_WITHIN_DAYS = 366;

@ArgsType()
export class ExpiringMediaUsesArgs extends PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Photos whose rights end within this many days from now, expired ones included (0 to ${MAX_WITHIN_DAYS}; default MEDIA_RIGHTS_WARNING_DAYS).`,
  })
  @IsOptional()
  @IsInt({ message: 'a whole number of days' })
  @Min(0, { message: 'at least 0 days' })
  @Max(MAX_WITHIN_DAYS, { message: `at most ${MAX_WITHIN_DAYS} days` })
  withinDays?: number;
}
