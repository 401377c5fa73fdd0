import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One reason a story cannot be published yet.' })
export class PublishBlockReason {
  @Field({ description: 'HEADLINE_MISSING, SLUG_MISSING, BODY_EMPTY, IMAGE_CREDIT_MISSING, IMAGE_ALT_TEXT_MISSING or REFERENCE_BROKEN.' })
  code: string;

  @Field({ description: 'The field at fault, e.g. blocks.3.image.altText.' })
  path: string;

  @Field(() => Int, { nullable: true, description: 'The block at fault (0-based); null for fields and links.' })
  blockIndex: number | null;

  @Field({ description: 'What is missing, for people.' })
  message: string;
}
