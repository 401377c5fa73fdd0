import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TiePolicy, TimeRounding } from '../../../generated/prisma/enums.js';

registerEnumType(TiePolicy, { name: 'TiePolicy', description: 'How equal performances are ranked in a discipline.' });
registerEnumType(TimeRounding, { name: 'TimeRounding', description: 'How times are cut to the displayed decimals.' });

@ObjectType({ description: 'A discipline (ODF code) with its display and tie rules.' })
export class Discipline {
  @Field({ description: 'ODF discipline code, e.g. SSK.' })
  code: string;

  @Field({ description: 'e.g. Speed Skating.' })
  name: string;

  @Field({ description: 'The sport it belongs to, e.g. Skating.' })
  sportName: string;

  @Field(() => TiePolicy, { description: 'How ties are ranked.' })
  tiePolicy: TiePolicy;

  @Field(() => Int, { description: 'Decimals shown in times (2 for speed skating).' })
  timeDecimals: number;

  @Field(() => TimeRounding, { description: 'Truncate (ISU) or round half up.' })
  timeRounding: TimeRounding;
}
