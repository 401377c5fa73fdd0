import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrgKind } from '../../../generated/prisma/enums.js';
import { Node } from '../../../graphql/relay/node.interface.js';

registerEnumType(OrgKind, {
  name: 'OrgKind',
  description: 'What an organisation is: federation, team, club, agency, platform...',
  valuesMap: {
    GOVERNING_BODY: { description: "A federation or other body that sets a sport's rules, e.g. ISU." },
    NOC: { description: 'A National Olympic Committee as an organisation.' },
    TEAM: { description: 'A national or other team; can be a competitor.' },
    CLUB: { description: 'A sports club, e.g. a skating club an athlete trains with.' },
    AGENCY: { description: 'A news or photo agency, e.g. AP.' },
    PUBLISHER: { description: 'A newspaper, broadcaster or other outlet.' },
    PLATFORM: { description: 'A social or streaming platform.' },
    OTHER: { description: 'Any other organisation.' },
  },
});

@ObjectType({
  description: 'A federation, team, club, agency or platform. A team competitor is an organisation.',
  implements: () => [Node],
})
export class Organisation implements Node {
  id: string;

  @Field({ description: 'Stable URL key.' })
  slug: string;

  @Field({ description: 'The name as printed, e.g. "International Skating Union".' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The short name or acronym, e.g. ISU, AP.' })
  shortName: string | null;

  @Field(() => OrgKind, { description: 'Federation, team, club, agency, publisher, platform...' })
  kind: OrgKind;

  @Field(() => String, { nullable: true, description: 'The NOC a national team represents.' })
  nocCode: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 of a club's home country (GB); null when not recorded." })
  countryIso2: string | null;

  @Field(() => [String], { description: 'Other names it is known by ("Man City"); imports match on them.' })
  aliases: string[];

  @Field(() => Int, { description: 'Pass it back as expectedVersion when updating.' })
  version: number;
}
