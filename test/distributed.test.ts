// The distributed topology: subgraphs as HTTP servers, the gateway fetching over HTTP with a shared secret.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../gateway/http/app.js';
import type { SubgraphName } from '../lib/config.js';
import { openTestDatabase } from './support/db.js';
import { startSubgraphServers, type SubgraphServers } from './support/subgraph-servers.js';
import type { Database } from '../lib/db.js';

let database: Database;
let gateway: App;
let servers: SubgraphServers;
let urls: Partial<Record<SubgraphName, string>>;
const secret = 'distributed-test-secret';

beforeAll(async () => {
  database = await openTestDatabase();
  servers = await startSubgraphServers(database, secret);
  urls = servers.urls;
  gateway = await buildApp({ database, topology: 'distributed', urls, secret, logLevel: 'silent' });
});

afterAll(async () => {
  await gateway?.close();
  await servers?.close();
  await database?.close();
});

const detail = `{ mentor(id: "mentor-010") { id fullName status { status isPaused } certification { daysUntilExpiry }
  activitySummary(period: MONTH) { totalActivities totalSessions } milestones { id } reports { id } } }`;

describe('distributed topology', () => {
  it('answers the four-subgraph query over HTTP exactly as the in-process gateway does', async () => {
    const over = (await gateway.app.inject({ method: 'POST', url: '/graphql', payload: { query: detail } })).json();
    expect(over.errors).toBeUndefined();
    expect(over.data.mentor).toMatchObject({ id: 'mentor-010', status: { status: 'PAUSED', isPaused: true } });
    const local = await buildApp({ database, logLevel: 'silent' });
    const inProc = (await local.app.inject({ method: 'POST', url: '/graphql', payload: { query: detail } })).json();
    await local.close();
    expect(over).toEqual(inProc);
  });

  it('serves the REST layer through the distributed gateway', async () => {
    const res = await gateway.app.inject({ method: 'GET', url: '/api/v1/mentor-statuses?status=inactive' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.every((s: { status: string }) => s.status === 'inactive')).toBe(true);
  });

  it('subgraphs reject requests without the shared secret (401), so _entities is not public', async () => {
    const body = JSON.stringify({
      query: '{ _entities(representations: [{__typename: "Mentor", id: "mentor-001"}]) { ... on Mentor { email } } }',
    });
    for (const url of Object.values(urls)) {
      const none = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(none.status).toBe(401);
      const wrong = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-gateway-secret': 'nope' },
        body,
      });
      expect(wrong.status).toBe(401);
    }
    const mentors = await fetch(urls.mentors!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-gateway-secret': secret },
      body,
    });
    expect((await mentors.json()).data._entities[0].email).toMatch(/@frivillig\.no$/);
  });

  it('subgraphs listen on loopback only', () => {
    for (const url of Object.values(urls)) expect(new URL(url).hostname).toBe('127.0.0.1');
  });
});
