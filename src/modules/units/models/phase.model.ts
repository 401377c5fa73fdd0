import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PhaseKind } from '../../../generated/prisma/enums.js';
import { Node } from '../../../graphql/relay/node.interface.js';

registerEnumType(PhaseKind, {
  name: 'PhaseKind',
  description: "The stage a phase is in an event's progression.",
  valuesMap: {
    HEATS: { description: 'Heats: the first round, whose best go through.' },
    QUALIFICATION: { description: 'A qualifying round for the final.' },
    GROUP: { description: 'A group or pool stage (round robin).' },
    ROUND_OF_16: { description: 'The round of the last sixteen.' },
    QUARTERFINAL: { description: 'The quarterfinals.' },
    SEMIFINAL: { description: 'The semifinals.' },
    FINAL: { description: 'The final, which decides the medals.' },
    FINAL_B: { description: 'A classification final for the places behind the final.' },
    SHORT_PROGRAM: { description: 'Figure skating: the first segment.' },
    FREE_SKATE: { description: 'Figure skating: the second segment (free skating or free dance).' },
    LEAGUE: { description: 'A league or league phase: everyone in one table (a season, the UEFA league phase).' },
    PLAYOFF: { description: 'A knockout play-off round before the main bracket.' },
    ROUND_OF_32: { description: 'The round of the last thirty-two.' },
    THIRD_PLACE: { description: 'The match for third place.' },
    OTHER: { description: 'Any other stage.' },
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
