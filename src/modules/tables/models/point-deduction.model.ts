import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../../graphql/scalars/index.js';
import { Node } from '../../../graphql/relay/node.interface.js';

/** A phase holds at most this many deductions (addPointDeduction refuses more). */
export const MAX_DEDUCTIONS_PER_PHASE = 100;

@ObjectType({ description: 'Points taken from a competitor in a league phase (a sanction).', implements: () => [Node] })
export class PointDeduction implements Node {
  id: string;

  @Field(() => Int, { description: 'Points deducted (negative: points given back on appeal).' })
  points: number;

  @Field({ description: 'Why, as published.' })
  reason: string;

  @Field(() => DateScalar, { description: 'The table changes from this day on; a table as of an earlier day does not have it.' })
  decidedOn: Date;

  phaseId: string;
  competitorId: string;
}
