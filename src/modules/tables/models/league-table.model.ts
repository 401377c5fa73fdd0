import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '../../../graphql/scalars/index.js';

/** A league table holds at most this many rows (a phase's competitors). */
export const MAX_TABLE_ROWS = 200;

export enum FormResult {
  W = 'W',
  D = 'D',
  L = 'L',
}
registerEnumType(FormResult, {
  name: 'FormResult',
  description: 'One result in a form guide.',
  valuesMap: { W: { description: 'Won.' }, D: { description: 'Drawn.' }, L: { description: 'Lost.' } },
});

export enum TableTieBreaker {
  SCORE_DIFFERENCE = 'SCORE_DIFFERENCE',
  SCORED_FOR = 'SCORED_FOR',
  WINS = 'WINS',
  AWAY_SCORED_FOR = 'AWAY_SCORED_FOR',
  AWAY_WINS = 'AWAY_WINS',
  HEAD_TO_HEAD_POINTS = 'HEAD_TO_HEAD_POINTS',
  HEAD_TO_HEAD_SCORE_DIFFERENCE = 'HEAD_TO_HEAD_SCORE_DIFFERENCE',
  HEAD_TO_HEAD_SCORED_FOR = 'HEAD_TO_HEAD_SCORED_FOR',
}
registerEnumType(TableTieBreaker, {
  name: 'TableTieBreaker',
  description:
    'A criterion that orders rows level on points; head-to-head ones use a mini-table of the matches among the rows still level.',
  valuesMap: {
    SCORE_DIFFERENCE: { description: 'Goal (or points) difference over all matches.' },
    SCORED_FOR: { description: 'Goals (or points) scored over all matches.' },
    WINS: { description: 'Matches won.' },
    AWAY_SCORED_FOR: { description: 'Goals scored away from home.' },
    AWAY_WINS: { description: 'Matches won away from home.' },
    HEAD_TO_HEAD_POINTS: { description: 'Points in the matches among the rows still level.' },
    HEAD_TO_HEAD_SCORE_DIFFERENCE: { description: 'Goal difference in the matches among the rows still level.' },
    HEAD_TO_HEAD_SCORED_FOR: { description: 'Goals scored in the matches among the rows still level.' },
  },
});

@ObjectType({ description: 'The points a table gives for a result, from the discipline rules.' })
export class TablePointsRules {
  @Field(() => Int, { description: 'Points for a win (in regulation time where that makes a difference).' })
  win: number;

  @Field(() => Int, { description: 'Points for a draw.' })
  draw: number;

  @Field(() => Int, { description: 'Points for a loss.' })
  loss: number;

  @Field(() => Int, { nullable: true, description: "A win after overtime or a shoot-out (ice hockey's 2); null where it counts as a win." })
  winAfterRegulation: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "A loss after overtime or a shoot-out (ice hockey's 1); null where it counts as a loss.",
  })
  lossAfterRegulation: number | null;

  @Field(() => Int, { nullable: true, description: 'Rugby union: a bonus point for scoring this many tries or more.' })
  tryBonusAt: number | null;

  @Field(() => Int, { nullable: true, description: 'Rugby union: a bonus point for losing by this margin or less.' })
  losingBonusWithin: number | null;
}

@ObjectType({ description: "One competitor's line in a league table." })
export class LeagueTableRow {
  @Field(() => Int, { description: 'Position, from 1; shared only when every criterion is level.' })
  rank: number;

  @Field({ description: 'True when another row has the same rank.' })
  rankShared: boolean;

  @Field(() => Int, { nullable: true, description: 'Matches played; null in a stored standing that does not give it.' })
  played: number | null;

  @Field(() => Int, { nullable: true, description: 'Matches won.' })
  won: number | null;

  @Field(() => Int, { nullable: true, description: 'Matches drawn.' })
  drawn: number | null;

  @Field(() => Int, { nullable: true, description: 'Matches lost.' })
  lost: number | null;

  @Field(() => Int, { nullable: true, description: 'Goals (or points) scored.' })
  scoredFor: number | null;

  @Field(() => Int, { nullable: true, description: 'Goals (or points) conceded.' })
  scoredAgainst: number | null;

  @Field(() => Int, { nullable: true, description: 'Scored for minus scored against (goal difference).' })
  scoreDifference: number | null;

  @Field(() => Float, { nullable: true, description: 'Table points: match points plus bonus points minus deductions.' })
  points: number | null;

  @Field(() => Int, { description: 'Bonus points included in `points` (rugby union); 0 elsewhere.' })
  bonusPoints: number;

  @Field(() => Int, { description: 'Points deducted, already subtracted from `points`.' })
  deductedPoints: number;

  @Field(() => [FormResult], { description: 'The last five results, newest first; empty in a stored standing.' })
  form: FormResult[];

  @Field(() => String, { nullable: true, description: 'A stored standing\'s note ("qualified", "relegated").' })
  note: string | null;

  competitorId: string;
}

@ObjectType({ description: "A phase's league table: computed from its finished matches, or stored as published." })
export class LeagueTable {
  @Field({ description: 'False when the rows are stored standings (a table not computed from matches).' })
  computed: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Only matches on or before this day (UTC) and deductions decided by then.' })
  asOf: Date | null;

  @Field(() => Int, { nullable: true, description: 'Only matches of this matchday and earlier.' })
  matchday: number | null;

  @Field(() => Int, { description: 'Finished matches counted.' })
  matchesCounted: number;

  @Field({ description: 'The discipline whose rules the table uses (its code, e.g. FBL).' })
  disciplineCode: string;

  @Field(() => TablePointsRules, { description: 'The points given for each result.' })
  pointsRules: TablePointsRules;

  @Field(() => [TableTieBreaker], { description: 'After points, the criteria that order level rows, in order.' })
  tieBreakers: TableTieBreaker[];

  @Field(() => [LeagueTableRow], { complexity: MAX_TABLE_ROWS, description: `The rows, best first (at most ${MAX_TABLE_ROWS}).` })
  rows: LeagueTableRow[];
}
