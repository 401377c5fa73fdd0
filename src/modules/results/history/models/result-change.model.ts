import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ResultChangeAction } from '../../../../generated/prisma/enums.js';
import { DateTimeScalar, JSONObjectScalar, JSONScalar } from '../../../../graphql/scalars/index.js';

registerEnumType(ResultChangeAction, {
  name: 'ResultChangeAction',
  description: 'What a save did to one row of a results set.',
  valuesMap: {
    ADDED: { description: 'The competitor got a row.' },
    CHANGED: { description: "Some of the row's fields changed; `changes` lists them." },
    REMOVED: { description: "The competitor's row was removed." },
  },
});

@ObjectType({ description: 'One field of a row, from what to what.' })
export class ResultFieldChange {
  @Field({ description: 'The field, as in the save input: rank, timeMs, medal, recordMarks, details, …' }) field: string;
  @Field(() => JSONScalar, { nullable: true, description: 'Its value before (null when the row was added or the field empty).' })
  from: unknown;
  @Field(() => JSONScalar, { nullable: true, description: 'Its value after (null when the row was removed or the field cleared).' })
  to: unknown;
}

/** Every field a row has, so `changes` has a bound: the result row's 18, a standing's 4. */
export const MAX_FIELDS_PER_ROW = 18;

@ObjectType({ description: 'One row of a results set changed by one save: who changed it, when, from what to what. Staff only.' })
export class ResultChange {
  id: string;
  @Field(() => ResultChangeAction, { description: 'Added, changed or removed.' }) action: ResultChangeAction;
  @Field(() => DateTimeScalar, { description: 'When the save was made.' }) changedAt: Date;
  @Field(() => JSONObjectScalar, { nullable: true, description: 'The changed fields before (the whole row for REMOVED, null for ADDED).' })
  before: Record<string, unknown> | null;
  @Field(() => JSONObjectScalar, { nullable: true, description: 'The changed fields after (the whole row for ADDED, null for REMOVED).' })
  after: Record<string, unknown> | null;
  @Field(() => ID, { description: 'The same for every row changed by one save (a key for grouping, not an object id).' })
  changeSetId: string;

  subjectId: string;
  competitorId: string;
  changedById: string | null;
}
