import { Module } from '@nestjs/common';
import { JobQueue } from './job-queue.js';
import { JobRunner } from './job-runner.js';

/** The job queue: import it to register task handlers or add jobs. */
@Module({ providers: [JobQueue, JobRunner], exports: [JobQueue] })
export class JobsModule {}
