import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsEnum, IsString, Length } from 'class-validator';
import { IsNotBlank } from '../../../common/validation/not-blank.js';
import { ApiKeyScope } from '../../../generated/prisma/enums.js';
import { PageArgs } from '../../../graphql/pagination/connection.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';

@InputType({ description: 'A new API key for a frontend.' })
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for, e.g. "Website" or "iOS app".' })
  @IsString()
  @Length(1, 200)
  @IsNotBlank('Website')
  name: string;

  @Field(() => [ApiKeyScope], { description: 'What the key may read; at least one.' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @ArrayMaxSize(Object.keys(ApiKeyScope).length)
  @IsEnum(ApiKeyScope, { each: true })
  scopes: ApiKeyScope[];
}

@ArgsType()
export class ApiKeyArgs {
  @GlobalIdField('ApiKey', { description: "The API key's id." })
  id: string;
}

@ArgsType()
export class ApiKeysArgs extends PageArgs {}
