import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What the pool reports about itself; node-postgres's Pool has these counters. */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The Prometheus registry of this process: Node's defaults (CPU, memory, event-loop lag,
 * GC) and Podium's own GraphQL, pool and cache series. Label values come from the schema
 * (operation type, root field) and the error-code list, never from what a client typed.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly requests = new Histogram({
    name: 'podium_graphql_request_duration_seconds',
    help: 'GraphQL requests by operation type and first root field, with their latency.',
    labelNames: ['operation', 'field'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'podium_graphql_errors_total',
    help: 'Errors returned to GraphQL clients, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly responseCache = new Counter({
    name: 'podium_response_cache_requests_total',
    help: 'Queries answered from the whole-response cache (hit) or executed (miss).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  constructor(prisma: PrismaService) {
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 10 });
    const pools = (): PoolCounts[] => [prisma.pool];
    new Gauge({
      name: 'podium_db_pool_connections',
      help: 'Database pool connections: open in all, idle, and requests waiting for one.',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const sum = (pick: (pool: PoolCounts) => number) => pools().reduce((total, pool) => total + pick(pool), 0);
        this.set(
          { state: 'total' },
          sum((pool) => pool.totalCount),
        );
        this.set(
          { state: 'idle' },
          sum((pool) => pool.idleCount),
        );
        this.set(
          { state: 'in_use' },
          sum((pool) => pool.totalCount - pool.idleCount),
        );
        this.set(
          { state: 'waiting' },
          sum((pool) => pool.waitingCount),
        );
      },
    });
  }
}
