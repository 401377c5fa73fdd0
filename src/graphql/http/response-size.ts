import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { APPLICATION_JSON, responseMediaType } from './media-type.js';

/**
 * Refuses to send a GraphQL answer larger than `maxBytes`: the query cost bounds how many
 * fields an answer has, not how long its strings are (story bodies, JSON-LD). The answer is
 * replaced by RESPONSE_TOO_LARGE, as a request error would be (200 for application/json,
 * 400 for application/graphql-response+json).
 */
export function capResponseSize(maxBytes: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      // A string of n UTF-16 units is at most 3n bytes of UTF-8: most answers skip the count.
      if (typeof body === 'string' && body.length > maxBytes / 3 && Buffer.byteLength(body) > maxBytes) {
        const mediaType = responseMediaType(req) ?? APPLICATION_JSON;
        const message = `The answer is larger than ${maxBytes} bytes (GRAPHQL_MAX_RESPONSE_BYTES): ask for fewer items or fields`;
        res.status(mediaType === APPLICATION_JSON ? 200 : 400).type(`${mediaType}; charset=utf-8`);
        return send(JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, maxBytes } }] }));
      }
      return send(body);
    };
    next();
  };
}
