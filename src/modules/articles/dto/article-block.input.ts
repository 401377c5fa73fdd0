import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { BlockType } from '../../../generated/prisma/enums.js';
import { BLOCK_DEFINITIONS, type BlockPayloads } from '../blocks/block-registry.js';

registerEnumType(BlockType, {
  name: 'BlockType',
  description: 'The kind of a body block; picks which payload field of ArticleBlockInput is read.',
  valuesMap: Object.fromEntries(BLOCK_DEFINITIONS.map((d) => [d.type, { description: d.description }])),
});

@InputType('ArticleBlockInput', { description: 'One body block: `type` and exactly the payload field of that type.' })
class ArticleBlockInputType {
  @Field(() => BlockType, { description: 'The kind of block; only the payload field of this type may be set.' })
  @IsEnum(BlockType)
  type: BlockType;
}

// One optional payload field per registered block type, decorated as a hand-written field would be.
for (const definition of BLOCK_DEFINITIONS) {
  const decorators = [
    Field(() => definition.input, { nullable: true, description: `Payload of ${article(definition.type)} ${definition.type} block.` }),
    IsOptional(),
    ValidateNested(),
    Type(() => definition.input),
  ];
  for (const decorate of decorators) decorate(ArticleBlockInputType.prototype, definition.payloadField);
}

function article(type: string) {
  return /^[AEIOU]/.test(type) ? 'an' : 'a';
}

export type ArticleBlockInput = ArticleBlockInputType & BlockPayloads;
export const ArticleBlockInput = ArticleBlockInputType as new () => ArticleBlockInput;
