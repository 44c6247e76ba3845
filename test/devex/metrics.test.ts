// /metrics in Prometheus text format: REST routes, GraphQL operations, subgraph fetches and the database pool.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { defaultQuery } from '../../gateway/http/graphiql.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** The value of one sample, or undefined when it is not exposed. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = line.match(/^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/);
    if (!m || m[1] !== name) continue;
    const got = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) return Number(m[3]);
  }
  return undefined;
}

async function scrape() {
  const res = await t.request('GET', '/metrics');
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.body;
}

describe('/metrics', () => {
  it('counts REST requests per route (both path forms) and times them', async () => {
    for (let i = 0; i < 2; i++)
      expect((await t.request('GET', '/api/v1/mentor-statuses?limit=2')).statusCode).toBe(200);
    expect((await t.request('GET', '/api/v1/mentor-statuses/api/v1/mentor-statuses?limit=2')).statusCode).toBe(200);
    expect((await t.request('GET', '/api/v1/mentor-statuses?limit=0')).statusCode).toBe(400);
    const text = await scrape();
    expect(
      sample(text, 'http_requests_total', { method: 'GET', route: '/api/v1/mentor-statuses', status: '200' }),
    ).toBe(2);
    expect(
      sample(text, 'http_requests_total', { method: 'GET', route: '/api/v1/mentor-statuses', status: '400' }),
    ).toBe(1);
    expect(
      sample(text, 'http_requests_total', {
        method: 'GET',
        route: '/api/v1/mentor-statuses/api/v1/mentor-statuses',
        status: '200',
      }),
    ).toBe(1);
    expect(
      sample(text, 'http_request_duration_seconds_count', {
        method: 'GET',
        route: '/api/v1/mentor-statuses',
        status: '200',
      }),
    ).toBe(2);
    expect(
      sample(text, 'http_request_duration_seconds_sum', { route: '/api/v1/mentor-statuses', status: '200' }),
    ).toBeGreaterThan(0);
    // The REST layer's GraphQL operation is counted under its own name.
    expect(sample(text, 'graphql_operations_total', { operation: 'MentorStatuses', outcome: 'ok' })).toBe(3);
  });

  it('counts GraphQL operations by name and outcome, and subgraph fetches with their errors', async () => {
    const ok = await t.graphql(defaultQuery.replace('MentorDetail', 'MetricsDetail'));
    expect(ok.errors).toBeUndefined();
    const bad = await t.graphql('query MetricsTooMany { mentors(limit: 1000) { items { id } } }');
    expect(bad.errors?.length).toBeGreaterThan(0);
    await t.graphql('{ mentor(id: "mentor-001") { id } }');
    const text = await scrape();
    expect(sample(text, 'graphql_operations_total', { operation: 'MetricsDetail', outcome: 'ok' })).toBe(1);
    expect(sample(text, 'graphql_operations_total', { operation: 'MetricsTooMany', outcome: 'error' })).toBe(1);
    expect(sample(text, 'graphql_operations_total', { operation: 'anonymous', outcome: 'ok' })).toBe(1);
    expect(sample(text, 'graphql_operation_duration_seconds_count', { operation: 'MetricsDetail' })).toBe(1);
    for (const subgraph of ['mentors', 'stats', 'milestones', 'reports']) {
      expect(sample(text, 'subgraph_fetch_duration_seconds_count', { subgraph }), subgraph).toBeGreaterThan(0);
    }
    expect(sample(text, 'subgraph_fetch_errors_total', { subgraph: 'mentors', kind: 'graphql' })).toBe(1);
  });

  it('exposes the database pool size and statement count, and process metrics', async () => {
    await t.request('GET', '/api/v1/mentor-statuses?limit=1');
    const text = await scrape();
    const backend = t.database.kind;
    expect(sample(text, 'db_pool_max_connections', { backend })).toBe(backend === 'pglite' ? 1 : t.database.poolMax);
    expect(t.database.kind === 'pglite' || t.database.poolMax! > 0).toBe(true);
    const statements = sample(text, 'db_statements_total', { backend })!;
    expect(statements).toBeGreaterThan(0);
    await t.request('GET', '/api/v1/mentor-statuses?limit=1');
    expect(sample(await scrape(), 'db_statements_total', { backend })).toBeGreaterThan(statements);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });
});
