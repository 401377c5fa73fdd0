import { DiscoveryService } from '@nestjs/core';

export interface NodeLoaderOptions {
  /** The GraphQL types whose objects the loader returns. */
  types: readonly string[];
  /** What a key of these types looks like; default a UUID. Other keys are never looked up. */
  key?: RegExp;
}

/**
 * Marks a loader method `(loaders: LoaderRegistry) => DataLoader<key, row | null>` as the way
 * `node(id:)` finds objects of these types. The feature that owns a type decides here what a
 * reader may see of it (a draft story is not returned). A loader serving several types
 * returns rows carrying `__typename`.
 */
export const NodeLoader = DiscoveryService.createDecorator<NodeLoaderOptions>();
