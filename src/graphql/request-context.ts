import type { Request } from 'express';
import { LoaderRegistry } from './loader-registry.js';

/** What every resolver gets as its GraphQL context. */
export interface RequestContext {
  req: Request;
  loaders: LoaderRegistry;
}

export function createRequestContext({ req }: { req: Request }): RequestContext {
  return { req, loaders: new LoaderRegistry() };
}
