import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CompetitionKind } from '../../../generated/prisma/enums.js';
import { DateScalar } from '../../../graphql/scalars/index.js';
import { Node } from '../../../graphql/relay/node.interface.js';

registerEnumType(CompetitionKind, {
  name: 'CompetitionKind',
  description: 'What sort of competition it is.',
  valuesMap: {
    OLYMPIC_GAMES: { description: 'An edition of the Olympic (or Paralympic) Games.' },
    WORLD_CHAMPIONSHIPS: { description: 'A world championship, e.g. ISU World Single Distances Championships.' },
    CONTINENTAL_CHAMPIONSHIPS: { description: 'A continental championship, e.g. the European Championships.' },
    WORLD_CUP: { description: 'A World Cup series or one of its meetings.' },
    LEAGUE_SEASON: { description: 'One season of a league.' },
    CUP: { description: 'A cup tournament other than a World Cup.' },
    FIGHT_CARD: { description: 'The bouts of one combat-sports event.' },
    OTHER: { description: 'Any other competition, e.g. an invitational meeting.' },
  },
});

@ObjectType({ description: 'A Games edition, a season, a tournament or a fight card.', implements: () => [Node] })
export class Competition implements Node {
  id: string;

  @Field({ description: 'Stable URL key, e.g. milano-cortina-2026.' })
  slug: string;

  @Field({ description: 'Display name, e.g. "Milano Cortina 2026".' })
  name: string;

  @Field(() => CompetitionKind, { description: 'Games, championships, cup, league season, fight card...' })
  kind: CompetitionKind;

  @Field(() => DateScalar, { description: 'First day, calendar date (ISO 8601, e.g. 2026-02-06).' })
  startDate: Date;

  @Field(() => DateScalar, { description: 'Last day, inclusive; calendar date (ISO 8601).' })
  endDate: Date;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 of the host country.' })
  hostCountryIso2: string | null;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when updating.' })
  version: number;

  parentId: string | null;
}
