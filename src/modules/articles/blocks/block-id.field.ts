import { Field, ID } from '@nestjs/graphql';
import { globalIdOfParent } from '../../../graphql/relay/node.interface.js';

/** Blocks are not stored with ids of their own: their id is computed from what they are (see blockKeys). */
export const BlockId = () =>
  Field(() => ID, {
    description:
      "Global id of the block, derived from the story's id and a hash of the block's type and content (and its place among identical blocks of the story): it stays the same across saves while the block is unchanged, even when it moves; an edited block gets a new id.",
    middleware: [globalIdOfParent],
  });
