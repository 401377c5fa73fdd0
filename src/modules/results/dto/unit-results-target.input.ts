import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Min } from 'class-validator';
import { ResultStatus } from '../../../generated/prisma/enums.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';

/** The unit whose whole result set a write replaces, at the version it was based on. */
@InputType({ isAbstract: true })
export class UnitResultsTargetInput {
  @GlobalIdField('Unit', { description: 'The unit whose results are replaced.' })
  unitId: string;

  @Field(() => Int, { description: "The unit's version you edited; a newer one on the server gives VERSION_CONFLICT." })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => ResultStatus, {
    nullable: true,
    description: "The unit's new result status; the rows are checked against it. Default: unchanged.",
  })
  @IsOptional()
  @IsEnum(ResultStatus)
  resultStatus?: ResultStatus;
}
