// The benchmark's own pieces: percentiles, the result table and ratios, id rotation, the statement counter.
import { describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { percentile, probe } from '../../bench/load.js';
import { ratio, renderSection, renderTable, type ScenarioResult } from '../../bench/table.js';
import { rotate } from '../../bench/scenarios.js';
import { StatementCounter } from '../../lib/statement-counter.js';

const result = (id: string, rps: number): ScenarioResult => ({
  id,
  name: `scenario ${id}`,
  rps,
  p50: 1.5,
  p95: 3.25,
  p99: 9,
  errors: 0,
  requests: rps * 10,
  peakRssMb: 210.4,
  statementsPerRequest: 4,
  cpuMsPerRequest: 0.456,
});

describe('benchmark pieces', () => {
  it('computes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('prints every figure and the four ratios, with a dash where a scenario is missing', () => {
    const results = [result('1', 400), result('2', 200), result('5', 1000)];
    expect(ratio(results, '1', '5')).toBeCloseTo(0.4);
    expect(ratio(results, '1', '6')).toBeNull();
    const table = renderTable(results);
    expect(table).toContain('| 1 | scenario 1 | 400 | 1.5 | 3.3 | 9.0 | 0 | 4000 | 210 | 4.00 | 0.46 | – |');
    expect(table).toContain('- 1/5: 0.40');
    expect(table).toContain('- 2/5: 0.20');
    expect(table).toContain('- 1/6: –');
    const section = renderSection(results, { date: '2026-11-26 02:00 UTC', cores: 2, memoryGb: 24, commit: 'abc123' });
    expect(section).toMatch(/^## Run of 2026-11-26 02:00 UTC\n\nMachine: 2 cores, 24 GiB; commit abc123\./);
  });

  it('rotates through ids', () => {
    const next = rotate(['a', 'b']);
    expect([next(), next(), next()]).toEqual(['a', 'b', 'a']);
  });

  it('counts statements and records their text while measuring', async () => {
    const c = new StatementCounter();
    c.record('select 0');
    const {
      result: r,
      statements,
      queries,
    } = await c.measure(() => {
      c.record('select 1');
      c.record('select 2');
      return Promise.resolve('x');
    });
    expect(r).toBe('x');
    expect(statements).toBe(2);
    expect(queries).toEqual(['select 1', 'select 2']);
    expect(c.count).toBe(3);
  });

  it('probes a scenario before loading it: error answers, GraphQL errors and null data stop the run', async () => {
    const answers: Record<string, [number, string]> = {
      '/ok': [200, '{"data":{"mentor":{"id":"m1"}}}'],
      '/rest': [200, '{"id":"m1"}'],
      '/down': [503, '{"error":{}}'],
      '/errors': [200, '{"data":{"mentor":null},"errors":[{"message":"the mentors subgraph is unavailable"}]}'],
      '/null': [200, '{"data":{"mentor":null}}'],
    };
    const server = createServer((req, res) => {
      const [code, body] = answers[req.url!];
      res.writeHead(code).end(body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const gql = (path: string) => ({
      url: `${base}${path}`,
      method: 'POST' as const,
      body: () => '{"query":"{ mentor(id: \\"m1\\") { id } }"}',
    });
    try {
      await expect(probe(gql('/ok'))).resolves.toBeUndefined();
      await expect(probe({ url: `${base}/rest` })).resolves.toBeUndefined();
      await expect(probe({ url: `${base}/down` })).rejects.toThrow(/HTTP 503/);
      await expect(probe(gql('/errors'))).rejects.toThrow(/GraphQL errors/);
      await expect(probe(gql('/null'))).rejects.toThrow(/null data/);
    } finally {
      server.close();
    }
  });
});
