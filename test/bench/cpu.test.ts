// Server CPU per request (issue 18): the /proc accounting the benchmark divides by requests, checked against a real
// busy child process and a hand-written stat line.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpuWindow, processTicks, treeCpuMs } from '../../bench/cpu.js';
import { processTree } from '../../bench/rss.js';

describe('CPU accounting', () => {
  it('reads utime + stime from a stat line whose command name holds spaces and parentheses', () => {
    const line = '4242 (node (my server)) S 1 4242 4242 0 -1 4194560 123 0 0 0 250 40 0 0 20 0 11 0 999 1000 2000';
    expect(processTicks(line)).toBe(290);
  });

  it('counts the CPU a busy child uses, and its own tree includes the child', async () => {
    const busy = spawn(process.execPath, ['-e', 'const end = Date.now() + 600; while (Date.now() < end);'], {
      stdio: 'ignore',
    });
    try {
      const window = cpuWindow(busy.pid!);
      await new Promise((r) => setTimeout(r, 400));
      const perRequest = window.stop(4);
      // ~400 ms of one busy core over 4 "requests" ≈ 100 ms each; the bounds leave room for a loaded machine
      expect(perRequest).toBeGreaterThan(10);
      expect(perRequest).toBeLessThan(200);
      expect(treeCpuMs(process.pid)).toBeGreaterThan(0);
      expect(cpuWindow(busy.pid!).stop(0)).toBeNull();
    } finally {
      busy.kill();
    }
  });

  it('counts a launcher apart from its children: its own process, or only its descendants', async () => {
    // an idle parent whose child spins, as the distributed launcher (the gateway) and a busy subgraph
    const child = `require('child_process').spawn(process.execPath, ['-e', 'const end = Date.now() + 1500; while (Date.now() < end);'], { stdio: 'inherit' }); setTimeout(() => {}, 1800);`;
    const parent = spawn(process.execPath, ['-e', child], { stdio: 'ignore' });
    try {
      // windows open once the child runs (the parent, past its start-up, idles)
      for (let i = 0; i < 100 && processTree(parent.pid!).length < 2; i++) await new Promise((r) => setTimeout(r, 20));
      const own = cpuWindow(parent.pid!, 'process');
      const children = cpuWindow(parent.pid!, 'descendants');
      const tree = cpuWindow(parent.pid!);
      await new Promise((r) => setTimeout(r, 400));
      const [o, c, t] = [own.stop(1)!, children.stop(1)!, tree.stop(1)!];
      expect(c).toBeGreaterThan(40); // ~400 ms of a busy core; the bound leaves room for a loaded machine
      expect(o).toBeLessThan(c / 4);
      expect(t).toBeGreaterThanOrEqual(c);
    } finally {
      parent.kill();
    }
  });
});
