import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DisabledUsers } from '../../auth/disabled-users.js';
import { PublicChangeFeed } from '../../read-model/public-change-feed.js';
import type { PublicChangeNotice } from '../../read-model/public-change.js';
import { entityKey } from '../../read-model/dependency-keys.js';
import { UsersRepository } from './users.repository.js';

const RETRY_MS = 5_000;
const USER_KEY_PREFIX = entityKey('User', '');

/**
 * Keeps DisabledUsers true to the database: loaded at start, changed at once by an update made
 * in this process (UsersService), and reloaded when another process announces a write on the
 * public-change NOTIFY channel, which updateUser broadcasts when it disables or enables an account.
 */
@Injectable()
export class DisabledUsersSync implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(DisabledUsersSync.name);
  private readonly onHeard = (notice: PublicChangeNotice) => {
    // Every public write is heard here; only a user's (or a notice too long to list its keys) can change who is disabled.
    if (notice.write && (notice.keys === null || notice.keys?.some((key) => key.startsWith(USER_KEY_PREFIX)))) void this.reload();
  };
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly disabledUsers: DisabledUsers,
    private readonly repository: UsersRepository,
    private readonly changes: PublicChangeFeed,
  ) {}

  async onModuleInit(): Promise<void> {
    this.changes.events.on('change', this.onHeard);
    await this.reload();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    clearTimeout(this.retry);
    this.changes.events.off('change', this.onHeard);
  }

  private async reload(): Promise<void> {
    clearTimeout(this.retry);
    try {
      this.disabledUsers.replace(await this.repository.disabledIds());
    } catch (error) {
      // Meanwhile the last known set stands (and the sessions of disabled users are revoked anyway).
      this.logger.warn(`Could not load the disabled users, retrying in ${RETRY_MS} ms: ${(error as Error).message}`);
      if (this.stopped) return;
      this.retry = setTimeout(() => void this.reload(), RETRY_MS);
      this.retry.unref();
    }
  }
}
