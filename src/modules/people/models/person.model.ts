import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Gender, NameOrder } from '../../../generated/prisma/enums.js';
import { DateScalar } from '../../../graphql/scalars/index.js';
import { Node } from '../../../graphql/relay/node.interface.js';

registerEnumType(Gender, {
  name: 'Gender',
  description: "A person's gender, as published.",
  valuesMap: {
    FEMALE: { description: 'Female.' },
    MALE: { description: 'Male.' },
    OTHER: { description: 'Another gender, as the person states it.' },
  },
});
registerEnumType(NameOrder, {
  name: 'NameOrder',
  description: "The order of the name parts in a person's own usage.",
  valuesMap: {
    GIVEN_FAMILY: { description: 'Given name first: Jutta Leerdam.' },
    FAMILY_GIVEN: { description: 'Family name first: Takagi Miho.' },
  },
});

@ObjectType({ description: 'Anyone the newsroom writes about: athletes, coaches, pundits, relatives.', implements: () => [Node] })
export class Person implements Node {
  id: string;

  @Field({ description: 'Stable URL key, e.g. jutta-leerdam.' })
  slug: string;

  @Field({ description: 'The name as printed in stories.' })
  displayName: string;

  @Field(() => String, { nullable: true, description: 'Given (first) name, e.g. Jutta.' })
  givenName: string | null;

  @Field(() => String, { nullable: true, description: 'Family name, e.g. Leerdam.' })
  familyName: string | null;

  @Field(() => [String], { description: 'Other spellings stories use (transliterations, nicknames, a former name).' })
  aliases: string[];

  @Field(() => NameOrder, { description: "Order of the name parts in the person's own usage." })
  nameOrder: NameOrder;

  @Field(() => DateScalar, { nullable: true, description: 'Date of birth, calendar date (ISO 8601, e.g. 1998-12-24).' })
  birthDate: Date | null;

  @Field(() => Gender, { nullable: true, description: 'Null when not known.' })
  gender: Gender | null;

  @Field(() => String, { nullable: true, description: 'Short description, e.g. "Dutch speed skater".' })
  description: string | null;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when updating.' })
  version: number;

  nocCode: string | null;
}
