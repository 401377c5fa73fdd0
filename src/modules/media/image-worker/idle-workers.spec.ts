import { jest } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { IDLE_WORKER_MS, IdleWorkers, REQUESTS_PER_WORKER } from './idle-workers.js';

/** What IdleWorkers uses of a child process: its state, its channel, and the handles it refs and unrefs. */
class FakeWorker extends EventEmitter {
  exitCode: number | null = null;
  signalCode: NodeJS.Signals | null = null;
  connected = true;
  referenced = true;
  readonly channel = { ref: () => undefined, unref: () => undefined };
  readonly stderr = null;

  disconnect(): void {
    this.connected = false;
    this.exitCode = 1;
    this.emit('exit', 1, null);
  }
  ref(): void {
    this.referenced = true;
  }
  unref(): void {
    this.referenced = false;
  }
  get child(): ChildProcess {
    return this as unknown as ChildProcess;
  }
}

/** Workers parked for renders, in this order (the last is handed out first). */
function parkedForRenders(...workers: FakeWorker[]): IdleWorkers {
  const idle = new IdleWorkers();
  for (const worker of workers) idle.park('render', worker.child);
  return idle;
}

describe('IdleWorkers', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('lets a parked worker go once it has waited IDLE_WORKER_MS, holding no reference on the event loop meanwhile', () => {
    const workers = new IdleWorkers();
    const worker = new FakeWorker();

    workers.park('render', worker.child);
    expect(worker.referenced).toBe(false);
    jest.advanceTimersByTime(IDLE_WORKER_MS - 1);
    expect(worker.connected).toBe(true);
    jest.advanceTimersByTime(1);

    expect(worker.connected).toBe(false);
    expect(workers.take('render')).toBeNull();
  });

  it('hands a parked worker out again, referenced, and only for work of its kind', () => {
    const workers = new IdleWorkers();
    const worker = new FakeWorker();
    workers.park('render', worker.child);

    expect(workers.take('check')).toBeNull();
    expect(workers.take('render')).toBe(worker.child);
    expect(worker.referenced).toBe(true);
    // Taken: its idle timer no longer runs.
    jest.advanceTimersByTime(IDLE_WORKER_MS * 2);
    expect(worker.connected).toBe(true);
  });

  it('lets a worker go after REQUESTS_PER_WORKER answers instead of parking it', () => {
    const workers = new IdleWorkers();
    const worker = new FakeWorker();

    for (let answered = 1; answered < REQUESTS_PER_WORKER; answered++) {
      workers.park('render', worker.child);
      expect(workers.take('render')).toBe(worker.child);
    }
    workers.park('render', worker.child);

    expect(worker.connected).toBe(false);
    expect(workers.take('render')).toBeNull();
  });

  it('never hands out a worker whose exit was heard while it was parked', () => {
    const [waiting, dying] = [new FakeWorker(), new FakeWorker()];
    const workers = parkedForRenders(waiting, dying);

    dying.emit('exit', 137, null);

    expect(workers.take('render')).toBe(waiting.child);
    expect(workers.take('render')).toBeNull();
  });

  it('skips a parked worker that is dead though its exit has not been heard yet', () => {
    const [waiting, dead] = [new FakeWorker(), new FakeWorker()];
    const workers = parkedForRenders(waiting, dead);

    dead.signalCode = 'SIGKILL';

    expect(workers.take('render')).toBe(waiting.child);
  });

  it('lets every parked worker go on closeAll', () => {
    const workers = new IdleWorkers();
    const [first, second] = [new FakeWorker(), new FakeWorker()];
    workers.park('render', first.child);
    workers.park('check', second.child);

    workers.closeAll();

    expect([first.connected, second.connected]).toEqual([false, false]);
    expect([workers.take('render'), workers.take('check')]).toEqual([null, null]);
  });
});
