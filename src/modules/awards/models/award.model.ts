import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AwardKind } from '../../../generated/prisma/enums.js';
import { Node } from '../../../graphql/relay/node.interface.js';

registerEnumType(AwardKind, {
  name: 'AwardKind',
  description: 'What an award honours.',
  valuesMap: {
    BEST_PLAYER: { description: 'Best player (Golden Ball).' },
    TOP_SCORER: { description: 'Top scorer (Golden Boot).' },
    BEST_YOUNG_PLAYER: { description: 'Best young player.' },
    BEST_GOALKEEPER: { description: 'Best goalkeeper (Golden Glove).' },
    TEAM_OF_THE_TOURNAMENT: { description: 'A place in the team of the tournament; seq orders the places.' },
    FAIR_PLAY: { description: 'Fair play award.' },
    OTHER: { description: 'Any other award.' },
  },
});

@ObjectType({
  description: 'An award of a competition (Golden Boot, team of the tournament): not an event, never in its event list.',
  implements: () => [Node],
})
export class Award implements Node {
  id: string;

  @Field(() => AwardKind, { description: 'Best player, top scorer, team of the tournament...' })
  kind: AwardKind;

  @Field({ description: 'The award as printed, e.g. "Golden Boot".' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The statistic behind it, e.g. goals.' })
  statistic: string | null;

  @Field(() => Int, { description: 'Order among awards of the same kind, from 1.' })
  seq: number;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when updating or deleting.' })
  version: number;

  competitionId: string;
  eventId: string | null;
  personId: string | null;
  teamId: string | null;
  statisticValue: { toString(): string } | null;
}
