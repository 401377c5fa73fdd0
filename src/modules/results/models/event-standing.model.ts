import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Irm, Medal } from '../../../generated/prisma/enums.js';
import { Noc } from '../../nocs/models/noc.model.js';
import { Node } from '../../../graphql/relay/node.interface.js';

@ObjectType({ description: 'Final standing of a competitor in an event; medals live here.', implements: () => [Node] })
export class EventStanding implements Node {
  id: string;

  @Field(() => Int, { nullable: true, description: 'Final rank, shared by tied competitors; null with an IRM or when unknown.' })
  rank: number | null;

  @Field({ description: 'True when the rank is shared with another competitor.' })
  rankEqual: boolean;

  @Field(() => Irm, { nullable: true, description: 'Why the competitor has no final rank (DNS, DSQ...).' })
  irm: Irm | null;

  @Field(() => Medal, { nullable: true, description: 'The medal won in the event, if any.' })
  medal: Medal | null;

  eventId: string;
  competitorId: string;
}

@ObjectType({ description: "One NOC in a competition's medal table." })
export class MedalTableRow {
  @Field(() => Int, { description: 'Rank by gold, then silver, then bronze; shared when all three are equal.' })
  rank: number;

  @Field(() => Noc, { description: 'The NOC the medals were won for.' })
  noc: Noc;

  @Field(() => Int, { description: 'Gold medals.' })
  gold: number;

  @Field(() => Int, { description: 'Silver medals.' })
  silver: number;

  @Field(() => Int, { description: 'Bronze medals.' })
  bronze: number;

  @Field(() => Int, { description: 'All medals: gold + silver + bronze.' })
  total: number;
}
