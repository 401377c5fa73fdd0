import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TiePolicy, TimeRounding } from '../../../generated/prisma/enums.js';

registerEnumType(TiePolicy, {
  name: 'TiePolicy',
  description: 'How equal performances are ranked in a discipline.',
  valuesMap: {
    SHARED_RANK: { description: 'Values equal at the displayed precision share a rank (1, 2, 2, 4), e.g. swimming.' },
    BREAK_BY_FINER_PRECISION: {
      description:
        'Equal displayed times are split by the finer measured time (speed skating: thousandths); only identical raw times share a rank.',
    },
    BREAK_BY_RULE: { description: "The sport's own tie-break rule decides, so equal values may rank differently, e.g. figure skating." },
    NONE: { description: 'Not ranked by value: head-to-head sports such as football and boxing.' },
  },
});
registerEnumType(TimeRounding, {
  name: 'TimeRounding',
  description: 'How times are cut to the displayed decimals.',
  valuesMap: {
    TRUNCATE: { description: 'Drop the extra digits: 72319 ms shows as 1:12.31 (ISU rule).' },
    HALF_UP: { description: 'Round half up: 72315 ms shows as 1:12.32.' },
  },
});

@ObjectType({ description: 'A discipline (ODF code) with its display and tie rules.' })
export class Discipline {
  @Field({ description: 'ODF discipline code, e.g. SSK.' })
  code: string;

  @Field({ description: 'The discipline as printed, e.g. Speed Skating.' })
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
