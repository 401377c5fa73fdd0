import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { IncidentKind, PeriodKind, ShootoutOutcome } from '../../../generated/prisma/enums.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';
import '../../disciplines/match-enums.js';
import { MAX_INCIDENTS_PER_UNIT } from '../domain/incident-rules.js';
import '../models/incident-enums.js';

@InputType({ description: 'Something that happened in a match: a goal, a card, a substitution, a shoot-out kick.' })
export class IncidentInput {
  @Field(() => IncidentKind, { description: 'GOAL, PENALTY_GOAL, OWN_GOAL, YELLOW_CARD, SUBSTITUTION, SHOOTOUT_KICK...' })
  @IsEnum(IncidentKind)
  kind: IncidentKind;

  @GlobalIdField('Competitor', {
    nullable: true,
    description: 'The side it counts for; a side of the unit (it has a result row). An own goal counts for the side that benefits.',
  })
  competitorId?: string;

  @GlobalIdField('Person', {
    nullable: true,
    description: 'The player (the scorer, the player booked, the player coming on); or give `person`.',
  })
  personId?: string;

  @Field(() => String, { nullable: true, description: 'The player by slug, instead of personId.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  person?: string;

  @GlobalIdField('Person', { nullable: true, description: 'The assist, or the player replaced by a substitute; or give `relatedPerson`.' })
  relatedPersonId?: string;

  @Field(() => String, { nullable: true, description: 'The related player by slug, instead of relatedPersonId.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  relatedPerson?: string;

  @Field(() => PeriodKind, { nullable: true, description: 'The period it happened in; required with a minute and for a shoot-out kick.' })
  @IsOptional()
  @IsEnum(PeriodKind)
  periodKind?: PeriodKind;

  @Field(() => Int, { nullable: true, description: 'The period number, from 1 (default 1).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(99)
  periodNumber?: number;

  @Field(() => Int, {
    nullable: true,
    description: "Minute of play, counted from kick-off (football's second half runs 46-90); within the period.",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(200)
  minute?: number;

  @Field(() => Int, { nullable: true, description: 'Added time, only on the last minute of a period: 3 in "90+3".' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  addedMinute?: number;

  @Field(() => Int, { nullable: true, description: "A shoot-out kick's order within its side's kicks, from 1." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(99)
  shootoutOrder?: number;

  @Field(() => ShootoutOutcome, { nullable: true, description: 'What became of a shoot-out kick; only on SHOOTOUT_KICK.' })
  @IsOptional()
  @IsEnum(ShootoutOutcome)
  outcome?: ShootoutOutcome;
}

@InputType({ description: "Replaces a unit's incidents." })
export class SetUnitIncidentsInput {
  @GlobalIdField('Unit', { description: 'The unit whose incidents are replaced.' })
  unitId: string;

  @Field(() => Int, { description: "The unit's version you edited; a newer one on the server gives VERSION_CONFLICT." })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => [IncidentInput], {
    description: `Every incident of the unit, at most ${MAX_INCIDENTS_PER_UNIT}; those left out are removed.`,
  })
  @ArrayMaxSize(MAX_INCIDENTS_PER_UNIT)
  @ValidateNested({ each: true })
  @Type(() => IncidentInput)
  incidents: IncidentInput[];
}
