import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'A national football or rugby association that is not a NOC (England, Scotland, Wales, Northern Ireland): the home nations play as themselves.',
})
export class MemberAssociation {
  @Field({ description: 'Its code, e.g. ENG; teams and officials name it with `association: "ENG"`.' })
  code: string;

  @Field({ description: 'The name as printed, e.g. England.' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 of its country where one exists; null for England (GB-ENG is not alpha-2).',
  })
  countryIso2: string | null;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when changing the association with upsertMemberAssociation.' })
  version: number;
}
