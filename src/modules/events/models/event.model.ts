import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EventGender, EventStyle, ResultType } from '../../../generated/prisma/enums.js';

registerEnumType(EventGender, { name: 'EventGender' });
registerEnumType(EventStyle, { name: 'EventStyle', description: 'RANKED: everyone against the clock or judges; HEAD_TO_HEAD: two sides per unit.' });
registerEnumType(ResultType, { name: 'ResultType', description: 'What a result row measures: TIME, POINTS, SCORE, MARK or RANK_ONLY.' });

@ObjectType({ description: 'A medal event ("Women\'s 1000m") in one competition.' })
export class Event {
  @Field(() => ID)
  id: string;

  @Field({ description: "e.g. Women's 1000m." })
  name: string;

  @Field({ description: 'Links the editions of one event across competitions, e.g. SSK-W-1000M.' })
  recurringKey: string;

  @Field(() => EventGender)
  gender: EventGender;

  @Field(() => EventStyle)
  style: EventStyle;

  @Field(() => ResultType)
  resultType: ResultType;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when updating.' })
  version: number;

  competitionId: string;
  disciplineCode: string;
}
