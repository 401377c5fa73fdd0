import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { DatabaseProbe } from '../database/database-probe.js';
import { PublicChangeFeed } from '../read-model/public-change-feed.js';

@Controller('health')
export class HealthController {
  constructor(
    private readonly database: DatabaseProbe,
    private readonly changes: PublicChangeFeed,
  ) {}

  /** The process is up. */
  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  /**
   * The process can serve requests: the database answers (asked over a connection of its own).
   * Without the public-change listener, or with a read replica that does not answer, it still
   * serves correct answers (cached answers bypassed, reads on the primary), so it stays ready
   * and says `degraded`.
   */
  @Get('ready')
  async ready() {
    const cacheInvalidation = this.changes.state;
    const [database, replica] = await Promise.all([
      this.database.ping().then(
        () => 'up' as const,
        () => 'down' as const,
      ),
      this.database.pingReplica(),
    ]);
    if (database === 'down') throw new ServiceUnavailableException({ status: 'unavailable', database, replica, cacheInvalidation });
    const healthy = cacheInvalidation === 'listening' && replica !== 'down';
    return { status: healthy ? 'ok' : 'degraded', database: 'up', replica, cacheInvalidation };
  }
}
