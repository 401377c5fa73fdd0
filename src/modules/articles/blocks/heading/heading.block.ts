import { defineBlock } from '../block-definition.js';
import { HeadingInput } from './heading.input.js';
import { HeadingBlock } from './heading.model.js';

export interface HeadingData {
  text: string;
  level: number;
}

export const headingBlock = defineBlock({
  type: 'HEADING',
  payloadField: 'heading',
  description: 'A subheading inside the story (`heading`).',
  input: HeadingInput,
  model: HeadingBlock,
  resolvers: [],
  normalize: ({ text, level }): HeadingData => ({ text, level: level ?? 2 }),
  text: (data) => [data.text],
  ownText: (data) => (data.text as string | undefined) ?? null,
  wordDiff: true,
});
