// Scenario 10's table: both sizes, the largest organisation, p50/p95 of each scenario, and the ratios to the targets.
import { describe, expect, it } from 'vitest';
import { renderScale, scaleSizes, type ScaleResult } from '../../bench/scale.js';

const figures = (p50: number, p95: number) => ({ rps: 100, p50, p95, p99: p95 * 1.2, errors: 0, requests: 1000 });

describe('the cost curve table', () => {
  it('asks for 1 M / 5 k and 10 M / 50 k, each on its own database', () => {
    expect(scaleSizes.map((s) => [s.mentors, s.activities])).toEqual([
      [5_000, 1_000_000],
      [50_000, 10_000_000],
    ]);
    expect(new Set(scaleSizes.map((s) => s.dir)).size).toBe(2);
  });

  it('prints a row per size and the larger/smaller ratios beside their targets', () => {
    const results: ScaleResult[] = [
      { size: scaleSizes[0], largestOrg: 1403, stats: figures(10, 20), detail: figures(5, 10) },
      { size: scaleSizes[1], largestOrg: 13_900, stats: figures(15, 50), detail: figures(5.5, 11) },
    ];
    const table = renderScale(results);
    expect(table).toContain('| 1 M activities / 5 k mentors | 1403 | 10.0 | 20.0 | 5.0 | 10.0 |');
    expect(table).toContain('| 10 M activities / 50 k mentors | 13900 | 15.0 | 50.0 | 5.5 | 11.0 |');
    expect(table).toContain('personal-stats p95 2.50 (target ≤ 2)');
    expect(table).toContain('detail p95 1.10 (target ≤ 1.2)');
  });

  it('prints no ratios with one size', () => {
    expect(
      renderScale([{ size: scaleSizes[0], largestOrg: 1, stats: figures(1, 2), detail: figures(1, 2) }]),
    ).not.toContain('Ratios');
  });
});
