import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../../jobs/job-queue.js';
import { JobsModule } from '../../jobs/jobs.module.js';
import { IdempotencyRepository } from './idempotency.repository.js';

export const SWEEP_IDEMPOTENCY_KEYS_TASK = 'housekeeping.sweep-idempotency-keys';

/** Keeps the table of idempotency keys small: expired keys go once an hour, in one process. */
@Injectable()
class IdempotencySweeper implements OnModuleInit {
  constructor(
    private readonly queue: JobQueue,
    private readonly repository: IdempotencyRepository,
  ) {}

  onModuleInit(): void {
    this.queue.repeat(SWEEP_IDEMPOTENCY_KEYS_TASK, '7 * * * *', async () => {
      await this.repository.sweep();
    });
  }
}

@Module({
  imports: [JobsModule],
  providers: [IdempotencyRepository, IdempotencySweeper],
  exports: [IdempotencyRepository],
})
export class IdempotencyModule {}
