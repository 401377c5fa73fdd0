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
   * Without the public-change listener it still serves correct answers (cached answers are
   * bypassed), so it stays ready and says `degraded`.
   */
  @Get('ready')
  async ready() {
    const cacheInvalidation = this.changes.state;
    try {
      await this.database.ping();
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'down', cacheInvalidation });
    }
    return { status: cacheInvalidation === 'listening' ? 'ok' : 'degraded', database: 'up', cacheInvalidation };
  }
}
