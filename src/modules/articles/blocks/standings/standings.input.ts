import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';
import { GlobalIdField } from '../../../../graphql/relay/global-id.input.js';

/** Most rows a standings block shows, and most clubs it highlights. */
export const MAX_STANDINGS_ROWS = 100;

@InputType({ description: "A phase's league table, live, optionally as of a date or a matchday and cut to the top rows." })
export class StandingsBlockInput {
  @GlobalIdField('Phase', { description: 'The league phase (or group) whose table is shown.' })
  phaseId: string;

  @Field(() => String, { nullable: true, description: 'The table as it stood after the matches of this date (YYYY-MM-DD).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;

  @Field(() => Int, { nullable: true, description: 'The table after this matchday.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  matchday?: number;

  @Field(() => Int, { nullable: true, description: 'Only the first N rows.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_STANDINGS_ROWS)
  top?: number;

  @GlobalIdField('Competitor', { list: true, nullable: true, description: 'Rows to highlight (the clubs the story is about).' })
  @ArrayMaxSize(MAX_STANDINGS_ROWS)
  highlight?: string[];
}
