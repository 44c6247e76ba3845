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

/** CPU milliseconds (user + system) used so far by the listed processes (0 for one that is gone). */
function processesCpuMs(pids: number[]): number {
  let ticks = 0;
  for (const p of pids) {
    try {
      ticks += processTicks(readFileSync(`/proc/${p}/stat`, 'utf8'));
    } catch {
      // exited between listing and reading: its time is gone with it
    }
  }
  return (ticks * 1000) / clockTicks();
}

/** CPU milliseconds (user + system) used so far by `pid` and every live descendant. */
export function treeCpuMs(pid: number): number {
  return processesCpuMs(processTree(pid));
}

/**
 * Which processes a window counts: `tree` a server and its descendants; `process` the server's own process only (the
 * distributed launcher is the gateway, its children the subgraphs); `descendants` the children's trees without it.
 */
export type CpuScope = 'tree' | 'process' | 'descendants';

/** Starts a CPU window on `pid` (`scope`); `stop(requests)` gives CPU ms per request over it (null without any). */
export function cpuWindow(pid: number, scope: CpuScope = 'tree'): { stop(requests: number): number | null } {
  const pids = () => (scope === 'process' ? [pid] : scope === 'tree' ? processTree(pid) : processTree(pid).slice(1));
  const start = processesCpuMs(pids());
  return { stop: (requests) => (requests > 0 ? (processesCpuMs(pids()) - start) / requests : null) };
}
