import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** A knockout phase has at most this many ties. */
export const MAX_TIES_PER_PHASE = 64;

export enum TieDecision {
  AGGREGATE = 'AGGREGATE',
  EXTRA_TIME = 'EXTRA_TIME',
  PENALTIES = 'PENALTIES',
  SINGLE_MATCH = 'SINGLE_MATCH',
  UNDECIDED = 'UNDECIDED',
}
registerEnumType(TieDecision, {
  name: 'TieDecision',
  description: 'How a knockout tie was settled.',
  valuesMap: {
    AGGREGATE: { description: 'On the total score over both legs.' },
    EXTRA_TIME: { description: 'In extra time of the deciding match or leg.' },
    PENALTIES: { description: 'By a penalty shoot-out after a level aggregate.' },
    SINGLE_MATCH: { description: 'A single match won in regulation time.' },
    UNDECIDED: { description: 'Not over yet, or a leg has no valid result.' },
  },
});

@ObjectType({ description: "One side of a knockout tie and its total over the tie's finished legs." })
export class TieSide {
  @Field(() => Int, { description: 'Goals (or points) over the finished legs.' })
  aggregate: number;

  competitorId: string;
}

@ObjectType({ description: "Two competitors' meeting in a knockout phase: one match or two legs." })
export class Tie {
  @Field(() => [TieSide], { complexity: 2, description: 'The two sides, the first leg’s home side first.' })
  sides: TieSide[];

  @Field(() => TieDecision, { description: 'How the tie was settled, or UNDECIDED.' })
  decidedBy: TieDecision;

  legIds: string[];
  winnerId: string | null;
  nextUnitId: string | null;
}
