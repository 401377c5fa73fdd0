import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { DATABASE_OPTIONS, type DatabaseOptions } from './prisma.service.js';

/**
 * Answers "does the database answer?" over a connection of its own, so that a pool busy with
 * heavy reads cannot make a readiness probe wait or fail.
 */
@Injectable()
export class DatabaseProbe implements OnModuleDestroy {
  private readonly pool: pg.Pool;
  private readonly replica: pg.Pool | null;

  constructor(@Inject(DATABASE_OPTIONS) options: DatabaseOptions) {
    this.pool = probePool(options.url, options.acquireTimeoutMs);
    this.replica = options.readUrl ? probePool(options.readUrl, options.acquireTimeoutMs) : null;
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  /** The read replica's state: none configured, answering, or not (reads then go to the primary). */
  async pingReplica(): Promise<'none' | 'up' | 'down'> {
    if (!this.replica) return 'none';
    try {
      await this.replica.query('SELECT 1');
      return 'up';
    } catch {
      return 'down';
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
    await this.replica?.end();
  }
}

function probePool(url: string, timeoutMs: number): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: 1,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    application_name: 'podium-health',
  });
  // An idle connection the server dropped is reported here; the next ping opens another.
  pool.on('error', () => undefined);
  return pool;
}
