import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PhaseKind } from '../../../generated/prisma/enums.js';
import { Node } from '../../../graphql/relay/node.interface.js';

registerEnumType(PhaseKind, {
  name: 'PhaseKind',
  description: "The stage a phase is in an event's progression.",
  valuesMap: {
    GROUP: { description: 'A group or pool stage (round robin).' },
    FINAL_B: { description: 'A classification final for the places behind the final.' },
    SHORT_PROGRAM: { description: 'Figure skating: the first segment.' },
    FREE_SKATE: { description: 'Figure skating: the second segment (free skating or free dance).' },
  },
});

@ObjectType({ description: 'A stage of an event: heats, semifinals, final, a figure skating segment.', implements: () => [Node] })
export class Phase implements Node {
  id: string;

  @Field(() => PhaseKind, { description: 'Heats, semifinal, final, a figure skating segment...' })
  kind: PhaseKind;

  @Field({ description: 'Display name, e.g. "Semifinal".' })
  name: string;

  @Field(() => Int, { description: "Position among the event's phases, from 1." })
  order: number;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when updating.' })
  version: number;

  eventId: string;
}
