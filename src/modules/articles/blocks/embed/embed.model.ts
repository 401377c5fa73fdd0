import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { BlockType } from '../../../../generated/prisma/enums.js';
import { Node } from '../../../../graphql/relay/node.interface.js';
import { BlockId } from '../block-id.field.js';

@ObjectType({ description: 'An external embed (video, map, ...).', implements: () => [Node] })
export class EmbedBlock implements Node {
  @BlockId() id: string;
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  @Field({ description: 'URL of the embedded content (http or https).' }) url: string;
  @Field(() => String, { nullable: true, description: 'Who serves it, e.g. youtube, x; null when not given.' }) provider: string | null;
  type: BlockType;
}
