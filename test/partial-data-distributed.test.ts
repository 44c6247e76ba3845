// Distributed, one subgraph's server not running (nothing listens at its URL) or not answering in time: the detail
// and dashboard queries keep the other subgraphs' fields, with an error (path, SERVICE_UNAVAILABLE, serviceName) per
// missing field.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../gateway/http/app.js';
import { subgraphNames } from '../lib/config.js';
import type { Database } from '../lib/db.js';
import { openTestDatabase } from './support/db.js';
import { startSubgraphServers, type SubgraphServers } from './support/subgraph-servers.js';
import { freePort } from './hardening/processes.js';
import {
  dashboardQuery,
  detailMentor,
  detailQuery,
  expectPartialDashboard,
  expectPartialDetail,
} from './support/partial-data.js';

const secret = 'partial-data-secret';
let database: Database;
let healthy: App;
let all: SubgraphServers;

const ask = (g: App, query: string, variables?: Record<string, unknown>) =>
  g.app.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });

beforeAll(async () => {
  database = await openTestDatabase();
  all = await startSubgraphServers(database, secret);
  healthy = await buildApp({ database, topology: 'distributed', urls: all.urls, secret, logLevel: 'silent' });
});

afterAll(async () => {
  await healthy?.close();
  await all?.close();
  await database?.close();
});

describe.each(subgraphNames)('distributed, the %s server not running', (down) => {
  let servers: SubgraphServers;
  let gateway: App;
  beforeAll(async () => {
    const downUrl = `http://127.0.0.1:${await freePort()}/graphql`;
    servers = await startSubgraphServers(database, secret, { names: [down], downUrl });
    gateway = await buildApp({ database, topology: 'distributed', urls: servers.urls, secret, logLevel: 'silent' });
  });
  afterAll(async () => {
    await gateway?.close();
    await servers?.close();
  });

  it('the detail query keeps the other subgraphs’ fields; each missing one has a coded error with its path', async () => {
    const ok = (await ask(healthy, detailQuery, { id: detailMentor })).json();
    const res = await ask(gateway, detailQuery, { id: detailMentor });
    expect(res.statusCode).toBe(200);
    expectPartialDetail(res.json(), ok, down);
  });

  it('the dashboard query keeps the other subgraphs’ fields of every mentor', async () => {
    const ok = (await ask(healthy, dashboardQuery)).json();
    const res = await ask(gateway, dashboardQuery);
    expect(res.statusCode).toBe(200);
    expectPartialDashboard(res.json(), ok, down);
  });
});

describe('distributed, the stats server accepting but never answering', () => {
  let hanging: Server;
  let gateway: App;
  beforeAll(async () => {
    hanging = createServer(() => {
      /* never answers */
    });
    await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', () => r()));
    const port = (hanging.address() as { port: number }).port;
    const urls = { ...all.urls, stats: `http://127.0.0.1:${port}/graphql` };
    gateway = await buildApp({
      database,
      topology: 'distributed',
      urls,
      secret,
      logLevel: 'silent',
      subgraphTimeoutMs: 500,
    });
  });
  afterAll(async () => {
    await gateway?.close();
    hanging?.closeAllConnections();
    hanging?.close();
  });

  it('times the stats fetch out and keeps the rest of the detail and the dashboard', async () => {
    const okDetail = (await ask(healthy, detailQuery, { id: detailMentor })).json();
    expectPartialDetail((await ask(gateway, detailQuery, { id: detailMentor })).json(), okDetail, 'stats');
    const okDashboard = (await ask(healthy, dashboardQuery)).json();
    expectPartialDashboard((await ask(gateway, dashboardQuery)).json(), okDashboard, 'stats');
  });
});
