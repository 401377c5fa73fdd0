import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ResultDetailKind, TimePrecision, Wlt } from '../../../generated/prisma/enums.js';
import { MAX_PERIODS_PER_ROW } from '../domain/match-rules.js';
import { Decision, Designation, PeriodKind } from '../../disciplines/match-enums.js';
import { PlacingInput } from './placing.input.js';
import { UnitResultsTargetInput } from './unit-results-target.input.js';
import { MAX_DETAILS_PER_ROW, MAX_DISPLAY_ORDER, MAX_RECORD_MARKS_PER_ROW, MAX_RESULT_ROWS } from '../results-desk.rules.js';

/** Decimal(10,3): at most 7 whole digits and 3 decimals. */
const POINTS = /^\d{1,7}(?:\.\d{1,3})?$/;
const DETAIL_VALUE = /^-?\d{1,7}(?:\.\d{1,3})?$/;
const INT4_MAX = 2_147_483_647;

@InputType({ description: "A split, period, round, judge's card or component score of a result row." })
export class ResultDetailInput {
  @Field(() => ResultDetailKind, { description: "Split, period, round, judge's card, component..." })
  @IsEnum(ResultDetailKind)
  kind: ResultDetailKind;

  @Field(() => Int, { description: 'Order within the kind, from 1 (half 1, round 3, split 2).' })
  @IsInt()
  @Min(1)
  @Max(10000)
  seq: number;

  @Field({ description: 'e.g. 600m, H1, Round 3, TES.' })
  @IsString()
  @Length(1, 64)
  label: string;

  @Field(() => Int, { nullable: true, description: 'A time in milliseconds (split or period time).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  timeMs?: number;

  @Field(() => String, {
    nullable: true,
    description:
      'A score or count as an exact decimal, at most 7 digits before the point and 3 after, e.g. "10" or "9.5"; read back in the same form.',
  })
  @IsOptional()
  @Matches(DETAIL_VALUE, { message: 'a decimal number with at most 7 digits before the point and 3 after, such as 9.5 or -2' })
  value?: string;

  @Field(() => String, { nullable: true, description: "Judge reference for judges' cards." })
  @IsOptional()
  @IsString()
  @Length(1, 32)
  judge?: string;
}

/** The most games, goals or points a side can score in one period; far above any real score. */
export const MAX_PERIOD_SCORE = 10_000;

@InputType({ description: "One side's score in one period of a match: half 1, set 3 with its tie-break points, the shoot-out." })
export class ResultPeriodInput {
  @Field(() => PeriodKind, { description: 'HALF, PERIOD, SET, EXTRA_TIME, OVERTIME, SHOOTOUT...; the discipline must play it.' })
  @IsEnum(PeriodKind)
  kind: PeriodKind;

  @Field(() => Int, { description: "Number within the kind, from 1; at most the discipline's count (2 halves, 5 sets)." })
  @IsInt()
  @Min(1)
  @Max(99)
  number: number;

  @Field(() => Int, { description: 'Goals, games or points in the period; in a SHOOTOUT the kicks or shots scored.' })
  @IsInt()
  @Min(0)
  @Max(MAX_PERIOD_SCORE)
  score: number;

  @Field(() => Int, { nullable: true, description: 'Tie-break points of a set (the 5 in 7-6(5)).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PERIOD_SCORE)
  tieBreak?: number;
}

@InputType({ description: "One competitor's line in a unit's results." })
export class ResultRowInput extends PlacingInput {
  @Field(() => Int, { description: 'Position in the printed list, from 1; unique in the unit.' })
  @IsInt()
  @Min(1)
  @Max(MAX_DISPLAY_ORDER)
  displayOrder: number;

  @Field(() => Int, { nullable: true, description: 'Order of start in the unit, from 1.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  startOrder?: number;

  @Field(() => Int, { nullable: true, description: 'Pair or heat number.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  startGroup?: number;

  @Field(() => String, { nullable: true, description: 'Lane as printed, 1 to 8 characters; unique within a start group.' })
  @IsOptional()
  @IsString()
  @Length(1, 8)
  lane?: string;

  @Field(() => Int, { nullable: true, description: 'Time in milliseconds (72310 for 1:12.31).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  timeMs?: number;

  @Field(() => TimePrecision, { nullable: true, description: 'The precision the time was measured to.' })
  @IsOptional()
  @IsEnum(TimePrecision)
  timePrecision?: TimePrecision;

  @Field(() => String, { nullable: true, description: 'Points as a decimal string, e.g. "212.45" (at most 3 decimals).' })
  @IsOptional()
  @Matches(POINTS, { message: 'a decimal number with at most 7 digits before the point and 3 after, such as 212.45' })
  points?: string;

  @Field(() => Int, { nullable: true, description: 'Score (goals, runs).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  score?: number;

  @Field(() => Int, { nullable: true, description: 'Distance or height in millimetres.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  markMm?: number;

  @Field(() => Wlt, {
    nullable: true,
    description: 'Head-to-head outcome for this side (the two rows read W/L or T/T); required once results are UNOFFICIAL or OFFICIAL.',
  })
  @IsOptional()
  @IsEnum(Wlt)
  wlt?: Wlt;

  @Field(() => String, { nullable: true, description: 'How a head-to-head unit ended: KO, TKO, WP, AET, PEN...' })
  @IsOptional()
  @IsString()
  @Length(1, 16)
  resultCode?: string;

  @Field(() => String, { nullable: true, description: 'Qualification mark as printed, at most 4 characters: Q (by place), q (by time)...' })
  @IsOptional()
  @IsString()
  @Length(1, 4)
  qualificationMark?: string;

  @Field(() => [String], { nullable: true, description: 'Record type codes printed next to the result, e.g. ["OR"].' })
  @IsOptional()
  @ArrayMaxSize(MAX_RECORD_MARKS_PER_ROW)
  @IsString({ each: true })
  @MaxLength(8, { each: true })
  recordMarks?: string[];

  @Field(() => [ResultDetailInput], { nullable: true, description: "Splits, periods, rounds, judges' cards." })
  @IsOptional()
  @ArrayMaxSize(MAX_DETAILS_PER_ROW)
  @ValidateNested({ each: true })
  @Type(() => ResultDetailInput)
  details?: ResultDetailInput[];

  @Field(() => [ResultPeriodInput], {
    nullable: true,
    description: `This side's score per period (at most ${MAX_PERIODS_PER_ROW}); both sides list the same periods. The score is checked against them.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_PERIODS_PER_ROW)
  @ValidateNested({ each: true })
  @Type(() => ResultPeriodInput)
  periods?: ResultPeriodInput[];

  @Field(() => Designation, { nullable: true, description: 'HOME, AWAY or NEUTRAL; at most one HOME and one AWAY row.' })
  @IsOptional()
  @IsEnum(Designation)
  designation?: Designation;
}

@InputType({ description: "Replaces a unit's whole result set." })
export class SetUnitResultsInput extends UnitResultsTargetInput {
  @Field(() => [ResultRowInput], { description: `Every row of the unit, at most ${MAX_RESULT_ROWS}; rows left out are removed.` })
  @ArrayMaxSize(MAX_RESULT_ROWS)
  @ValidateNested({ each: true })
  @Type(() => ResultRowInput)
  rows: ResultRowInput[];

  @Field(() => Decision, {
    nullable: true,
    description: 'How the match was decided; checked against the discipline, the periods and the outcomes. Left out, the unit has none.',
  })
  @IsOptional()
  @IsEnum(Decision)
  decision?: Decision;
}
