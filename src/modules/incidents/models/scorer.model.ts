import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MAX_GOALS_LISTED } from '../domain/scorers.js';
import { PeriodKind } from '../../../generated/prisma/enums.js';
import '../../disciplines/match-enums.js';

@ObjectType({ description: 'One goal of a scorer in a match.' })
export class ScorerGoal {
  @Field(() => String, { nullable: true, description: 'The minute as printed: "23", "90+3".' })
  displayMinute: string | null;

  @Field(() => PeriodKind, { nullable: true, description: 'The period it was scored in.' })
  periodKind: PeriodKind | null;

  @Field({ description: 'Scored from a penalty kick in play.' })
  penalty: boolean;

  @Field({ description: 'An own goal: it counted for the other side.' })
  ownGoal: boolean;
}

@ObjectType({
  description: "A player who scored in a match, with the goals in the order they were scored; derived from the unit's incidents.",
})
export class Scorer {
  @Field(() => [ScorerGoal], {
    complexity: MAX_GOALS_LISTED,
    description: `The goals, own goals included (flagged), in the order scored; at most ${MAX_GOALS_LISTED} listed.`,
  })
  goals: ScorerGoal[];

  @Field(() => Int, { description: 'Goals for their own side: own goals are not counted.' })
  goalCount: number;

  @Field({ description: 'Three or more goals (own goals not counted) in the match.' })
  hatTrick: boolean;

  personId: string;
}

@ObjectType({ description: "A competition's scorer: goals are GOAL and PENALTY_GOAL incidents; own goals are not counted." })
export class TopScorer {
  @Field(() => Int, { description: 'Position by goals; scorers level on goals share it (1, 2, 2, 4).' })
  rank: number;

  @Field(() => Int, { description: 'Goals scored in the competition.' })
  goals: number;

  @Field(() => Int, { description: 'Of them, penalties (in play, not in shoot-outs).' })
  penalties: number;

  personId: string;
}
