import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { BlockType } from '../../../../generated/prisma/enums.js';
import { Node } from '../../../../graphql/relay/node.interface.js';
import { BlockId } from '../block-id.field.js';

@ObjectType({
  description: 'A league table computed live from the matches: a corrected score or a points deduction shows in every story.',
  implements: () => [Node],
})
export class StandingsBlock implements Node {
  @BlockId() id: string;
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  @Field(() => String, { nullable: true, description: 'The date the table stands at (YYYY-MM-DD); the latest when null.' })
  asOf: string | null;
  @Field(() => Int, { nullable: true, description: 'The matchday the table stands at; the latest when null.' }) matchday: number | null;
  @Field(() => Int, { nullable: true, description: 'Only the first N rows.' }) top: number | null;
  @Field(() => [ID], { description: 'Global ids of the competitors the story highlights.' }) highlight: string[];
  phaseId: string;
  type: BlockType;
}
