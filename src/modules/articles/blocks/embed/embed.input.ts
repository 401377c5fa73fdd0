import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUrl, Length, MaxLength } from 'class-validator';

@InputType({ description: 'An external embed (video, map, ...).' })
export class EmbedInput {
  @Field({ description: 'URL of the content to embed (http or https).' })
  @IsUrl({ require_protocol: true, protocols: ['https', 'http'] })
  @MaxLength(2000)
  url: string;
  @Field(() => String, { nullable: true, description: 'e.g. youtube, x.' }) @IsOptional() @IsString() @Length(1, 50) provider?: string;
}
