import { ArgsType, Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { PhaseKind, ResultStatus, UnitStatus } from '../../../generated/prisma/enums.js';
import { DateTimeScalar } from '../../../graphql/scalars/index.js';

@InputType()
export class CreatePhaseInput {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @Field(() => PhaseKind)
  @IsEnum(PhaseKind)
  kind: PhaseKind;

  @Field()
  @IsString()
  @Length(1, 100)
  name: string;

  @Field(() => Int, { description: 'Position among the event\'s phases, from 1; unique per event.' })
  @IsInt()
  @Min(1)
  @Max(1000)
  order: number;
}

@InputType()
export class UpdatePhaseInput extends PartialType(OmitType(CreatePhaseInput, ['eventId'] as const)) {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType()
export class CreateUnitInput {
  @Field(() => ID)
  @IsUUID()
  phaseId: string;

  @Field()
  @IsString()
  @Length(1, 100)
  name: string;

  @Field(() => Int, { description: 'Position within the phase, from 1; unique per phase.' })
  @IsInt()
  @Min(1)
  @Max(10000)
  order: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  venueId?: string;

  @Field(() => DateTimeScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  scheduledAt?: Date;

  @Field(() => UnitStatus, { nullable: true })
  @IsOptional()
  @IsEnum(UnitStatus)
  status?: UnitStatus;

  @Field(() => ResultStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ResultStatus)
  resultStatus?: ResultStatus;
}

@InputType()
export class UpdateUnitInput extends PartialType(OmitType(CreateUnitInput, ['phaseId'] as const)) {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@ArgsType()
export class UnitArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}
