import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { BlockType } from '../../../../generated/prisma/enums.js';
import { Node } from '../../../../graphql/relay/node.interface.js';
import { BlockId } from '../block-id.field.js';

@ObjectType({ description: 'A sub-heading.', implements: () => [Node] })
export class HeadingBlock implements Node {
  @BlockId() id: string;
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  @Field({ description: 'The heading text.' }) text: string;
  @Field(() => Int, { description: 'Heading level, 2 to 4 (as in HTML h2-h4).' }) level: number;
  type: BlockType;
}
