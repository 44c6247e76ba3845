// Peak resident memory of a process and its descendants, sampled from /proc (Linux).
import { readFileSync, readdirSync } from 'node:fs';

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function rssKb(pid: number): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** `pid` and every live descendant (children of each thread, read from /proc). */
export function processTree(pid: number): number[] {
  const tree: number[] = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    tree.push(p);
    stack.push(...childrenOf(p));
  }
  return tree;
}

/** Current RSS in MB of `pid` plus all its descendants. */
export function treeRssMb(pid: number): number {
  return processTree(pid).reduce((kb, p) => kb + rssKb(p), 0) / 1024;
}

/** Samples the tree's RSS every `ms` until stopped; `stop()` returns the peak in MB. */
export function sampleRss(pid: number, ms = 200): { stop(): number } {
  let peak = treeRssMb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssMb(pid));
  }, ms);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, treeRssMb(pid));
    },
  };
}
