import { Module, type DynamicModule } from '@nestjs/common';
import { JobQueue } from '../../src/jobs/job-queue.js';
import { JobsModule } from '../../src/jobs/jobs.module.js';

export const PROBE_TASK = 'test.probe';

export interface ProbeRun {
  /** Which app ran it (the label given to `module`). */
  app: string;
  payload: { n?: number; [key: string]: unknown };
  jobId: string;
  attempt: number;
}

@Module({})
class JobProbeModule {}

/** Records every run of the `test.probe` task, across the apps given its module. */
export class JobProbe {
  readonly runs: ProbeRun[] = [];

  module(app: string): DynamicModule {
    return {
      module: JobProbeModule,
      imports: [JobsModule],
      providers: [
        {
          provide: 'JOB_PROBE',
          inject: [JobQueue],
          useFactory: (queue: JobQueue) => {
            queue.register(PROBE_TASK, (payload, context) => {
              this.runs.push({ app, payload: payload as ProbeRun['payload'], jobId: context.jobId, attempt: context.attempt });
              return Promise.resolve();
            });
            return this;
          },
        },
      ],
    };
  }

  ran(n: number): ProbeRun[] {
    return this.runs.filter((run) => run.payload.n === n);
  }
}
