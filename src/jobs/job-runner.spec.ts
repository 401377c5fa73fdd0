import { AppConfig } from '../config/app-config.js';
import { loadEnvironment } from '../config/environment.js';
import { JobQueue } from './job-queue.js';
import { JobRunner } from './job-runner.js';

function runnerWith(env: Record<string, string>, tasks: string[]): JobRunner {
  const queue = new JobQueue();
  for (const task of tasks) queue.register(task, () => Promise.resolve());
  const config = new AppConfig(loadEnvironment({ NODE_ENV: 'test', ...env }));
  return new JobRunner(queue, config, {
    url: 'postgresql://unused',
    readUrl: null,
    poolMax: 1,
    acquireTimeoutMs: 1000,
    statementTimeoutMs: 1000,
  });
}

describe('JobRunner and JOBS_SKIP', () => {
  it('refuses to start when JOBS_SKIP names a task the server does not have, naming the ones it has', async () => {
    const runner = runnerWith({ JOBS_SKIP: 'media.renditions, media.rendition' }, ['media.renditions', 'deliver-webhook']);
    await expect(runner.onApplicationBootstrap()).rejects.toThrow(
      'JOBS_SKIP names no task of this server: media.rendition (its tasks: deliver-webhook, media.renditions)',
    );
  });

  it('checks the names even when the process runs no jobs, so a typo is found before the flag is turned on', async () => {
    const runner = runnerWith({ JOBS_ENABLED: 'false', JOBS_SKIP: 'nope' }, ['deliver-webhook']);
    await expect(runner.onApplicationBootstrap()).rejects.toThrow('JOBS_SKIP names no task of this server: nope');
  });

  it('starts no runner when every task is skipped', async () => {
    const runner = runnerWith({ JOBS_SKIP: 'a,b' }, ['a', 'b']);
    await runner.onApplicationBootstrap();
    expect(runner.running).toBe(false);
  });

  it('refuses a JOBS_SKIP that is not a list of task names', () => {
    expect(() => loadEnvironment({ NODE_ENV: 'test', JOBS_SKIP: 'media.renditions; DROP TABLE' })).toThrow(
      /JOBS_SKIP must list task names/,
    );
  });
});
