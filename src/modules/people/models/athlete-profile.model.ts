import { Field, ObjectType } from '@nestjs/graphql';
import { JSONObjectScalar } from '../../../graphql/scalars/index.js';

@ObjectType({ description: 'What makes a person an athlete: the discipline and the ids other systems know them by.' })
export class AthleteProfile {
  @Field(() => String, { nullable: true, description: 'Main discipline code, e.g. SSK.' })
  disciplineCode: string | null;

  @Field(() => JSONObjectScalar, { description: 'Ids in other systems, e.g. { "isu": "...", "wikidata": "Q..." }.' })
  externalIds: Record<string, unknown>;

  personId: string;
}
