import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { IsNocCode } from '../../../common/validation/codes.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';
import { RepresentingInput } from './representing.input.js';

@InputType({ description: 'An entry in an event; give exactly one of personId and teamId.' })
export class RegisterCompetitorInput {
  @GlobalIdField('Event', { description: 'The event to enter.' })
  eventId: string;

  @GlobalIdField('Person', { nullable: true, description: 'The person, for an individual entry.' })
  personId?: string;

  @GlobalIdField('Organisation', { nullable: true, description: 'An organisation of kind TEAM, CLUB or NOC.' })
  teamId?: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The NOC represented, e.g. NED; defaults to the person's NOC. Superseded by `representing` (kept for older clients); giving both is BAD_USER_INPUT.",
  })
  @IsOptional()
  @IsNocCode()
  nocCode?: string;

  @Field(() => RepresentingInput, {
    nullable: true,
    description:
      "Who the entry represents: exactly one of noc, association (ENG) or club. Left out: nocCode if given, else the person's NOC.",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => RepresentingInput)
  representing?: RepresentingInput;

  @Field(() => String, { nullable: true, description: 'Start (bib) number as printed, 1 to 16 characters.' })
  @IsOptional()
  @IsString()
  @Length(1, 16)
  bib?: string;
}
