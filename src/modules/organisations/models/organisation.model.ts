import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrgKind } from '../../../generated/prisma/enums.js';

registerEnumType(OrgKind, { name: 'OrgKind', description: 'What an organisation is: federation, team, club, agency, platform...' });

@ObjectType({ description: 'A federation, team, club, agency or platform. A team competitor is an organisation.' })
export class Organisation {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable URL key.' })
  slug: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'e.g. ISU, AP.' })
  shortName: string | null;

  @Field(() => OrgKind)
  kind: OrgKind;

  @Field(() => String, { nullable: true, description: 'The NOC a national team represents.' })
  nocCode: string | null;
}
