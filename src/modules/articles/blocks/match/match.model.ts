import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { BlockType } from '../../../../generated/prisma/enums.js';
import { Node } from '../../../../graphql/relay/node.interface.js';
import { BlockId } from '../block-id.field.js';
import { MatchDetail } from './match.input.js';

@ObjectType({
  description: "A match as data: its unit's live score, periods, decision and incidents; a correction shows in every story.",
  implements: () => [Node],
})
export class MatchBlock implements Node {
  @BlockId() id: string;
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  @Field(() => [MatchDetail], { description: 'What the block shows under its score line.' }) show: MatchDetail[];
  unitId: string;
  type: BlockType;
}
