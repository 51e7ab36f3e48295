import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time spent by processes, from /proc (Linux). Throughput and latency depend on whatever else the
 * machine is doing; CPU milliseconds per request barely do, so the bench reports both.
 */
export type CpuSnapshot = Map<number, number>;

const MS_PER_TICK = 10; // USER_HZ is 100 on Linux

function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return null;
  }
}

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/** A process and all its descendants (a server's cluster workers). */
export function processTree(root: number): number[] {
  let all: number[];
  try {
    all = readdirSync('/proc')
      .filter((n) => /^\d+$/.test(n))
      .map(Number);
  } catch {
    return [];
  }
  const tree = [root];
  for (let grew = true; grew; ) {
    grew = false;
    for (const pid of all) {
      const parent = parentOf(pid);
      if (!tree.includes(pid) && parent !== null && tree.includes(parent)) {
        tree.push(pid);
        grew = true;
      }
    }
  }
  return tree;
}

export function snapshot(pids: number[]): CpuSnapshot {
  const out: CpuSnapshot = new Map();
  for (const pid of pids) {
    const ms = cpuMs(pid);
    if (ms !== null) out.set(pid, ms);
  }
  return out;
}

/** CPU ms used between two snapshots; a process that started in between counts from zero. */
export function spent(before: CpuSnapshot, after: CpuSnapshot): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
