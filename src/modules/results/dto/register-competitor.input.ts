import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsNocCode } from '../../../common/validation/codes.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';

@InputType({ description: 'An entry in an event; give exactly one of personId and teamId.' })
export class RegisterCompetitorInput {
  @GlobalIdField('Event', { description: 'The event to enter.' })
  eventId: string;

  @GlobalIdField('Person', { nullable: true, description: 'The person, for an individual entry.' })
  personId?: string;

  @GlobalIdField('Organisation', { nullable: true, description: 'An organisation of kind TEAM, CLUB or NOC.' })
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
