import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

/**
 * Counts SQL statements sent by the app. Tests and the benchmark read it before and after a
 * request to prove that statement counts do not grow with the number of items. Statements
 * sent while serving an HTTP request are also counted apart, so that background work (the job
 * queue rebuilding pages after a write) does not blur a request's count.
 */
export class QueryCounter {
  private total = 0;
  private inRequests = 0;
  private readonly serving = new AsyncLocalStorage<true>();

  increment(): void {
    this.total += 1;
    if (this.serving.getStore()) this.inRequests += 1;
  }

  /** Every statement so far. */
  get count(): number {
    return this.total;
  }

  /** The statements sent on behalf of HTTP requests so far. */
  get requestCount(): number {
    return this.inRequests;
  }

  /** Express middleware: everything the request causes, however asynchronous, counts as the request's. */
  readonly middleware = (_req: Request, _res: Response, next: NextFunction): void => {
    this.serving.run(true, next);
  };
}
