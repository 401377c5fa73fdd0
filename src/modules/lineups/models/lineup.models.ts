import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MAX_LINEUP_ENTRIES_PER_SIDE } from '../lineup-rules.js';
import { LineupRole, OfficialRole } from '../../../generated/prisma/enums.js';

registerEnumType(LineupRole, {
  name: 'LineupRole',
  description: "A person's part in a side's line-up.",
  valuesMap: {
    STARTER: { description: 'In the starting line-up (a team pursuit skater, a football starter).' },
    SUBSTITUTE: { description: 'On the bench; may come on.' },
    HEAD_COACH: { description: 'The head coach or manager.' },
    ASSISTANT_COACH: { description: 'An assistant coach.' },
    STAFF: { description: 'Other staff: physio, team doctor...' },
  },
});
registerEnumType(OfficialRole, {
  name: 'OfficialRole',
  description: 'What an official does in a unit.',
  valuesMap: {
    REFEREE: { description: 'The referee.' },
    ASSISTANT_REFEREE: { description: 'An assistant referee (linesman).' },
    FOURTH_OFFICIAL: { description: 'The fourth official.' },
    VIDEO_ASSISTANT_REFEREE: { description: 'The video assistant referee (VAR).' },
    UMPIRE: { description: 'An umpire.' },
    JUDGE: { description: 'A judge.' },
    TIMEKEEPER: { description: 'A timekeeper.' },
    TECHNICAL_DELEGATE: { description: 'The technical delegate.' },
    OTHER: { description: 'Any other official.' },
  },
});

@ObjectType({ description: "One person of a side's line-up for a unit." })
export class LineupEntry {
  @Field(() => LineupRole, { description: 'Starter, substitute, coach or staff.' })
  role: LineupRole;

  @Field(() => Int, { description: 'Order within the side as entered, from 1; entries are listed by role, then by it.' })
  seq: number;

  @Field(() => Int, { nullable: true, description: 'Shirt number; players only.' })
  shirtNumber: number | null;

  @Field(() => String, { nullable: true, description: 'Position as printed, e.g. GK.' })
  position: string | null;

  @Field({ description: 'True for the captain (at most one per side).' })
  captain: boolean;

  @Field(() => Int, { nullable: true, description: 'Minutes played; players only.' })
  minutesPlayed: number | null;

  unitId: string;
  competitorId: string;
  personId: string;
}

@ObjectType({ description: "A side's line-up for a unit: its starters first, then substitutes, then coaches and staff." })
export class TeamLineup {
  @Field(() => [LineupEntry], {
    complexity: MAX_LINEUP_ENTRIES_PER_SIDE,
    description: 'Starters, then substitutes, then head coach, assistant coaches and staff; each group in the order entered.',
  })
  entries: LineupEntry[];

  competitorId: string;
}

@ObjectType({ description: 'A referee, judge or other official of a unit.' })
export class UnitOfficial {
  @Field(() => OfficialRole, { description: 'Referee, assistant referee, VAR, judge...' })
  role: OfficialRole;

  @Field(() => Int, { description: 'Order as entered, from 1.' })
  seq: number;

  personId: string;
  nocCode: string | null;
  associationCode: string | null;
}
