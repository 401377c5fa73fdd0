import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CompetitionKind } from '../../../generated/prisma/enums.js';
import { DateScalar } from '../../../graphql/scalars/index.js';

registerEnumType(CompetitionKind, { name: 'CompetitionKind' });

@ObjectType({ description: 'A Games edition, a season, a tournament or a fight card.' })
export class Competition {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable URL key, e.g. milano-cortina-2026.' })
  slug: string;

  @Field()
  name: string;

  @Field(() => CompetitionKind)
  kind: CompetitionKind;

  @Field(() => DateScalar)
  startDate: Date;

  @Field(() => DateScalar)
  endDate: Date;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 of the host country.' })
  hostCountryIso2: string | null;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when updating.' })
  version: number;

  parentId: string | null;
}
