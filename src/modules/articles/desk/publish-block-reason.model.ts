import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PUBLISH_BLOCK_CODES } from '../workflow/publish-gates.js';

@ObjectType({ description: 'One reason a story cannot be published yet.' })
export class PublishBlockReason {
  @Field({ description: `One of ${PUBLISH_BLOCK_CODES.join(', ')}.` })
  code: string;

  @Field({ description: 'The field at fault, e.g. blocks.3.image.altText.' })
  path: string;

  @Field(() => Int, { nullable: true, description: 'The block at fault (0-based); null for fields and links.' })
  blockIndex: number | null;

  @Field({ description: 'What is missing, for people.' })
  message: string;
}
