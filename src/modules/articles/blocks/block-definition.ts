import type { Type } from '@nestjs/common';
import type { BlockType, ReferenceKind } from '../../../generated/prisma/enums.js';
import type { PathedReference } from '../../references/reference-index.js';

/** What a block's normaliser reports to: the issues it finds and the ids it references. */
export interface BlockContext {
  position: number;
  /** Where the payload sits in the input, e.g. `input.blocks.3.paragraph`. */
  path: string;
  /** An issue at `at`, a path inside the payload. */
  issue(at: string, message: string): void;
  /** An id the block points at; `at` is the path inside the payload to blame when it does not exist. */
  reference(targetType: PathedReference['targetType'], targetId: string, kind: ReferenceKind | null, at: string): void;
}

/** What a block gives the story's JSON-LD: the entities it mentions and the photo it places. */
export interface BlockJsonLd {
  mentions?: { targetType: string; targetId: string }[];
  image?: { assetId: string; caption?: string | null; credit?: string | null };
}

/** A stored block's payload as a revision holds it: plain JSON, possibly of an older shape. */
export type StoredPayload = Record<string, unknown>;

/**
 * Everything about one block type: its payload input (the field `payloadField` of
 * ArticleBlockInput), its GraphQL model and the resolvers of its computed fields, how its
 * input becomes what is stored, and what the stored data contributes to the body text, the
 * JSON-LD and the revision views.
 */
export interface BlockDefinition<T extends BlockType = BlockType, F extends string = string, I = unknown, D = unknown> {
  type: T;
  payloadField: F;
  /** The BlockType value's description. */
  description: string;
  input: Type<I>;
  model: Type<unknown>;
  resolvers: Type<unknown>[];
  /** Checks what class-validator cannot and returns the data to store, or null when it cannot be stored. */
  normalize(payload: I, at: BlockContext): D | null;
  /** The block's words for search and snippets; `placed` holds the texts of the quotes and posts the body places. */
  text(data: D, placed: ReadonlyMap<string, string>): (string | null | undefined)[];
  /** The GraphQL view's payload fields; the stored data as it is when absent. */
  view?(data: D): Record<string, unknown>;
  jsonLd?(data: D): BlockJsonLd;
  /** The block's own text in a revision comparison (a quote's is looked up by the caller). */
  ownText?(data: StoredPayload): string | null;
  /** Whether a changed block of this type gets a word diff of its text. */
  wordDiff?: boolean;
  /** A revision's payload with global ids, in input shape. */
  revisionView?(data: StoredPayload): StoredPayload;
  /** A revision's payload as the input of a save, for restoring it. */
  restoreInput?(data: StoredPayload): StoredPayload;
}

/** Declares a block type with its types inferred. */
export const defineBlock = <T extends BlockType, F extends string, I, D>(definition: BlockDefinition<T, F, I, D>) => definition;
