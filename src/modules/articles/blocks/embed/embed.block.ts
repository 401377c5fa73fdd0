import { defineBlock } from '../block-definition.js';
import { EmbedInput } from './embed.input.js';
import { EmbedBlock } from './embed.model.js';

export interface EmbedData {
  url: string;
  provider?: string | null;
}

export const embedBlock = defineBlock({
  type: 'EMBED',
  payloadField: 'embed',
  description: 'Third-party content by URL, e.g. a video (`embed`).',
  input: EmbedInput,
  model: EmbedBlock,
  resolvers: [],
  normalize: ({ url, provider }): EmbedData => ({ url, provider: provider ?? null }),
  text: () => [],
});
