import { readdir, readFile } from 'node:fs/promises';

/**
 * CPU time spent by the parts of a measurement (Linux /proc), so that a ratio can be explained:
 * the instance's own process, its child processes (render workers: those that exited count
 * through the instance's cutime once reaped), PostgreSQL (every `postgres` process of the
 * machine, the backends that exited through the postmaster), and the machine as a whole.
 */
export interface CpuReading {
  at: number;
  instance: number;
  children: number;
  postgres: number;
  machine: number;
  /** Time the hypervisor ran something else while this machine's CPUs had work (steal). */
  stolen: number;
}

export type CpuPart = Exclude<keyof CpuReading, 'at'>;
export const CPU_PARTS: readonly CpuPart[] = ['instance', 'children', 'postgres', 'machine', 'stolen'];

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on

interface Stat {
  pid: number;
  ppid: number;
  comm: string;
  own: number;
  reaped: number;
}

async function stat(pid: number): Promise<Stat | null> {
  const text = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (!text) return null;
  // comm may hold spaces and parentheses: the fields after it start at the last ')'.
  const close = text.lastIndexOf(')');
  const fields = text.slice(close + 2).split(' ');
  const ticks = (i: number) => Number(fields[i]);
  return {
    pid,
    ppid: ticks(1),
    comm: text.slice(text.indexOf('(') + 1, close),
    own: (ticks(11) + ticks(12)) / TICKS_PER_SECOND,
    reaped: (ticks(13) + ticks(14)) / TICKS_PER_SECOND,
  };
}

async function machineSeconds(): Promise<{ busy: number; stolen: number }> {
  const [cpu] = (await readFile('/proc/stat', 'utf8')).split('\n');
  // user nice system idle iowait irq softirq steal: busy is what ran here; steal, what the host ran instead.
  const [user, nice, system, , , irq, softirq, steal] = cpu.split(/\s+/).slice(1).map(Number);
  return { busy: (user + nice + system + irq + softirq) / TICKS_PER_SECOND, stolen: steal / TICKS_PER_SECOND };
}

/** Every process's CPU at once; null where /proc cannot be read (not Linux). */
export async function readCpu(instancePid: number): Promise<CpuReading | null> {
  const pids = await readdir('/proc').catch(() => null);
  if (!pids) return null;
  const stats = (await Promise.all(pids.filter((name) => /^\d+$/.test(name)).map((name) => stat(Number(name))))).filter(
    (s): s is Stat => s !== null,
  );
  const instance = stats.find((s) => s.pid === instancePid);
  if (!instance) return null;
  const postgres = stats.filter((s) => s.comm === 'postgres');
  const postgresPids = new Set(postgres.map((s) => s.pid));
  const machine = await machineSeconds();
  return {
    at: performance.now(),
    instance: instance.own,
    children: instance.reaped + stats.filter((s) => s.ppid === instancePid).reduce((sum, s) => sum + s.own, 0),
    // Backends are the postmaster's children: the ones that ended are in its reaped time.
    postgres: postgres.reduce((sum, s) => sum + s.own + (postgresPids.has(s.ppid) ? 0 : s.reaped), 0),
    machine: machine.busy,
    stolen: machine.stolen,
  };
}

/** Cores used by each part over a set of windows: CPU seconds over wall seconds, summed. */
export function coresUsed(windows: readonly [CpuReading, CpuReading][]): Record<CpuPart, number> {
  const wall = windows.reduce((sum, [from, to]) => sum + (to.at - from.at) / 1000, 0);
  const cores = {} as Record<CpuPart, number>;
  for (const part of CPU_PARTS) cores[part] = windows.reduce((sum, [from, to]) => sum + to[part] - from[part], 0) / wall;
  return cores;
}

const PART_NAMES: Record<CpuPart, string> = {
  instance: 'the instance',
  children: 'its render workers',
  postgres: 'PostgreSQL',
  machine: 'the whole machine',
  stolen: 'stolen by the host (steal)',
};

/**
 * Where the CPU went in quiet and busy windows, and the instance's CPU per request: a ratio
 * below 1 is the instance getting less CPU (something else ran), or needing more per request
 * (sharing caches and cores with the other work), or both.
 */
export function describeCpuShift(
  cores: { quiet: Record<CpuPart, number> | null; busy: Record<CpuPart, number> | null },
  reqPerS: { quiet: number; busy: number },
  request: string,
): string {
  const { quiet, busy } = cores;
  if (!quiet || !busy) return 'not read (no /proc on this machine).';
  const parts = CPU_PARTS.map((part) => `${PART_NAMES[part]} ${quiet[part].toFixed(2)} → ${busy[part].toFixed(2)}`).join(', ');
  const perRequest = (instanceCores: number, rate: number) => ((instanceCores / rate) * 1000).toFixed(3);
  return `in cores, quiet → busy windows (read from /proc at each window's ends): ${parts}. The instance's CPU per ${request}: ${perRequest(quiet.instance, reqPerS.quiet)} ms quiet, ${perRequest(busy.instance, reqPerS.busy)} ms busy.`;
}
