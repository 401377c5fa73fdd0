import { createUnionType } from '@nestjs/graphql';
import { LINKABLE_KINDS } from './linkable-kinds.js';

/**
 * Anything a mention or a story link can point at. Loaded rows carry `__typename`
 * (set by LinkableTypes when it loads them), which graphql-js uses to pick the member.
 */
export const Linkable = createUnionType({
  name: 'Linkable',
  description: 'An entity of the sports graph a story can link or mention.',
  types: () => Object.values(LINKABLE_KINDS).map((kind) => kind.model),
});
