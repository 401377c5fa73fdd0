import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsNocCode } from '../../../common/validation/codes.js';

@InputType({ description: 'An entry in an event; give exactly one of personId and teamId.' })
export class RegisterCompetitorInput {
  @Field(() => ID, { description: 'The event to enter.' })
  @IsUUID()
  eventId: string;

  @Field(() => ID, { nullable: true, description: 'The person, for an individual entry.' })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @Field(() => ID, { nullable: true, description: 'An organisation of kind TEAM, CLUB or NOC.' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => String, { nullable: true, description: "The NOC represented, e.g. NED; defaults to the person's NOC." })
  @IsOptional()
  @IsNocCode()
  nocCode?: string;

  @Field(() => String, { nullable: true, description: 'Start (bib) number as printed, 1 to 16 characters.' })
  @IsOptional()
  @IsString()
  @Length(1, 16)
  bib?: string;
}
