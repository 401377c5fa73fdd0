/**
 * Recognises an error that means "the database cannot answer right now" (unreachable,
 * restarting, frozen past the timeouts, out of connections) wherever it sits in the chain
 * Prisma, its pg adapter and node-postgres wrap it in. A client may retry such a request.
 */
export function isDatabaseOutage(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === null || typeof next !== 'object' || seen.has(next)) continue;
    seen.add(next);
    const candidate = next as Candidate;
    if (isOutage(candidate)) return true;
    pending.push(candidate.cause, candidate.meta?.driverAdapterError);
  }
  return false;
}

interface Candidate {
  kind?: unknown;
  code?: unknown;
  originalCode?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
}

// What the pg adapter calls a lost or refused connection.
const OUTAGE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

// SQLSTATE classes 08 (connection exception), 53 (insufficient resources), 57P (operator intervention:
// shutdown, starting up) and 57014 (the statement timeout cancelled the query).
const OUTAGE_SQLSTATE = /^(08|53|57P)|^57014$/;

// node-postgres's own errors carry no code, only these messages.
const OUTAGE_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|Query read timeout|connection error and is not queryable|Can't reach database server|ECONNREFUSED|ECONNRESET/i;

function isOutage(candidate: Candidate): boolean {
  if (typeof candidate.kind === 'string' && OUTAGE_KINDS.has(candidate.kind)) return true;
  for (const code of [candidate.code, candidate.originalCode]) {
    if (typeof code === 'string' && OUTAGE_SQLSTATE.test(code)) return true;
  }
  return typeof candidate.message === 'string' && OUTAGE_MESSAGES.test(candidate.message);
}
