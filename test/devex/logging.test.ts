// Structured request logs: one JSON line per request with id, route, operation, status and duration; the request id
// is returned to the caller and handed to the in-process subgraphs.
import type { Json } from '../support/json.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp, type App } from '../../gateway/http/app.js';
import { subgraphModules } from '../../gateway/subgraphs.js';
import { openTestDatabase } from '../support/db.js';
import type { Database } from '../../lib/db.js';

let database: Database;
let app: App;
const lines: Record<string, Json>[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildApp({
    database,
    logLevel: 'info',
    logStream: {
      write: (line) => {
        lines.push(JSON.parse(line));
      },
    },
  });
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const linesOf = (reqId: string) => lines.filter((l) => l.reqId === reqId);

describe('request logging', () => {
  it('writes exactly one line for a REST request, with route, GraphQL operation, status and duration', async () => {
    const res = await app.app.inject({
      method: 'GET',
      url: '/api/v1/mentor-statuses?limit=2',
      headers: { 'x-request-id': 'rest-req-1' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-request-id']).toBe('rest-req-1');
    const mine = linesOf('rest-req-1');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      level: 30,
      msg: 'request',
      method: 'GET',
      url: '/api/v1/mentor-statuses',
      route: '/api/v1/mentor-statuses',
      operation: 'MentorStatuses',
      status: 200,
    });
    expect(mine[0].durationMs).toBeGreaterThan(0);
  });

  it('logs the GraphQL operation name and error statuses', async () => {
    await app.app.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query: 'query LogMe { mentor(id: "mentor-002") { id } }' },
      headers: { 'x-request-id': 'gql-req-1' },
    });
    expect(linesOf('gql-req-1')).toEqual([
      expect.objectContaining({ route: '/graphql', operation: 'LogMe', status: 200 }),
    ]);
    const bad = await app.app.inject({
      method: 'GET',
      url: '/api/v1/mentor-statuses?limit=abc',
      headers: { 'x-request-id': 'bad-req-1' },
    });
    expect(bad.statusCode).toBe(400);
    expect(linesOf('bad-req-1')).toEqual([
      expect.objectContaining({ status: 400, route: '/api/v1/mentor-statuses', operation: null }),
    ]);
  });

  it('makes up a request id when the caller sends none or an unsafe one, and returns it', async () => {
    const none = await app.app.inject({ method: 'GET', url: '/health' });
    expect(none.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(linesOf(String(none.headers['x-request-id']))).toHaveLength(1);
    const unsafe = await app.app.inject({
      method: 'GET',
      url: '/health',
      headers: { 'x-request-id': 'a b\nfake-line' },
    });
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('hands the request id to the in-process subgraphs’ context', async () => {
    const spy = vi.spyOn(subgraphModules.stats, 'createContext');
    const res = await app.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'x-request-id': 'ctx-req-1' },
      payload: { query: '{ mentor(id: "mentor-001") { id activitySummary(period: MONTH) { totalActivities } } }' },
    });
    expect(res.json().errors).toBeUndefined();
    expect(spy).toHaveBeenCalled();
    expect(spy.mock.calls.map((c) => c[0].requestId)).toContain('ctx-req-1');
  });
});
