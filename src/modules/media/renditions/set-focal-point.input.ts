import { Field, Float, InputType, IntersectionType } from '@nestjs/graphql';
import { IsNumber } from 'class-validator';
import { VersionedUpdateInput } from '../../../common/dto/versioned-update.input.js';

@InputType({ isAbstract: true })
class FocalPointFields {
  @Field(() => Float, { description: 'Fraction of the width from the left edge: 0 is the left edge, 1 the right, 0.5 the middle.' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'a number from 0 to 1, such as 0.5' })
  x: number;

  @Field(() => Float, { description: 'Fraction of the height from the top edge: 0 is the top edge, 1 the bottom, 0.5 the middle.' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'a number from 0 to 1, such as 0.5' })
  y: number;
}

@InputType({
  description: "Where the crops of an uploaded photo centre: the point of interest, as fractions of the photo's width and height.",
})
export class SetMediaFocalPointInput extends IntersectionType(FocalPointFields, VersionedUpdateInput('MediaAsset')) {}
