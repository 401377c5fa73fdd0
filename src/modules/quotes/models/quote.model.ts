import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { QuoteContext } from '../../../generated/prisma/enums.js';
import { DateTimeScalar } from '../../../graphql/scalars/index.js';
import { Node } from '../../../graphql/relay/node.interface.js';

registerEnumType(QuoteContext, {
  name: 'QuoteContext',
  description: 'Where the words were said.',
  valuesMap: {
    TOLD_REPORTERS: { description: 'To reporters, e.g. after the race.' },
    MIXED_ZONE: { description: 'In the mixed zone.' },
    PRESS_CONFERENCE: { description: 'At a press conference.' },
    INTERVIEW: { description: 'In an interview with an outlet (see `outlet`).' },
    BROADCAST: { description: 'On radio or television (see `outlet`).' },
    SOCIAL_POST: { description: 'In a social media post (see `socialPost`).' },
    STATEMENT: { description: 'In a written statement.' },
  },
});

@ObjectType({ description: 'Something a person or organisation said, attributed and in context.', implements: () => [Node] })
export class Quote implements Node {
  id: string;

  @Field({ description: 'The words quoted (a translation when `originalText` is set).' })
  text: string;

  @Field(() => QuoteContext, { description: 'Where the words were said.' })
  context: QuoteContext;

  @Field(() => String, { nullable: true, description: 'The outlet of an interview or broadcast, e.g. NOS.' })
  outlet: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the words were said.' })
  saidAt: Date | null;

  @Field({ description: 'BCP 47 language of `text`, e.g. en.' })
  language: string;

  @Field(() => String, { nullable: true, description: 'The words as said, when `text` is a translation.' })
  originalText: string | null;

  @Field(() => String, { nullable: true, description: 'BCP 47 language of `originalText`, e.g. nl.' })
  originalLanguage: string | null;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when updating.' })
  version: number;

  speakerPersonId: string | null;
  speakerOrganisationId: string | null;
  eventId: string | null;
  unitId: string | null;
  socialPostId: string | null;
}
