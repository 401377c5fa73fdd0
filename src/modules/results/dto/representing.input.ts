import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsNocCode } from '../../../common/validation/codes.js';
import { IsAssociationCode } from '../../member-associations/dto/upsert-member-association.input.js';

@InputType({ description: 'Who an entry represents: give exactly one of noc, association and club.' })
export class RepresentingInput {
  @Field(() => String, { nullable: true, description: 'A NOC code, e.g. NED; UNKNOWN_NOC if no NOC has it.' })
  @IsOptional()
  @IsNocCode()
  noc?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A member association code, e.g. ENG (England plays football as itself, not as GBR); UNKNOWN_ASSOCIATION if none has it.',
  })
  @IsOptional()
  @IsAssociationCode()
  association?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A club's organisation slug, e.g. afc-ajax (kind CLUB or TEAM); its country is the club's countryIso2. NOT_FOUND if none has it.",
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  club?: string | null;
}
