import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { coresUsed, describeCpuShift, readCpu, type CpuReading } from '../../../bench/process-cpu.js';

const reading = (at: number, parts: Omit<CpuReading, 'at'>): CpuReading => ({ at, ...parts });

describe('the benchmark CPU accounting', () => {
  it('turns CPU seconds over wall seconds into cores, over every window together', () => {
    const windows: [CpuReading, CpuReading][] = [
      [
        reading(0, { instance: 10, children: 0, postgres: 5, machine: 20, stolen: 1 }),
        reading(2000, { instance: 12, children: 1, postgres: 5.5, machine: 24, stolen: 1.2 }),
      ],
      [
        reading(5000, { instance: 20, children: 3, postgres: 8, machine: 30, stolen: 2 }),
        reading(7000, { instance: 21, children: 4, postgres: 8.5, machine: 33, stolen: 2 }),
      ],
    ];
    // 4 s of wall time: 3 s of instance CPU, 2 s of children, 1 s of PostgreSQL, 7 s of the machine, 0.2 s stolen.
    expect(coresUsed(windows)).toEqual({ instance: 0.75, children: 0.5, postgres: 0.25, machine: 1.75, stolen: expect.closeTo(0.05, 10) });
  });

  it('says where the CPU went and what each request cost the instance', () => {
    const quiet = { instance: 1, children: 0, postgres: 0.2, machine: 1.4, stolen: 0 };
    const busy = { instance: 0.9, children: 0.5, postgres: 0.2, machine: 2, stolen: 0 };
    const text = describeCpuShift({ quiet, busy }, { quiet: 1000, busy: 800 }, 'story page');
    expect(text).toContain('the instance 1.00 → 0.90, its render workers 0.00 → 0.50');
    expect(text).toContain('CPU per story page: 1.000 ms quiet, 1.125 ms busy.');
    expect(describeCpuShift({ quiet, busy: null }, { quiet: 1000, busy: 800 }, 'story page')).toBe('not read (no /proc on this machine).');
  });

  const linux = process.platform === 'linux' ? it : it.skip;

  linux('counts a child that has exited and been reaped under children, not under the process', async () => {
    const before = await readCpu(process.pid);
    // A child that burns 300 ms of its own CPU time (however busy the machine), then exits (and is reaped once 'exit' fires).
    const burn =
      'const start = process.cpuUsage(); for (let u = process.cpuUsage(start); u.user + u.system < 300_000; u = process.cpuUsage(start));';
    const child = spawn(process.execPath, ['-e', burn]);
    await once(child, 'exit');
    const after = await readCpu(process.pid);
    expect(before).not.toBeNull();
    expect(after).not.toBeNull();
    const children = after!.children - before!.children;
    expect(children).toBeGreaterThanOrEqual(0.28);
    expect(children).toBeLessThan(2);
    expect(after!.machine - before!.machine).toBeGreaterThanOrEqual(children - 0.05);
  });

  linux('reads nothing for a process that does not exist', async () => {
    expect(await readCpu(2 ** 22 + 12345)).toBeNull();
  });
});
