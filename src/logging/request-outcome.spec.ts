import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { accessLogLevel, answeredErrorsOf, noteAnsweredErrors } from './request-outcome.js';

const request = () => new IncomingMessage(new Socket());

describe('accessLogLevel', () => {
  it.each<[string, number, string[], boolean, string]>([
    ['a success', 200, [], false, 'info'],
    ['a coded request error in a 200', 200, ['GRAPHQL_PARSE_FAILED'], false, 'warn'],
    ['a resolver error in a 200', 200, ['NOT_FOUND'], false, 'warn'],
    ['a 400', 400, [], false, 'warn'],
    ['a 413', 413, ['PAYLOAD_TOO_LARGE'], false, 'warn'],
    ['an internal error in a 200', 200, ['INTERNAL_SERVER_ERROR'], false, 'error'],
    ['a 500', 500, [], false, 'error'],
    ['a failed response', 200, [], true, 'error'],
  ])('%s is logged at %s', (_name, status, codes, failed, level) => {
    const req = request();
    if (codes.length)
      noteAnsweredErrors(
        req,
        codes.map((code) => ({ code, message: 'm' })),
      );
    expect(accessLogLevel(req, status, failed)).toBe(level);
  });
});

describe('noteAnsweredErrors', () => {
  it('keeps a few errors with short messages, so one huge request cannot flood the log', () => {
    const req = request();
    noteAnsweredErrors(
      req,
      Array.from({ length: 50 }, () => ({ code: 'X', message: 'y'.repeat(10_000) })),
    );
    const noted = answeredErrorsOf(req)!;
    expect(noted).toHaveLength(5);
    expect(noted[0].message.length).toBeLessThan(300);
  });
});
