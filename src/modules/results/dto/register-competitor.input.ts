import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

@InputType({ description: 'Give exactly one of personId and teamId.' })
export class RegisterCompetitorInput {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @Field(() => ID, { nullable: true, description: 'An organisation of kind TEAM, CLUB or NOC.' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => String, { nullable: true, description: 'The NOC represented, e.g. NED; defaults to the person\'s NOC.' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/)
  nocCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 16)
  bib?: string;
}
