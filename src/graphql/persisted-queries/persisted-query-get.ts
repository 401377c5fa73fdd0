import type { NextFunction, Request, Response } from 'express';

/** Set by the server, never needed from a client: marks a GET that CSRF prevention may let through. */
export const PERSISTED_QUERY_GET_HEADER = 'x-persisted-query-get';

/**
 * Apollo's CSRF prevention runs an operation only if the request was preflighted: a
 * content-type other than the three CORS-safelisted ones, or one of these headers. The first
 * two are Apollo's recommended set.
 */
export const CSRF_PREVENTION_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight', PERSISTED_QUERY_GET_HEADER];

const SHA256_HEX = /^[0-9a-f]{64}$/i;

/**
 * Lets a hash-only persisted-query GET without credentials past CSRF prevention, so a CDN or a
 * browser can fetch a published read with a plain GET (no preflight). Such a request is not a
 * CSRF risk: it cannot carry a mutation (Apollo refuses non-queries over GET with 405, hash or
 * not), it names a query somebody registered or the manifest publishes rather than one the
 * attacking page wrote, and without a cookie or an Authorization header it reads only what
 * anybody may read, so neither its effects nor its timing tell a third site anything. A GET
 * carrying query text, or credentials, still needs the preflight header.
 */
export function markPersistedQueryGets(req: Request, _res: Response, next: NextFunction): void {
  if (isHashOnlyAnonymousGet(req)) req.headers[PERSISTED_QUERY_GET_HEADER] = 'hash-only';
  next();
}

function isHashOnlyAnonymousGet(req: Request): boolean {
  if (req.method !== 'GET' || req.headers.cookie !== undefined || req.headers.authorization !== undefined) return false;
  const search = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
  const params = new URLSearchParams(search);
  const extensions = params.getAll('extensions');
  if (params.has('query') || extensions.length !== 1) return false;
  try {
    const parsed = JSON.parse(extensions[0]) as { persistedQuery?: { sha256Hash?: unknown } } | null;
    const hash = parsed?.persistedQuery?.sha256Hash;
    return typeof hash === 'string' && SHA256_HEX.test(hash);
  } catch {
    return false;
  }
}
