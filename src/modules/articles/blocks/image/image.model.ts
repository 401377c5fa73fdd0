import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { BlockType } from '../../../../generated/prisma/enums.js';
import { Node } from '../../../../graphql/relay/node.interface.js';
import { BlockId } from '../block-id.field.js';

@ObjectType({
  description: 'A media asset placed in the story, with its effective caption, credit and alt text.',
  implements: () => [Node],
})
export class ImageBlock implements Node {
  @BlockId() id: string;
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  @Field(() => String, { nullable: true, description: 'The caption set for this story, if any.' }) captionOverride: string | null;
  @Field(() => String, { nullable: true, description: 'The credit set for this story, if any.' }) creditOverride: string | null;
  @Field(() => String, { nullable: true, description: 'The alt text set for this story, if any.' }) altTextOverride: string | null;
  assetId: string;
  type: BlockType;
}
