// Scenario 9's pieces: the 90/10 mix, timing reads and writes apart, and reading the percentile cache's counters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mixedRequests, runMixed } from '../../bench/mixed.js';
import { sampleValue } from '../../bench/metrics-scrape.js';
import { startTestApp, type TestApp } from '../support/app.js';

/** A deterministic stand-in for Math.random (a linear congruential generator). */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const mentors = [
  { id: 'mentor-001', orgId: 'org_a' },
  { id: 'mentor-002', orgId: 'org_b' },
];

describe('the mix', () => {
  it('sends about 10 % writes and splits the reads between the detail query and personal stats', () => {
    const next = mixedRequests(mentors, 0.1, seeded(7));
    const counts = { detail: 0, stats: 0, write: 0 };
    for (let i = 0; i < 10_000; i++) counts[next().kind]++;
    expect(counts.write / 10_000).toBeGreaterThan(0.08);
    expect(counts.write / 10_000).toBeLessThan(0.12);
    expect(counts.detail / (counts.detail + counts.stats)).toBeGreaterThan(0.45);
    expect(counts.detail / (counts.detail + counts.stats)).toBeLessThan(0.55);
  });

  it('writes logActivity for the mentor of its own organisation, never in the future', () => {
    const now = Date.parse('2026-12-03T08:00:00Z');
    const next = mixedRequests(mentors, 1, seeded(3));
    for (let i = 0; i < 50; i++) {
      const r = next(now);
      const { input } = JSON.parse(r.body!).variables;
      const mentor = mentors.find((m) => m.id === input.mentorId)!;
      expect(input.orgId).toBe(mentor.orgId);
      expect(Date.parse(input.occurredAt)).toBeLessThan(now);
      expect(Date.parse(input.occurredAt)).toBeGreaterThan(now - 31 * 86_400_000);
    }
  });
});

describe('runMixed', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    // a stand-in server: writes fail (500), personal stats answer slowly, the detail query at once
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        if (body.includes('MixLog')) return res.writeHead(500).end('{"errors":[{"message":"no"}]}');
        const delay = req.url?.startsWith('/api/v1/personal-stats') ? 20 : 0;
        setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{}}'), delay);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('times each kind apart and counts failed answers as errors, over the measured window only', async () => {
    let measuringFrom = 0;
    const figures = await runMixed(
      base,
      mixedRequests(mentors, 0.1, seeded(11)),
      { warmup: 0.3, seconds: 0.7, connections: 4 },
      () => {
        measuringFrom = Date.now();
      },
    );
    expect(measuringFrom).toBeGreaterThan(0);
    expect(figures.write.errors).toBe(figures.write.requests);
    expect(figures.write.requests).toBeGreaterThan(0);
    expect(figures.detail.errors).toBe(0);
    expect(figures.stats.errors).toBe(0);
    expect(figures.stats.p50).toBeGreaterThanOrEqual(19);
    expect(figures.detail.p50).toBeLessThan(figures.stats.p50);
  });
});

describe('the percentile cache on /metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('counts one lookup per personal-stats request, a miss first', async () => {
    const page = async () => (await t.request('GET', '/metrics')).body;
    const read = (p: string, outcome: string) => sampleValue(p, 'cache_lookups_total', { cache: 'peer_rank', outcome });
    const before = await page();
    expect((await t.request('GET', '/api/v1/personal-stats/mentor-021?as_of=2026-03-20')).statusCode).toBe(200);
    expect((await t.request('GET', '/api/v1/personal-stats/mentor-022?as_of=2026-03-20')).statusCode).toBe(200);
    const after = await page();
    const misses = read(after, 'miss') - read(before, 'miss');
    const hits = read(after, 'hit') - read(before, 'hit');
    expect(misses + hits).toBe(2);
    expect(misses).toBeGreaterThanOrEqual(1);
  });

  it('reads one sample by its labels', () => {
    const text = [
      '# TYPE cache_lookups_total counter',
      'cache_lookups_total{cache="peer_rank",outcome="hit"} 12',
      'cache_lookups_total{cache="peer_rank",outcome="miss"} 3',
    ].join('\n');
    expect(sampleValue(text, 'cache_lookups_total', { cache: 'peer_rank', outcome: 'miss' })).toBe(3);
    expect(sampleValue(text, 'cache_lookups_total', { cache: 'other', outcome: 'hit' })).toBe(0);
  });
});
