import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PhaseKind } from '../../../generated/prisma/enums.js';

registerEnumType(PhaseKind, { name: 'PhaseKind' });

@ObjectType({ description: 'A stage of an event: heats, semifinals, final, a figure skating segment.' })
export class Phase {
  @Field(() => ID)
  id: string;

  @Field(() => PhaseKind)
  kind: PhaseKind;

  @Field()
  name: string;

  @Field(() => Int, { description: 'Position among the event\'s phases, from 1.' })
  order: number;

  @Field(() => Int)
  version: number;

  eventId: string;
}
