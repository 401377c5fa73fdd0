import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RecordScope } from '../../../generated/prisma/enums.js';

registerEnumType(RecordScope, {
  name: 'RecordScope',
  description: 'Where or for whom a record holds.',
  valuesMap: {
    WORLD: { description: 'Best in the world (WR).' },
    OLYMPIC: { description: 'Best at the Olympic Games (OR).' },
    CONTINENTAL: { description: 'Best by an athlete of one continent (e.g. ER, AR).' },
    NATIONAL: { description: 'Best by an athlete of one nation (NR).' },
    VENUE: { description: 'Best at one venue: a track record (TR).' },
    PERSONAL: { description: "A person's own best (PB)." },
    SEASON: { description: 'Best of the season, for a person or overall (SB).' },
    JUNIOR: { description: 'Best by a junior athlete (WJR...).' },
  },
});

@ObjectType({ description: 'A kind of record: WR, OR, NR, PB, SB, TR, EWR (equalled world record)...' })
export class RecordType {
  @Field({ description: 'The code printed next to a result, e.g. OR.' })
  code: string;

  @Field({ description: 'The record as printed in full, e.g. Olympic record.' })
  name: string;

  @Field(() => RecordScope, { description: 'World, Olympic, national, venue, personal...' })
  scope: RecordScope;

  @Field({ description: 'The family of the code: EWR belongs to WR.' })
  groupCode: string;

  @Field({ description: 'True for "equalled" codes (EWR, EOR).' })
  equalled: boolean;
}
