import type { Request } from 'express';
import express from 'express';
import { responseMediaType } from './media-type.js';

/** A real Express request with this Accept header, so negotiation is Express's own. */
function requestAccepting(accept: string | undefined): Request {
  const req = Object.create(express.request) as Request;
  Object.assign(req, { headers: accept === undefined ? {} : { accept } });
  return req;
}

describe('responseMediaType', () => {
  it.each<[string | undefined, string | null]>([
    [undefined, 'application/json'],
    ['*/*', 'application/json'],
    ['application/json', 'application/json'],
    ['application/json; charset=utf-8', 'application/json'],
    ['application/graphql-response+json', 'application/graphql-response+json'],
    ['application/graphql-response+json, application/json;q=0.9', 'application/graphql-response+json'],
    ['application/json, application/graphql-response+json', 'application/json'],
    ['application/*', 'application/json'],
    ['text/html', null],
  ])('Accept %j is answered as %j', (accept, expected) => {
    expect(responseMediaType(requestAccepting(accept))).toBe(expected);
  });
});
