import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

@InputType({ description: 'A sub-heading.' })
export class HeadingInput {
  @Field({ description: 'The heading text, 1 to 500 characters.' }) @IsString() @Length(1, 500) text: string;
  @Field(() => Int, { nullable: true, description: '2 to 4; default 2.' }) @IsOptional() @IsInt() @Min(2) @Max(4) level?: number;
}
