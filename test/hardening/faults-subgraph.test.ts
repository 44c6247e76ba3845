// Subgraph faults with real processes: one killed, one hanging — partial data, 503 on REST, no hang, no address leaked.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../gateway/http/app.js';
import { subgraphNames, type SubgraphName } from '../../lib/config.js';
import type { Database } from '../../lib/db.js';
import { openTestDatabase } from '../support/db.js';
import { exited, freePort, preparedDatabaseEnv, spawnTsx, waitUntil } from './processes.js';
import { expectCodedErrors, expectNoLeak } from './support.js';

const secret = 'fault-test-secret';
const dataDir = mkdtempSync(join(tmpdir(), 'pm-faults-'));
const children: Partial<Record<SubgraphName, ReturnType<typeof spawnTsx>>> = {};
const urls: Partial<Record<SubgraphName, string>> = {};
let database: Database;
let gateway: App;
let hanging: Server;
let prepared: Awaited<ReturnType<typeof preparedDatabaseEnv>> | undefined;

beforeAll(async () => {
  for (const name of subgraphNames) urls[name] = `http://127.0.0.1:${await freePort()}/graphql`;
  prepared = await preparedDatabaseEnv(dataDir, subgraphNames);
  const urlEnv = Object.fromEntries(subgraphNames.map((n) => [`SUBGRAPH_URL_${n.toUpperCase()}`, urls[n]!]));
  for (const name of subgraphNames) {
    children[name] = spawnTsx(`subgraphs/${name}/index.ts`, {
      ...urlEnv,
      PORT: new URL(urls[name]!).port,
      SUBGRAPH_SECRET: secret,
      HOST: '127.0.0.1',
      ...prepared.env,
    });
  }
  await Promise.all(
    subgraphNames.map((n) =>
      waitUntil(
        async () =>
          (
            await fetch(urls[n]!, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-gateway-secret': secret },
              body: '{"query":"{__typename}"}',
            })
          ).ok,
        180_000,
        `subgraph ${n} start`,
      ),
    ),
  );
  database = await openTestDatabase();
  gateway = await buildApp({
    database,
    topology: 'distributed',
    urls,
    secret,
    logLevel: 'silent',
    subgraphTimeoutMs: 1500,
  });
}, 240_000);

afterAll(async () => {
  await gateway?.close();
  for (const c of Object.values(children)) c?.kill('SIGKILL');
  hanging?.close();
  await database?.close();
  await prepared?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

const both = `{ a: mentor(id: "mentor-001") { id fullName } b: mentor(id: "mentor-002") { id reports { id } } }`;
const ask = (g: App, query: string) => g.app.inject({ method: 'POST', url: '/graphql', payload: { query } });

describe('a subgraph process dies', () => {
  it("answers the others' data plus an error naming the failed subgraph; REST needing it answers 503", async () => {
    const before = (await ask(gateway, both)).json();
    expect(before.errors).toBeUndefined();
    expect(before.data.b.reports).toBeDefined();

    children.reports!.kill('SIGKILL');
    await exited(children.reports!);

    const res = await ask(gateway, both);
    expect(res.statusCode).toBe(200);
    const json = res.json();
    expect(json.data.a).toEqual(before.data.a);
    expect(json.data.b?.reports ?? null).toBeNull();
    expect(json.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(json.errors[0].message).toMatch(/reports subgraph is unavailable/);
    expectCodedErrors(json, 'killed');
    expectNoLeak(res.body, 'killed subgraph');

    const rest = await gateway.app.inject({ method: 'GET', url: '/api/v1/reports' });
    expect(rest.statusCode).toBe(503);
    expect(rest.json()).toEqual({
      error: { code: 'SERVICE_UNAVAILABLE', message: expect.stringMatching(/reports subgraph/) },
    });
    expectNoLeak(rest.body, 'killed subgraph REST');
    const unaffected = await gateway.app.inject({ method: 'GET', url: '/api/v1/mentor-statuses' });
    expect(unaffected.statusCode).toBe(200);
  });

  it('a subgraph that accepts but never answers is cut off by the fetch timeout', async () => {
    hanging = createServer(() => {
      /* never answers */
    });
    await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', () => r()));
    const port = (hanging.address() as { port: number }).port;
    const slow = await buildApp({
      database,
      topology: 'distributed',
      secret,
      logLevel: 'silent',
      subgraphTimeoutMs: 500,
      urls: { ...urls, reports: `http://127.0.0.1:${port}/graphql` },
    });
    try {
      const res = await ask(slow, both);
      expect(res.json().data.a.fullName).toBeTruthy();
      expect(res.json().errors[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
      expectNoLeak(res.body, 'hanging subgraph');
      const rest = await slow.app.inject({ method: 'GET', url: '/api/v1/reports' });
      expect(rest.statusCode).toBe(503);
    } finally {
      await slow.close();
    }
  });
});
