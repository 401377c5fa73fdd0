import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../../../jobs/job-queue.js';
import { LoginThrottle } from './login-throttle.js';
import { RefreshTokensRepository } from './refresh-tokens.repository.js';

export const SWEEP_SESSIONS_TASK = 'housekeeping.sweep-sessions';

/**
 * Once an hour, in one process: throttle counters whose window and block have both ended, and
 * refresh tokens a day past their expiry (an expired token is refused whether or not its row
 * is kept, so reuse detection loses nothing).
 */
@Injectable()
export class SessionsHousekeeping implements OnModuleInit {
  constructor(
    private readonly queue: JobQueue,
    private readonly throttle: LoginThrottle,
    private readonly refreshTokens: RefreshTokensRepository,
  ) {}

  onModuleInit(): void {
    this.queue.repeat(SWEEP_SESSIONS_TASK, '23 * * * *', () => this.sweep());
  }

  async sweep(): Promise<void> {
    await this.throttle.sweep();
    await this.refreshTokens.sweepExpired();
  }
}
