import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Gender, NameOrder } from '../../../generated/prisma/enums.js';
import { DateScalar } from '../../../graphql/scalars/index.js';

registerEnumType(Gender, { name: 'Gender' });
registerEnumType(NameOrder, { name: 'NameOrder', description: 'GIVEN_FAMILY (Jutta Leerdam) or FAMILY_GIVEN (Takagi Miho).' });

@ObjectType({ description: 'Anyone the newsroom writes about: athletes, coaches, pundits, relatives.' })
export class Person {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable URL key, e.g. jutta-leerdam.' })
  slug: string;

  @Field({ description: 'The name as printed in stories.' })
  displayName: string;

  @Field(() => String, { nullable: true })
  givenName: string | null;

  @Field(() => String, { nullable: true })
  familyName: string | null;

  @Field(() => NameOrder, { description: 'Order of the name parts in the person\'s own usage.' })
  nameOrder: NameOrder;

  @Field(() => DateScalar, { nullable: true })
  birthDate: Date | null;

  @Field(() => Gender, { nullable: true })
  gender: Gender | null;

  @Field(() => String, { nullable: true, description: 'Short description, e.g. "Dutch speed skater".' })
  description: string | null;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when updating.' })
  version: number;

  nocCode: string | null;
}
