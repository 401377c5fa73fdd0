import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsDate, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DateScalar } from '../../../graphql/scalars/index.js';
import { IsRecordTypeCode } from '../../../common/validation/codes.js';

@ArgsType()
export class RecordsOnArgs {
  @Field(() => DateScalar, {
    nullable: true,
    description: "Records standing on this day (default: the day of the event's competition start).",
  })
  @IsOptional()
  @IsDate()
  on?: Date;

  @Field(() => String, { nullable: true, description: 'Only this record type, e.g. WR.' })
  @IsOptional()
  @IsRecordTypeCode()
  type?: string;
}

export const NESTED_RECORDS_DEFAULT = 20;
export const NESTED_RECORDS_MAX = 100;

@ArgsType()
export class PersonRecordsArgs {
  @Field(() => Int, {
    nullable: true,
    description: `At most this many, newest first (default ${NESTED_RECORDS_DEFAULT}, max ${NESTED_RECORDS_MAX}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(NESTED_RECORDS_MAX)
  first?: number;
}
