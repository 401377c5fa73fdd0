import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EventGender, EventStyle, ResultType } from '../../../generated/prisma/enums.js';
import { Node } from '../../../graphql/relay/node.interface.js';

registerEnumType(EventGender, {
  name: 'EventGender',
  description: 'Who an event is for.',
  valuesMap: {
    MEN: { description: "Men's event." },
    WOMEN: { description: "Women's event." },
    MIXED: { description: 'Teams or pairs of men and women together.' },
    OPEN: { description: 'Open to all, regardless of gender.' },
  },
});
registerEnumType(EventStyle, {
  name: 'EventStyle',
  description: 'How competitors meet in a unit.',
  valuesMap: {
    RANKED: { description: 'Everyone against the clock, the tape or the judges; rows are ranked.' },
    HEAD_TO_HEAD: { description: 'Two sides per unit (match, bout); rows carry W/L/T.' },
  },
});
registerEnumType(ResultType, {
  name: 'ResultType',
  description: 'What a result row measures, and so which value field it fills.',
  valuesMap: {
    TIME: { description: 'A time in `timeMs` (milliseconds); lower is better.' },
    POINTS: { description: 'Judged or computed points in `points` (decimal); higher is better.' },
    SCORE: { description: 'Goals or points scored in a match, in `score` (integer).' },
    MARK: { description: 'A distance or height in `markMm` (millimetres); higher is better.' },
    RANK_ONLY: { description: 'Only a rank is given, no value.' },
  },
});

@ObjectType({ description: 'A medal event ("Women\'s 1000m") in one competition.', implements: () => [Node] })
export class Event implements Node {
  id: string;

  @Field({ description: "The event as printed, e.g. Women's 1000m." })
  name: string;

  @Field({ description: 'Links the editions of one event across competitions, e.g. SSK-W-1000M.' })
  recurringKey: string;

  @Field(() => EventGender, { description: 'Men, women, mixed or open.' })
  gender: EventGender;

  @Field(() => EventStyle, { description: 'Ranked field or head-to-head units.' })
  style: EventStyle;

  @Field(() => ResultType, { description: 'What a result row measures (time, points, score, mark or rank only).' })
  resultType: ResultType;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when updating.' })
  version: number;

  competitionId: string;
  disciplineCode: string;
}
