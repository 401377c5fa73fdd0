import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length } from 'class-validator';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';

@InputType({ description: 'A person, by slug or by id: give exactly one.' })
export class PersonRefInput {
  @GlobalIdField('Person', { nullable: true, description: "The person's id; or give slug." })
  id?: string | null;

  @Field(() => String, { nullable: true, description: "The person's slug, e.g. harry-kane; or give id." })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  slug?: string | null;
}
