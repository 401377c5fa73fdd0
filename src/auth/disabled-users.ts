import { Injectable } from '@nestjs/common';

/**
 * The ids of disabled accounts, in memory: access tokens are verified without a database round
 * trip, so this is how a disabled user's token stops working before it expires. The users
 * feature fills it at start, updates it when an admin disables or enables an account here, and
 * reloads it when another server process reports a write (PostgreSQL NOTIFY).
 */
@Injectable()
export class DisabledUsers {
  private ids = new Set<string>();

  has(userId: string): boolean {
    return this.ids.has(userId);
  }

  set(userId: string, disabled: boolean): void {
    if (disabled) this.ids.add(userId);
    else this.ids.delete(userId);
  }

  replace(userIds: Iterable<string>): void {
    this.ids = new Set(userIds);
  }
}
