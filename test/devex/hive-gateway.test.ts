// A second gateway engine: Hive Gateway serves the committed supergraph over the same subgraphs and answers like ours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../gateway/http/app.js';
import { defaultQuery } from '../../gateway/http/graphiql.js';
import type { SubgraphName } from '../../lib/config.js';
import { openTestDatabase } from '../support/db.js';
import { startSubgraphServers, type SubgraphServers } from '../support/subgraph-servers.js';
import type { Database } from '../../lib/db.js';
import { createHiveGateway } from '../../bench/hive-runtime.js';
import type { Json } from '../support/json.js';

let database: Database;
let ours: App;
let hive: ReturnType<typeof createHiveGateway>;
let router: ReturnType<typeof createHiveGateway>;
let servers: SubgraphServers;
let urls: Partial<Record<SubgraphName, string>>;
const secret = 'hive-test-secret';
// Hive's logger rejects pino's LOG_LEVEL=silent (the test default); it runs with logging off instead.
const logLevel = process.env.LOG_LEVEL;

beforeAll(async () => {
  delete process.env.LOG_LEVEL;
  database = await openTestDatabase();
  servers = await startSubgraphServers(database, secret);
  urls = servers.urls;
  ours = await buildApp({ database, topology: 'distributed', urls, secret, logLevel: 'silent' });
  hive = createHiveGateway(urls, secret);
  router = createHiveGateway(urls, secret, true);
});

afterAll(async () => {
  await hive?.dispose();
  await router?.dispose();
  await ours?.close();
  await servers?.close();
  await database?.close();
  if (logLevel !== undefined) process.env.LOG_LEVEL = logLevel;
});

/** The org dashboard: a page of mentors with fields from all four subgraphs. */
const dashboard = `query Dashboard { mentors(limit: 20, orgId: "org_nansen_01") { items {
  id fullName status { status isPaused } openAssignmentCount daysUntilExpiry
  certification { expiryDate daysUntilExpiry } activeAssignments { id contactName status }
  activitySummary(period: MONTH) { totalActivities totalSessions }
  milestones { id name } reports { id status }
} pageInfo { page limit total } } }`;

async function oursQuery(query: string, variables?: Record<string, unknown>) {
  return (await ours.app.inject({ method: 'POST', url: '/graphql', payload: { query, variables } })).json();
}

/** Posts a GraphQL query to a Hive runtime (no socket: its fetch API). */
async function hiveQuery(gw: ReturnType<typeof createHiveGateway>, query: string, variables?: Record<string, unknown>) {
  const res = await gw.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: Json; errors?: Json[] } };
}

describe('Hive Gateway over the committed supergraph', () => {
  it('answers the mentor detail query exactly as our gateway does', async () => {
    for (const id of ['mentor-001', 'mentor-010']) {
      const expected = await oursQuery(defaultQuery, { id });
      expect(expected.errors).toBeUndefined();
      expect(expected.data.mentor.id).toBe(id);
      const got = await hiveQuery(hive, defaultQuery, { id });
      expect(got.status).toBe(200);
      expect(got.body).toEqual(expected);
    }
  });

  it('answers the dashboard query exactly as our gateway does', async () => {
    const expected = await oursQuery(dashboard);
    expect(expected.errors).toBeUndefined();
    expect(expected.data.mentors.items).toHaveLength(20);
    const got = await hiveQuery(hive, dashboard);
    expect(got.body).toEqual(expected);
  });

  it('reports a missing mentor the same way (null, no invented data)', async () => {
    const expected = await oursQuery(defaultQuery, { id: 'mentor-999' });
    const got = await hiveQuery(hive, defaultQuery, { id: 'mentor-999' });
    expect(got.body.data).toEqual(expected.data);
  });

  it('cannot reach the subgraphs without the shared secret', async () => {
    const bare = createHiveGateway(urls, 'wrong-secret');
    const got = await hiveQuery(bare, '{ mentor(id: "mentor-001") { id fullName } }');
    await bare.dispose();
    expect(got.body.data?.mentor ?? null).toBeNull();
    expect(got.body.errors?.length).toBeGreaterThan(0);
  });
});

describe('Hive Gateway with the Rust query planner (bench scenario 7)', () => {
  it('answers the detail and dashboard queries exactly as our gateway does', async () => {
    for (const id of ['mentor-001', 'mentor-010']) {
      const expected = await oursQuery(defaultQuery, { id });
      const got = await hiveQuery(router, defaultQuery, { id });
      expect(got.status).toBe(200);
      expect(got.body).toEqual(expected);
    }
    expect((await hiveQuery(router, dashboard)).body).toEqual(await oursQuery(dashboard));
  });
});
