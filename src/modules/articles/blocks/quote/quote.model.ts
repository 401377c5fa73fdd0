import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { BlockType } from '../../../../generated/prisma/enums.js';
import { Node } from '../../../../graphql/relay/node.interface.js';
import { BlockId } from '../block-id.field.js';

@ObjectType({ description: 'A quote entity placed in the story.', implements: () => [Node] })
export class QuoteBlock implements Node {
  @BlockId() id: string;
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  quoteId: string;
  type: BlockType;
}
