import type { IncomingMessage } from 'node:http';

/** An error a request answered with, as the client saw it. */
export interface AnsweredError {
  code: string;
  message: string;
}

const MAX_NOTED = 5;
const MAX_MESSAGE = 200;
const answered = new WeakMap<IncomingMessage, AnsweredError[]>();

/**
 * Notes the errors a request was answered with, so that its one access-log line carries them:
 * a client's mistake is logged once, with the request id, below error level.
 */
export function noteAnsweredErrors(req: IncomingMessage, errors: readonly AnsweredError[]): void {
  const noted = answered.get(req) ?? [];
  for (const { code, message } of errors) {
    if (noted.length >= MAX_NOTED) break;
    noted.push({ code, message: message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message });
  }
  answered.set(req, noted);
}

export function answeredErrorsOf(req: IncomingMessage): AnsweredError[] | undefined {
  return answered.get(req);
}

/** The access line's level: error only for the server's own faults; a client's mistake is a warning. */
export function accessLogLevel(req: IncomingMessage, statusCode: number, failed: boolean): 'error' | 'warn' | 'info' {
  const errors = answeredErrorsOf(req) ?? [];
  if (failed || statusCode >= 500 || errors.some((e) => e.code === 'INTERNAL_SERVER_ERROR')) return 'error';
  if (statusCode >= 400 || errors.length > 0) return 'warn';
  return 'info';
}
