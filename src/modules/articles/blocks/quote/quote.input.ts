import { InputType } from '@nestjs/graphql';
import { GlobalIdField } from '../../../../graphql/relay/global-id.input.js';

@InputType({ description: 'Places a stored quote in the story.' })
export class QuoteBlockInput {
  @GlobalIdField('Quote', { description: 'The quote to place.' }) quoteId: string;
}
