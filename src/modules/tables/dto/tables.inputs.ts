import { ArgsType, Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsDate, IsInt, IsNumber, IsOptional, IsString, Length, Max, Min, NotEquals, ValidateNested } from 'class-validator';
import { IsStorableDate } from '../../../common/validation/storable-date.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';
import { DateScalar } from '../../../graphql/scalars/index.js';
import { MAX_TABLE_ROWS } from '../models/league-table.model.js';

@ArgsType()
export class LeagueTableArgs {
  @Field(() => DateScalar, {
    nullable: true,
    description: 'The table as it stood at the end of this day (UTC): later matches and deductions left out.',
  })
  @IsOptional()
  @IsDate()
  @IsStorableDate()
  asOf?: Date | null;

  @Field(() => Int, { nullable: true, description: 'The table after this matchday: matches of later matchdays left out.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  matchday?: number | null;
}

@InputType({ description: 'Points taken from a competitor in a league phase.' })
export class AddPointDeductionInput {
  @GlobalIdField('Phase', { description: 'The league phase.' })
  phaseId: string;

  @GlobalIdField('Competitor', { description: "The competitor, an entry in the phase's event." })
  competitorId: string;

  @Field(() => Int, { description: 'Points deducted, not 0 (negative to give points back); at most 1000 either way.' })
  @IsInt()
  @NotEquals(0)
  @Min(-1000)
  @Max(1000)
  points: number;

  @Field({ description: 'Why, as published; 1 to 500 characters.' })
  @IsString()
  @Length(1, 500)
  reason: string;

  @Field(() => DateScalar, { description: 'The day it was decided; the table as of an earlier day does not have it.' })
  @IsDate()
  @IsStorableDate()
  decidedOn: Date;
}

@ArgsType()
export class RemovePointDeductionArgs {
  @GlobalIdField('PointDeduction', { description: 'The deduction to remove.' })
  id: string;
}

@InputType({ description: 'One standing as published.' })
export class StoredStandingInput {
  @GlobalIdField('Competitor', { description: "The competitor, an entry in the phase's event." })
  competitorId: string;

  @Field(() => Int, { description: 'Rank from 1; equal ranks are shared.' })
  @IsInt()
  @Min(1)
  @Max(10000)
  rank: number;

  @Field(() => Int, { nullable: true, description: 'Matches played.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  played?: number | null;

  @Field(() => Int, { nullable: true, description: 'Matches won.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  won?: number | null;

  @Field(() => Int, { nullable: true, description: 'Matches drawn.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  drawn?: number | null;

  @Field(() => Int, { nullable: true, description: 'Matches lost.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  lost?: number | null;

  @Field(() => Int, { nullable: true, description: 'Goals (or points) scored.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  scoredFor?: number | null;

  @Field(() => Int, { nullable: true, description: 'Goals (or points) conceded.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  scoredAgainst?: number | null;

  @Field(() => Float, { nullable: true, description: 'Table points, up to 3 decimals.' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false })
  @Min(-1_000_000)
  @Max(1_000_000)
  points?: number | null;

  @Field(() => String, { nullable: true, description: 'A note shown beside the row ("qualified"), up to 200 characters.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  note?: string | null;
}

@InputType({ description: "A phase's standings as published, replacing any stored before; an empty list goes back to the computed table." })
export class SetStoredStandingsInput {
  @GlobalIdField('Phase', { description: 'The phase.' })
  phaseId: string;

  @Field(() => Int, { description: "The phase's version you saw; a newer one gives VERSION_CONFLICT." })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => [StoredStandingInput], { description: `The rows, at most ${MAX_TABLE_ROWS}.` })
  @ArrayMaxSize(MAX_TABLE_ROWS)
  @ValidateNested({ each: true })
  @Type(() => StoredStandingInput)
  rows: StoredStandingInput[];
}
