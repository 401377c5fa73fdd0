import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An entry in an event: a person or a team, representing a NOC.' })
export class Competitor {
  @Field(() => ID, { description: 'Unique identifier (UUID) of the entry.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Start (bib) number as printed.' })
  bib: string | null;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when deleting the entry.' })
  version: number;

  eventId: string;
  personId: string | null;
  teamId: string | null;
  nocCode: string | null;
}
