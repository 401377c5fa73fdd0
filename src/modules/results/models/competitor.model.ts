import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Node } from '../../../graphql/relay/node.interface.js';

@ObjectType({
  description: 'An entry in an event: a person or a team, representing a NOC, a member association or a club.',
  implements: () => [Node],
})
export class Competitor implements Node {
  id: string;

  @Field(() => String, { nullable: true, description: 'Start (bib) number as printed.' })
  bib: string | null;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when deleting the entry.' })
  version: number;

  eventId: string;
  personId: string | null;
  teamId: string | null;
  nocCode: string | null;
  associationCode: string | null;
  clubId: string | null;
}
