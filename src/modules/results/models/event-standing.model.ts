import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Irm, Medal } from '../../../generated/prisma/enums.js';
import { Noc } from '../../nocs/models/noc.model.js';

@ObjectType({ description: 'Final standing of a competitor in an event; medals live here.' })
export class EventStanding {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true })
  rank: number | null;

  @Field()
  rankEqual: boolean;

  @Field(() => Irm, { nullable: true })
  irm: Irm | null;

  @Field(() => Medal, { nullable: true })
  medal: Medal | null;

  eventId: string;
  competitorId: string;
}

@ObjectType({ description: 'One NOC in a competition\'s medal table.' })
export class MedalTableRow {
  @Field(() => Int, { description: 'Rank by gold, then silver, then bronze; shared when all three are equal.' })
  rank: number;

  @Field(() => Noc)
  noc: Noc;

  @Field(() => Int)
  gold: number;

  @Field(() => Int)
  silver: number;

  @Field(() => Int)
  bronze: number;

  @Field(() => Int)
  total: number;
}
