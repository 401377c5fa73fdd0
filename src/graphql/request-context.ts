import type { Request } from 'express';
import type { HasDeadline } from './limits/execution-deadline.js';
import { LoaderRegistry } from './loader-registry.js';

/** What every resolver gets as its GraphQL context. */
export interface RequestContext extends HasDeadline {
  req: Request;
  loaders: LoaderRegistry;
}

/** A context factory whose requests may run resolvers for `budgetMs`. */
export function requestContextFactory(budgetMs: number): (args: { req: Request }) => RequestContext {
  return ({ req }) => ({ req, loaders: new LoaderRegistry(), deadline: Date.now() + budgetMs });
}
