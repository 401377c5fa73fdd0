import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NocKind } from '../../../generated/prisma/enums.js';

registerEnumType(NocKind, {
  name: 'NocKind',
  description: 'What a NOC code stands for.',
  valuesMap: {
    NATIONAL: { description: 'A country or territory with its own NOC, e.g. NED.' },
    NEUTRAL: { description: 'Athletes competing under a neutral flag, e.g. AIN.' },
    REFUGEE: { description: 'A refugee team, e.g. EOR.' },
    HISTORICAL: { description: 'A NOC that no longer exists, e.g. URS, GDR.' },
    MIXED: { description: 'A team of athletes from several NOCs.' },
  },
});

@ObjectType({ description: 'A National Olympic Committee (NED). Athletes compete for a NOC, not a country.' })
export class Noc {
  @Field({ description: 'IOC code, e.g. NED.' })
  code: string;

  @Field({ description: 'Name, e.g. Netherlands.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 of the country (NL); null for non-country NOCs.' })
  isoAlpha2: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 of the country (NLD); null for non-country NOCs.' })
  isoAlpha3: string | null;

  @Field(() => NocKind, { description: 'Country, neutral, refugee or historical.' })
  kind: NocKind;
}
