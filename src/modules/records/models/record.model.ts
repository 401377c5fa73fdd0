import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../../graphql/scalars/index.js';
import { Node } from '../../../graphql/relay/node.interface.js';

@ObjectType({ description: 'Who held a record, with what value, from when until when.', implements: () => [Node] })
export class SportsRecord implements Node {
  id: string;

  @Field({ description: 'The event family it belongs to, e.g. SSK-W-1000M.' })
  recurringKey: string;

  @Field(() => Int, { nullable: true, description: 'Record time in milliseconds; null when not known.' })
  valueMs: number | null;

  @Field(() => Float, { nullable: true, description: 'Record points or mark, for non-time events.' })
  valueNum: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was set; null when not known.' })
  setOn: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was beaten; null while it stands.' })
  supersededOn: Date | null;

  recordTypeCode: string;
  disciplineCode: string;
  holderPersonId: string | null;
  holderTeamId: string | null;
  nocCode: string | null;
  setByResultId: string | null;
}
