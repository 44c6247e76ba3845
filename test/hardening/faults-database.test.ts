// The database goes away and comes back (a dedicated PostgreSQL server): 503s in the error shape, then service resumes.
import { execFileSync } from 'node:child_process';
import { createServer, type Socket } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../gateway/http/app.js';
import { openDatabase, type Database } from '../../lib/db.js';
import { seedAll } from '../../drizzle/seed/index.js';
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

/** Milliseconds `fn` took, and what it gave. */
async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

const gqlRead = () =>
  t.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ mentor(id: "mentor-001") { id fullName } }' } });
let written = 0;
const gqlWrite = () => {
  const id = `pgfault-${written++}`;
  return t.app.inject({
    method: 'POST',
    url: '/graphql',
    payload: {
      query: 'mutation ($input: CreateMentorInput!) { createMentor(input: $input) { mentor { id } } }',
      variables: { input: { id, fullName: `Fault ${id}`, email: `${id}@example.org`, orgId: 'org_fjord_02' } },
    },
  });
};

describe('database down and back', () => {
  it('answers 503 in the error shape while PostgreSQL is stopped, within bounds, and resumes within 2 s', async () => {
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
    const gql = await gqlRead();
    expect(gql.statusCode).toBeLessThan(500);
    expect(gql.json().errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expectCodedErrors(gql.json(), 'database down');
    expectNoLeak(gql.body, 'database down GraphQL');

    // A 10 s outage under steady requests (the longer the outage, the longer postgres.js's own reconnect delay grew):
    // every answer is a 503 within 1 s (/ready within 2 s), reads, writes and readiness alike.
    const outageEnd = Date.now() + 10_000;
    let rounds = 0;
    while (Date.now() < outageEnd) {
      const [[r, rMs], [a, aMs], [q, qMs], [w, wMs]] = await Promise.all([
        timed(() => get('/ready')),
        timed(() => get('/api/v1/mentor-statuses?limit=3')),
        timed(gqlRead),
        timed(gqlWrite),
      ]);
      expect([r.statusCode, a.statusCode]).toEqual([503, 503]);
      expect([q.json().errors[0].extensions.code, w.json().errors[0].extensions.code]).toEqual([
        'SERVICE_UNAVAILABLE',
        'SERVICE_UNAVAILABLE',
      ]);
      expect(rMs, '/ready while the database is down').toBeLessThan(2_000);
      expect(Math.max(aMs, qMs, wMs), 'a request while the database is down').toBeLessThan(1_000);
      rounds++;
      await new Promise((res) => setTimeout(res, 100));
    }
    expect(rounds).toBeGreaterThan(5);

    pg('start-server');
    // Once the server accepts connections again (start-server returns then), requests succeed within 2 s.
    const back = performance.now();
    let res = await get('/api/v1/mentor-statuses?limit=3');
    while (res.statusCode !== 200 && performance.now() - back < 2_000) {
      expect(res.statusCode).toBe(503);
      await new Promise((r) => setTimeout(r, 50));
      res = await get('/api/v1/mentor-statuses?limit=3');
    }
    expect(res.statusCode, `still ${res.statusCode} 2 s after the server was back`).toBe(200);
    expect(res.json().data).toEqual(ok.json().data);
    expect((await get('/ready')).statusCode).toBe(200);
    expect((await gqlWrite()).json().data?.createMentor).toBeTruthy();
    expect(performance.now() - back).toBeLessThan(3_000);
  }, 60_000);
});

describe('a database server that accepts connections and never answers', () => {
  it('/ready answers 503 within 2 s, and requests then answer 503 within 1 s', async () => {
    const held: Socket[] = [];
    const silent = createServer((socket) => {
      socket.on('error', () => {});
      held.push(socket);
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const { port } = silent.address() as { port: number };
    const hung = await openDatabase({ url: `postgres://postgres@127.0.0.1:${port}/postgres`, migrate: false });
    const app = await buildApp({ database: hung, logLevel: 'silent' });
    try {
      const [ready, readyMs] = await timed(() => app.app.inject({ method: 'GET', url: '/ready' }));
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({ error: { code: 'SERVICE_UNAVAILABLE', message: expect.any(String) } });
      expect(readyMs).toBeLessThan(2_000);
      // The failed ping started a connection check, which gives up within 1 s: from then on the database is down.
      await new Promise((r) => setTimeout(r, 1_200));
      for (let i = 0; i < 3; i++) {
        const [rest, restMs] = await timed(() => app.app.inject({ method: 'GET', url: '/api/v1/mentor-statuses' }));
        expect(rest.statusCode).toBe(503);
        expect(restMs).toBeLessThan(1_000);
        const [again, againMs] = await timed(() => app.app.inject({ method: 'GET', url: '/ready' }));
        expect(again.statusCode).toBe(503);
        expect(againMs).toBeLessThan(1_000);
      }
    } finally {
      await app.close();
      await hung.close();
      for (const s of held) s.destroy();
      silent.close();
    }
  }, 30_000);
});
