import { ArgsType, Field, InputType, Int, IntersectionType, OmitType, PartialType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { VersionedDeleteInput } from '../../../common/dto/versioned-delete.input.js';
import { VersionedUpdateInput } from '../../../common/dto/versioned-update.input.js';
import { PhaseKind, ResultStatus, UnitStatus } from '../../../generated/prisma/enums.js';
import { DateTimeScalar } from '../../../graphql/scalars/index.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';

@InputType({ description: 'A new phase of an event.' })
export class CreatePhaseInput {
  @GlobalIdField('Event', { description: 'The event the phase belongs to.' })
  eventId: string;

  @Field(() => PhaseKind, { description: 'Heats, semifinal, final, a figure skating segment...' })
  @IsEnum(PhaseKind)
  kind: PhaseKind;

  @Field({ description: 'Display name, 1 to 100 characters, e.g. "Semifinal".' })
  @IsString()
  @Length(1, 100)
  name: string;

  @Field(() => Int, { description: "Position among the event's phases, from 1; unique per event." })
  @IsInt()
  @Min(1)
  @Max(1000)
  order: number;
}

@InputType({ description: 'Changes to a phase; omitted fields stay as they are. The event cannot change.' })
export class UpdatePhaseInput extends IntersectionType(
  PartialType(OmitType(CreatePhaseInput, ['eventId'] as const)),
  VersionedUpdateInput('Phase'),
) {}

@InputType({ description: 'A new unit (race, match, bout) in a phase.' })
export class CreateUnitInput {
  @GlobalIdField('Phase', { description: 'The phase the unit belongs to.' })
  phaseId: string;

  @Field({ description: 'Display name, 1 to 100 characters, e.g. "Final", "Bout 3".' })
  @IsString()
  @Length(1, 100)
  name: string;

  @Field(() => Int, { description: 'Position within the phase, from 1; unique per phase.' })
  @IsInt()
  @Min(1)
  @Max(10000)
  order: number;

  @GlobalIdField('Venue', { nullable: true, description: 'Where the unit takes place.' })
  venueId?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Scheduled start, ISO 8601 date-time with offset.' })
  @IsOptional()
  @IsDate()
  scheduledAt?: Date;

  @Field(() => UnitStatus, { nullable: true, description: 'Schedule status; SCHEDULED when omitted on create.' })
  @IsOptional()
  @IsEnum(UnitStatus)
  status?: UnitStatus;

  @Field(() => ResultStatus, { nullable: true, description: 'How final the results are; START_LIST when omitted on create.' })
  @IsOptional()
  @IsEnum(ResultStatus)
  resultStatus?: ResultStatus;

  @Field(() => Int, { nullable: true, description: 'Spectators, from 0 (at most 1,000,000); null when not known.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  attendance?: number;

  @Field(() => Int, { nullable: true, description: 'Round of a league, from 1 ("matchday 38").' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  matchday?: number;

  @Field(() => Int, { nullable: true, description: 'Leg of a two-legged tie: 1 or 2.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2)
  leg?: number;

  @GlobalIdField('Unit', {
    nullable: true,
    description: 'The unit the winner goes on to (brackets); a unit of the same event, not this one.',
  })
  feedsUnitId?: string;
}

@InputType({ description: 'Changes to a unit; omitted fields stay as they are. The phase cannot change.' })
export class UpdateUnitInput extends IntersectionType(
  PartialType(OmitType(CreateUnitInput, ['phaseId'] as const)),
  VersionedUpdateInput('Unit'),
) {}

@InputType({ description: 'A phase to delete, at the version you saw; refused with REFERENCED while it has units.' })
export class DeletePhaseInput extends VersionedDeleteInput('Phase') {}

@InputType({
  description: 'A unit to delete, at the version you saw; refused with REFERENCED while it has result rows, quotes or stories.',
})
export class DeleteUnitInput extends VersionedDeleteInput('Unit') {}

@ArgsType()
export class UnitArgs {
  @GlobalIdField('Unit', { description: "The unit's id." })
  id: string;
}
