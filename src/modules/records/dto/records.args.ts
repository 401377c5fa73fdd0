import { ArgsType, Field } from '@nestjs/graphql';
import { IsDate, IsOptional } from 'class-validator';
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
