// CPU time of a server process tree, read from /proc (Linux): steadier than requests/s on a shared machine, because a
// neighbour slows the clock but not the work each request costs.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { processTree } from './rss.js';

let ticksPerSecond: number | undefined;
/** The kernel's clock ticks per second (`getconf CLK_TCK`, 100 on Linux almost everywhere). */
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** utime + stime of one process, in ticks, from its `stat` line; 0 once it is gone. */
export function processTicks(statLine: string): number {
  // the command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'
  const rest = statLine.slice(statLine.lastIndexOf(')') + 2).split(' ');
  // rest[0] is field 3 (state), so utime (field 14) is rest[11] and stime (field 15) rest[12]
  return Number(rest[11]) + Number(rest[12]);
}

/** CPU milliseconds (user + system) used so far by `pid` and every live descendant. */
export function treeCpuMs(pid: number): number {
  let ticks = 0;
  for (const p of processTree(pid)) {
    try {
      ticks += processTicks(readFileSync(`/proc/${p}/stat`, 'utf8'));
    } catch {
      // exited between listing and reading: its time is gone with it
    }
  }
  return (ticks * 1000) / clockTicks();
}

/** Starts a CPU window on the tree; `stop(requests)` gives CPU ms per request over the window (null without any). */
export function cpuWindow(pid: number): { stop(requests: number): number | null } {
  const start = treeCpuMs(pid);
  return { stop: (requests) => (requests > 0 ? (treeCpuMs(pid) - start) / requests : null) };
}
