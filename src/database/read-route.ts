import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import pg from 'pg';

/**
 * Which database a request's reads go to: the primary unless the request says otherwise (a
 * reader's query, once its operation is known). One per app; its middleware gives every HTTP
 * request a route of its own.
 */
export class ReadRoute {
  private readonly requests = new AsyncLocalStorage<{ replica: boolean }>();

  readonly middleware = (_req: Request, _res: Response, next: NextFunction): void => {
    this.requests.run({ replica: false }, next);
  };

  /** This request's reads (outside transactions) go to the replica from now on. */
  useReplica(): void {
    const route = this.requests.getStore();
    if (route) route.replica = true;
  }

  get replica(): boolean {
    return this.requests.getStore()?.replica ?? false;
  }
}

/** After a connection failure, the replica is left alone this long: reads go to the primary meanwhile. */
const REPLICA_REST_MS = 5_000;
const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', '57P01', '57P03']);

/**
 * The primary's pool, whose plain queries go to a replica's pool while the route says so.
 * Transactions (`connect`) always run on the primary, so a write never reaches the replica.
 * A replica that cannot be reached is skipped for a while, its queries answered by the primary.
 */
export class RoutingPool extends pg.Pool {
  private readonly logger = new Logger('ReadReplica');
  private restUntil = 0;

  constructor(
    config: pg.PoolConfig,
    readonly replica: pg.Pool,
    private readonly route: ReadRoute,
  ) {
    super(config);
  }

  // pg's query has many overloads; the call is passed on as it came.
  override query = ((...args: Parameters<pg.Pool['query']>) => {
    if (!this.route.replica || Date.now() < this.restUntil) return (super.query as (...a: unknown[]) => unknown)(...args);
    return (this.replica.query as (...a: unknown[]) => Promise<unknown>)(...args).catch((error: unknown) => {
      const code = (error as { code?: string }).code;
      if (!code || !CONNECTION_ERRORS.has(code)) throw error;
      this.restUntil = Date.now() + REPLICA_REST_MS;
      this.logger.warn(`The read replica did not answer (${code}): reads go to the primary for ${REPLICA_REST_MS / 1000} s`);
      return (super.query as (...a: unknown[]) => unknown)(...args);
    });
  }) as pg.Pool['query'];

  override async end(): Promise<void> {
    await Promise.all([super.end(), this.replica.end().catch(() => undefined)]);
  }
}
