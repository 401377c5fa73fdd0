import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Irm, Medal, ResultDetailKind, TimePrecision, Wlt } from '../../../generated/prisma/enums.js';

registerEnumType(Irm, { name: 'Irm', description: 'Invalid result mark (ODF): DNS, DNF, DSQ, ...' });
registerEnumType(Medal, { name: 'Medal' });
registerEnumType(Wlt, { name: 'Wlt', description: 'Head-to-head outcome: W(in), L(oss), T(ie/draw).' });
registerEnumType(TimePrecision, { name: 'TimePrecision', description: 'The precision the time was measured to.' });
registerEnumType(ResultDetailKind, { name: 'ResultDetailKind' });

@ObjectType({ description: "One competitor's line in a unit's results." })
export class Result {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'Rank; shared by tied rows (1, 2, 2, 4); null when unknown or invalid.' })
  rank: number | null;

  @Field({ description: 'True when the rank is shared with another row.' })
  rankEqual: boolean;

  @Field(() => Int, { description: 'Position in the printed list; unique per unit.' })
  displayOrder: number;

  @Field(() => Int, { nullable: true })
  startOrder: number | null;

  @Field(() => Int, { nullable: true, description: 'Pair or heat number.' })
  startGroup: number | null;

  @Field(() => String, { nullable: true })
  lane: string | null;

  @Field(() => Irm, { nullable: true })
  irm: Irm | null;

  @Field(() => Int, { nullable: true, description: 'Time in milliseconds (72310 for 1:12.31).' })
  timeMs: number | null;

  @Field(() => TimePrecision, { nullable: true })
  timePrecision: TimePrecision | null;

  @Field(() => Float, { nullable: true, description: 'Points (judged sports, points races).' })
  points: number | null;

  @Field(() => Int, { nullable: true, description: 'Score (goals, runs).' })
  score: number | null;

  @Field(() => Int, { nullable: true, description: 'Distance or height in millimetres.' })
  markMm: number | null;

  @Field(() => Wlt, { nullable: true })
  wlt: Wlt | null;

  @Field(() => String, { nullable: true, description: 'How a head-to-head unit ended: KO, TKO, WP, AET, PEN...' })
  resultCode: string | null;

  @Field(() => String, { nullable: true, description: 'Q, q, ...' })
  qualificationMark: string | null;

  @Field(() => Medal, { nullable: true })
  medal: Medal | null;

  unitId: string;
  competitorId: string;
}

@ObjectType({ description: 'A split, period, round, judge\'s card or component score of a result.' })
export class ResultDetail {
  @Field(() => ResultDetailKind)
  kind: ResultDetailKind;

  @Field(() => Int)
  seq: number;

  @Field({ description: 'e.g. 600m, H1, Round 3, TES.' })
  label: string;

  @Field(() => Int, { nullable: true })
  timeMs: number | null;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field({ description: 'Judge reference for judges\' cards; empty otherwise.' })
  judge: string;
}
