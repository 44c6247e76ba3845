// In-process, one subgraph's data source failing at a time: the detail and dashboard queries keep the other
// subgraphs' fields (an error with path, SERVICE_UNAVAILABLE and serviceName per missing field), and the REST BLoC
// detail serves the mentor's last snapshot marked stale, or 503 without one.
import type { GraphQLDataSource } from '@apollo/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphNames, type SubgraphName } from '../../lib/config.js';
import type { Database } from '../../lib/db.js';
import { openTestDatabase } from '../support/db.js';
import { startTestApp, type TestApp } from '../support/app.js';
import {
  dashboardQuery,
  detailMentor,
  detailQuery,
  expectPartialDashboard,
  expectPartialDetail,
} from '../support/partial-data.js';

let database: Database;
let healthy: TestApp;
const failing = {} as Record<SubgraphName, TestApp>;

/** A data source that fails every fetch, as one whose subgraph cannot be reached. */
const failingSource: GraphQLDataSource = {
  process: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:4002')),
};

beforeAll(async () => {
  database = await openTestDatabase();
  healthy = await startTestApp(database, { closeDatabase: false });
  for (const down of subgraphNames) {
    failing[down] = await startTestApp(database, {
      wrapSource: (name, source) => (name === down ? failingSource : source),
      closeDatabase: false,
    });
  }
});

afterAll(async () => {
  for (const app of Object.values(failing)) await app.close();
  await healthy?.close();
  await database?.close();
});

describe.each(subgraphNames)('in-process, the %s data source failing', (down) => {
  it('the detail query keeps the other subgraphs’ fields; each missing one has a coded error with its path', async () => {
    const ok = await healthy.graphql(detailQuery, { id: detailMentor });
    const res = await failing[down].request('POST', '/graphql', {
      query: detailQuery,
      variables: { id: detailMentor },
    });
    expect(res.statusCode).toBe(200);
    expectPartialDetail(res.json(), ok, down);
  });

  it('the dashboard query keeps the other subgraphs’ fields of every mentor', async () => {
    const ok = await healthy.graphql(dashboardQuery);
    const res = await failing[down].request('POST', '/graphql', { query: dashboardQuery });
    expect(res.statusCode).toBe(200);
    expectPartialDashboard(res.json(), ok, down);
  });
});

describe('REST BLoC detail with a subgraph down', () => {
  const url = (id: string) => `/api/v1/peer-mentor-bloc/${id}`;

  it('serves the last snapshot, in the contract shape, with a Warning header saying it is stale', async () => {
    const fresh = await healthy.request('GET', url('mentor-005'));
    expect(fresh.statusCode).toBe(200);
    expect(fresh.headers.warning).toBeUndefined();
    for (const down of ['mentors', 'stats'] as const) {
      const res = await failing[down].request('GET', url('mentor-005'));
      expect(res.statusCode, down).toBe(200);
      expect(res.headers.warning, down).toBe('110 - "Response is Stale"');
      expect(res.body, down).toBe(fresh.body);
    }
  });

  it('answers as usual, not stale, when the down subgraph is not one the detail needs', async () => {
    const fresh = await healthy.request('GET', url('mentor-006'));
    for (const down of ['milestones', 'reports'] as const) {
      const res = await failing[down].request('GET', url('mentor-006'));
      expect(res.statusCode, down).toBe(200);
      expect(res.headers.warning, down).toBeUndefined();
      expect(res.body, down).toBe(fresh.body);
    }
  });

  it('answers 503 when the mentor has no snapshot yet', async () => {
    for (const down of ['mentors', 'stats'] as const) {
      const res = await failing[down].request('GET', url('mentor-007'));
      expect(res.statusCode, down).toBe(503);
      expect(res.headers.warning, down).toBeUndefined();
      expect(res.json(), down).toEqual({
        error: { code: 'SERVICE_UNAVAILABLE', message: expect.stringMatching(new RegExp(`${down} subgraph`)) },
      });
    }
    const later = await healthy.request('GET', url('mentor-007'));
    expect(later.statusCode).toBe(200);
  });
});
