import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { DomainError } from '../common/errors/domain-error.js';
import type { Viewer } from '../auth/viewer.js';
import type { HasDeadline } from './limits/execution-deadline.js';
import { LoaderRegistry } from './loader-registry.js';

/** What every resolver gets as its GraphQL context. */
export interface RequestContext extends HasDeadline {
  req: Request;
  loaders: LoaderRegistry;
  viewer: Viewer;
}

/** A context factory whose requests may run resolvers for `budgetMs`, as the viewer their credentials name. */
export function requestContextFactory(
  budgetMs: number,
  resolveViewer: (req: Request) => Promise<Viewer>,
): (args: { req: Request }) => Promise<RequestContext> {
  return async ({ req }) => {
    const deadline = Date.now() + budgetMs;
    try {
      return { req, loaders: new LoaderRegistry(), deadline, viewer: await resolveViewer(req) };
    } catch (error) {
      // Apollo answers a GraphQLError from the context with its own code and status instead of a 500.
      if (error instanceof DomainError) throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 401 } } });
      throw error;
    }
  };
}
