import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { GlobalIdField } from '../../../../graphql/relay/global-id.input.js';

/** Most rows a results table shows: a unit's rows, or the event's standings, are at most this many too. */
export const MAX_TABLE_ROWS = 500;

/** The head-to-head columns (score, outcome, decision, periods) follow the ranked ones. */
export const RESULT_COLUMNS = [
  'RANK',
  'COMPETITOR',
  'NOC',
  'VALUE',
  'BEHIND',
  'MEDAL',
  'RECORDS',
  'START_GROUP',
  'LANE',
  'IRM',
  'SCORE',
  'WLT',
  'DECISION',
  'PERIODS',
  'DESIGNATION',
] as const;

@InputType({ description: "A unit's results (or, with eventId, the event's final standings), optionally a subset of rows and columns." })
export class ResultsTableBlockInput {
  @GlobalIdField('Unit', { nullable: true, description: "Show this unit's results; give exactly one of unitId and eventId." })
  unitId?: string;
  @GlobalIdField('Event', { nullable: true, description: "Show this event's final standings; give exactly one of unitId and eventId." })
  eventId?: string;
  @GlobalIdField('Competitor', { list: true, nullable: true, description: "Only these competitors' rows." })
  @ArrayMaxSize(MAX_TABLE_ROWS)
  competitorIds?: string[];
  @Field(() => Int, { nullable: true, description: 'Only the first N rows.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_TABLE_ROWS)
  top?: number;
  @Field(() => [String], { nullable: true, description: `Columns to show, from ${RESULT_COLUMNS.join(', ')}.` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RESULT_COLUMNS.length)
  @IsIn(RESULT_COLUMNS, { each: true })
  columns?: string[];
}
