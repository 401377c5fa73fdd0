import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { OperationTypeNode } from 'graphql';
import type { RequestContext } from '../request-context.js';

/**
 * Cache-Control for every GraphQL response. A GET query answered without errors, to a request
 * without credentials, is a public read: `public, max-age=<maxAgeSeconds>`, varying on Accept
 * (the media type of the body depends on it). Anything else (POST, mutations, errors,
 * credentials) is `no-store`. A header already set is kept: Apollo marks a
 * PERSISTED_QUERY_NOT_FOUND `private, no-cache`, so a CDN never caches the miss.
 *
 * The in-memory response cache is cleared on every write; a CDN cannot be, so maxAgeSeconds is
 * how long an edge may serve a story after its correction.
 */
export function cacheControlPlugin(maxAgeSeconds: number): ApolloServerPlugin<RequestContext> {
  const listener: GraphQLRequestListener<RequestContext> = {
    willSendResponse({ request, response, operation, contextValue }) {
      const headers = response.http.headers;
      if (headers.has('cache-control')) return Promise.resolve();
      const { cookie, authorization } = contextValue.req.headers;
      const publicRead =
        maxAgeSeconds > 0 &&
        request.http?.method === 'GET' &&
        operation?.operation === OperationTypeNode.QUERY &&
        response.body.kind === 'single' &&
        !response.body.singleResult.errors &&
        cookie === undefined &&
        authorization === undefined;
      if (publicRead) {
        headers.set('cache-control', `public, max-age=${maxAgeSeconds}`);
        headers.set('vary', 'accept');
      } else {
        headers.set('cache-control', 'no-store');
      }
      return Promise.resolve();
    },
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}

/**
 * `no-store` on every GraphQL response unless the plugin above says otherwise: the answers
 * Apollo gives before its plugins run (CSRF refusals, malformed requests) and the bodies the
 * body parser refuses would otherwise carry no Cache-Control at all.
 */
export function noStoreByDefault(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('cache-control', 'no-store');
  next();
}
