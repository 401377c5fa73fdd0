import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, Length } from 'class-validator';
import { PageArgs } from '../../../graphql/pagination/connection.js';
import { IsNocCode } from '../../../common/validation/codes.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';

@ArgsType()
export class PersonArgs {
  @Field(() => String, { nullable: true, description: "The person's slug, e.g. jutta-leerdam; or give id." })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  slug?: string;

  @GlobalIdField('Person', { nullable: true, description: "The person's id; or give slug." })
  id?: string;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name; case and diacritics ignored ("odegaard" finds "Ødegaard").' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  search?: string;

  @Field(() => String, { nullable: true, description: 'Only people of this NOC.' })
  @IsOptional()
  @IsNocCode()
  noc?: string;
}
