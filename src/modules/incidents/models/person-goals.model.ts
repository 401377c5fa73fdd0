import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "A player's goals in one competition, derived from the incidents of its matches." })
export class PersonGoals {
  @Field(() => Int, { description: 'Goals scored (GOAL and PENALTY_GOAL; own goals are not the scorer’s).' })
  goals: number;

  @Field(() => Int, { description: 'Of them, penalties in play (not shoot-out kicks).' })
  penaltyGoals: number;

  @Field(() => Int, { description: 'Matches in which they scored three or more.' })
  hatTricks: number;

  @Field(() => Int, { description: 'Matches in which they scored.' })
  matchesScoredIn: number;
}
