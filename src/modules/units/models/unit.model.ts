import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ResultStatus, UnitStatus } from '../../../generated/prisma/enums.js';
import { DateTimeScalar } from '../../../graphql/scalars/index.js';

registerEnumType(UnitStatus, { name: 'UnitStatus' });
registerEnumType(ResultStatus, {
  name: 'ResultStatus',
  description: 'ODF result status: START_LIST, LIVE, INTERMEDIATE, UNCONFIRMED, UNOFFICIAL, OFFICIAL, PARTIAL (incomplete list), PROTESTED.',
});

@ObjectType({ description: 'One race, match, bout or judged segment.' })
export class Unit {
  @Field(() => ID)
  id: string;

  @Field({ description: 'e.g. Final, Match 11, Bout 3.' })
  name: string;

  @Field(() => Int, { description: 'Position within the phase, from 1.' })
  order: number;

  @Field(() => DateTimeScalar, { nullable: true })
  scheduledAt: Date | null;

  @Field(() => UnitStatus)
  status: UnitStatus;

  @Field(() => ResultStatus, { description: 'How final the results are.' })
  resultStatus: ResultStatus;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when updating the unit or its results.' })
  version: number;

  phaseId: string;
  venueId: string | null;
}
