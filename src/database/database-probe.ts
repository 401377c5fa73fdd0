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

  constructor(@Inject(DATABASE_OPTIONS) options: DatabaseOptions) {
    this.pool = new pg.Pool({
      connectionString: options.url,
      max: 1,
      connectionTimeoutMillis: options.acquireTimeoutMs,
      query_timeout: options.acquireTimeoutMs,
      application_name: 'podium-health',
    });
    // An idle connection the server dropped is reported here; the next ping opens another.
    this.pool.on('error', () => undefined);
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}
