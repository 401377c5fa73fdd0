import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RecordScope } from '../../../generated/prisma/enums.js';

registerEnumType(RecordScope, { name: 'RecordScope' });

@ObjectType({ description: 'A kind of record: WR, OR, NR, PB, SB, TR, EWR (equalled world record)...' })
export class RecordType {
  @Field({ description: 'The code printed next to a result, e.g. OR.' })
  code: string;

  @Field({ description: 'e.g. Olympic record.' })
  name: string;

  @Field(() => RecordScope)
  scope: RecordScope;

  @Field({ description: 'The family of the code: EWR belongs to WR.' })
  groupCode: string;

  @Field({ description: 'True for "equalled" codes (EWR, EOR).' })
  equalled: boolean;
}
