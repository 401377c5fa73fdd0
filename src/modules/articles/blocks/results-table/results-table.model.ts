import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { BlockType } from '../../../../generated/prisma/enums.js';
import { Node } from '../../../../graphql/relay/node.interface.js';
import { BlockId } from '../block-id.field.js';

@ObjectType({
  description: 'A results table that renders from the live result rows: a correction shows in every story.',
  implements: () => [Node],
})
export class ResultsTableBlock implements Node {
  @BlockId() id: string;
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  @Field(() => Int, { nullable: true, description: 'Only the first N rows.' }) top: number | null;
  @Field(() => [String], { description: 'Columns to show; all when empty.' }) columns: string[];
  unitId: string | null;
  eventId: string | null;
  competitorIds: string[];
  type: BlockType;
}
