import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NocKind } from '../../../generated/prisma/enums.js';

registerEnumType(NocKind, { name: 'NocKind', description: 'What a NOC stands for: a country, neutral athletes, a refugee team, a NOC that no longer exists.' });

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
