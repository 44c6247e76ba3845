// Server CPU per request (issue 18): the /proc accounting the benchmark divides by requests, checked against a real
// busy child process and a hand-written stat line.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpuWindow, processTicks, treeCpuMs } from '../../bench/cpu.js';

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
});
