import { Field, Int, ObjectType } from '@nestjs/graphql';
import { IncidentKind, PeriodKind, ShootoutOutcome } from '../../../generated/prisma/enums.js';
import '../../disciplines/match-enums.js';
import './incident-enums.js';

@ObjectType({ description: 'Something that happened in a match: a goal, a card, a substitution, a shoot-out kick.' })
export class Incident {
  @Field(() => Int, { description: 'Position in the list as it was saved, from 1.' })
  seq: number;

  @Field(() => IncidentKind, { description: 'GOAL, PENALTY_GOAL, OWN_GOAL, YELLOW_CARD, SUBSTITUTION, SHOOTOUT_KICK...' })
  kind: IncidentKind;

  @Field(() => PeriodKind, { nullable: true, description: 'The period it happened in.' })
  periodKind: PeriodKind | null;

  @Field(() => Int, { nullable: true, description: 'The period number, from 1.' })
  periodNumber: number | null;

  @Field(() => Int, { nullable: true, description: 'Minute of play, counted from kick-off; null for a shoot-out kick.' })
  minute: number | null;

  @Field(() => Int, { nullable: true, description: 'Added time: 3 in "90+3".' })
  addedMinute: number | null;

  @Field(() => Int, { nullable: true, description: "A shoot-out kick's order within its side's kicks." })
  shootoutOrder: number | null;

  @Field(() => ShootoutOutcome, { nullable: true, description: 'What became of a shoot-out kick.' })
  outcome: ShootoutOutcome | null;

  unitId: string;
  competitorId: string | null;
  personId: string | null;
  relatedPersonId: string | null;
}
