// The database goes away and comes back (a dedicated PostgreSQL server): 503s in the error shape, then service resumes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../gateway/http/app.js';
import { openDatabase, type Database } from '../../lib/db.js';
import { seedAll } from '../../drizzle/seed/index.js';
import { waitUntil } from './processes.js';
import { expectCodedErrors, expectNoLeak } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'pm-pgfault-'));
const pg = (cmd: string) =>
  execFileSync('bash', ['scripts/pg-server.sh', cmd, dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let database: Database;
let t: App;

beforeAll(async () => {
  const url = /DATABASE_URL=(\S+)/.exec(pg('start'))![1];
  database = await openDatabase({ url, poolSize: 4 });
  await seedAll(database);
  t = await buildApp({ database, logLevel: 'silent' });
}, 240_000);

afterAll(async () => {
  await t?.close();
  await database?.close();
  pg('stop');
});

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('database down and back', () => {
  it('answers 503 in the error shape while PostgreSQL is stopped and resumes without a restart', async () => {
    expect((await get('/ready')).statusCode).toBe(200);
    const ok = await get('/api/v1/mentor-statuses?limit=3');
    expect(ok.statusCode).toBe(200);

    pg('stop-server');
    const ready = await get('/ready');
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({ error: { code: 'SERVICE_UNAVAILABLE', message: expect.any(String) } });
    const rest = await get('/api/v1/mentor-statuses?limit=3');
    expect(rest.statusCode).toBe(503);
    expect(rest.json()).toEqual({ error: { code: 'SERVICE_UNAVAILABLE', message: expect.any(String) } });
    expectNoLeak(rest.body, 'database down REST');
    const gql = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query: '{ mentor(id: "mentor-001") { id fullName } }' },
    });
    expect(gql.statusCode).toBeLessThan(500);
    expect(gql.json().errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expectCodedErrors(gql.json(), 'database down');
    expectNoLeak(gql.body, 'database down GraphQL');

    pg('start-server');
    await waitUntil(async () => (await get('/ready')).statusCode === 200, 60_000, 'readiness after restart');
    // Once /ready answers, requests succeed within 2 s: a pooled connection opened before the restart may still report
    // the old server's shutdown (57P01) once, on Node 24 more often than on 20; postgres.js then reconnects it.
    let back = await get('/api/v1/mentor-statuses?limit=3');
    const until = Date.now() + 2_000;
    while (back.statusCode !== 200 && Date.now() < until) {
      expect(back.statusCode).toBe(503);
      await new Promise((r) => setTimeout(r, 100));
      back = await get('/api/v1/mentor-statuses?limit=3');
    }
    expect(back.statusCode).toBe(200);
    expect(back.json().data).toEqual(ok.json().data);
  });
});
