import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An entry in an event: a person or a team, representing a NOC.' })
export class Competitor {
  @Field(() => ID, { description: 'Unique identifier (UUID) of the entry.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Start (bib) number as printed.' })
  bib: string | null;

  eventId: string;
  personId: string | null;
  teamId: string | null;
  nocCode: string | null;
}
