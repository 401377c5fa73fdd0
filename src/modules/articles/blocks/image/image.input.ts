import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length } from 'class-validator';
import { GlobalIdField } from '../../../../graphql/relay/global-id.input.js';

@InputType({
  description: "A placement of a media asset; the overrides replace the asset's own caption, credit and alt text in this story only.",
})
export class ImageBlockInput {
  @GlobalIdField('MediaAsset', { description: 'The media asset to place.' }) assetId: string;
  @Field(() => String, { nullable: true, description: 'Caption for this story only, 1 to 5000 characters.' })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  caption?: string;
  @Field(() => String, { nullable: true, description: 'Credit for this story only, 1 to 500 characters.' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  credit?: string;
  @Field(() => String, { nullable: true, description: 'Alt text for this story only, 1 to 1000 characters.' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  altText?: string;
}
