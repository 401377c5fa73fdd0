import { Module, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { IdempotencyRepository } from './idempotency.repository.js';

const SWEEP_EVERY_MS = 60 * 60 * 1000;

/** Keeps the table of idempotency keys small: expired keys go once an hour. */
class IdempotencySweeper implements OnModuleInit, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly repository: IdempotencyRepository) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.repository.sweep().catch(() => undefined), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}

@Module({
  providers: [
    IdempotencyRepository,
    { provide: IdempotencySweeper, useFactory: (r: IdempotencyRepository) => new IdempotencySweeper(r), inject: [IdempotencyRepository] },
  ],
  exports: [IdempotencyRepository],
})
export class IdempotencyModule {}
