import { defineBlock } from '../block-definition.js';
import { gid } from '../revision-ids.js';
import { QuoteBlockResolver } from './quote-block.resolver.js';
import { QuoteBlockInput } from './quote.input.js';
import { QuoteBlock } from './quote.model.js';

export interface QuoteBlockData {
  quoteId: string;
}

export const quoteBlock = defineBlock({
  type: 'QUOTE',
  payloadField: 'quote',
  description: 'A quote entity, shown with its speaker (`quote`).',
  input: QuoteBlockInput,
  model: QuoteBlock,
  resolvers: [QuoteBlockResolver],
  normalize({ quoteId }, at): QuoteBlockData {
    at.reference('QUOTE', quoteId, 'QUOTE_BLOCK', 'quoteId');
    return { quoteId };
  },
  text: (data, placed) => [placed.get(data.quoteId) ?? ''],
  wordDiff: true,
  revisionView: (data) => ({ quoteId: gid('Quote')(data.quoteId) }),
});
