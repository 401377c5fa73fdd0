import { isDatabaseOutage } from './database-outage.js';

describe('isDatabaseOutage', () => {
  it.each([
    ['Prisma over an unreachable server', { code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'DatabaseNotReachable' } } } }],
    ['a closed connection', { cause: { kind: 'ConnectionClosed' } }],
    ['a statement timeout', { cause: { originalCode: '57014' } }],
    ['PostgreSQL starting up', { cause: { originalCode: '57P03' } }],
    ['too many connections', { code: '53300' }],
    ['the pool acquire timeout', new Error('timeout exceeded when trying to connect')],
    ['a frozen server past the read timeout', new Error('Query read timeout')],
    ['a wrapped terminated connection', new Error('Query failed', { cause: new Error('Connection terminated unexpectedly') })],
  ])('recognises %s', (_name, error) => {
    expect(isDatabaseOutage(error)).toBe(true);
  });

  it.each([
    ['a unique violation', { code: 'P2002' }],
    ['a check violation', { cause: { originalCode: '23514' } }],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', undefined],
  ])('does not take %s for an outage', (_name, error) => {
    expect(isDatabaseOutage(error)).toBe(false);
  });

  it('survives a cause cycle', () => {
    const error = new Error('outer') as Error & { cause?: unknown };
    error.cause = error;
    expect(isDatabaseOutage(error)).toBe(false);
  });
});
