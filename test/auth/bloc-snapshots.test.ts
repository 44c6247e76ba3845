// BLoC snapshots with auth on: a kept detail view is served only to callers who may see that mentor, also when a
// subgraph is down and the view is served stale (the graph cannot then say who may see it).
import type { GraphQLDataSource } from '@apollo/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../lib/db.js';
import { openTestDatabase } from '../support/db.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { bearer, hsToken, testSecret } from './support.js';

let database: Database;
let healthy: TestApp;
const down = {} as Record<'mentors' | 'stats', TestApp>;
const auth = { AUTH_JWT_SECRET: testSecret };

const failingSource: GraphQLDataSource = {
  process: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:4002')),
};

beforeAll(async () => {
  database = await openTestDatabase();
  healthy = await startTestApp(database, { closeDatabase: false, auth });
  for (const name of ['mentors', 'stats'] as const)
    down[name] = await startTestApp(database, {
      closeDatabase: false,
      auth,
      wrapSource: (n, source) => (n === name ? failingSource : source),
    });
});
afterAll(async () => {
  for (const app of Object.values(down)) await app.close();
  await healthy?.close();
  await database?.close();
});

const url = '/api/v1/peer-mentor-bloc/mentor-005';
const token = (claims: Record<string, unknown>) => hsToken({ sub: 'user-1', ...claims }).then(bearer);

describe('the BLoC detail snapshot of mentor-005 (org_nansen_01)', () => {
  it('is kept by one caller and served stale to the mentor and a coordinator of the org, never to others', async () => {
    const admin = await token({ roles: ['admin'] });
    const fresh = await healthy.request('GET', url, undefined, admin);
    expect(fresh.statusCode).toBe(200);
    const own = await token({ sub: 'mentor-005', roles: ['mentor'], org_id: 'org_nansen_01' });
    const coordinator = await token({ roles: ['coordinator'], org_id: 'org_nansen_01' });
    const otherOrg = await token({ roles: ['coordinator'], org_id: 'org_fjord_02' });
    const otherMentor = await token({ sub: 'mentor-006', roles: ['mentor'], org_id: 'org_nansen_01' });
    for (const name of ['mentors', 'stats'] as const) {
      for (const allowed of [own, coordinator, admin]) {
        const res = await down[name].request('GET', url, undefined, allowed);
        expect(res.statusCode, name).toBe(200);
        expect(res.headers.warning, name).toBe('110 - "Response is Stale"');
        expect(res.body, name).toBe(fresh.body);
      }
      for (const refused of [otherOrg, otherMentor]) {
        const res = await down[name].request('GET', url, undefined, refused);
        expect([404, 503], name).toContain(res.statusCode);
        expect(res.body, name).not.toContain('full_name');
      }
    }
  });

  it('is not served to a coordinator of another org while everything is up either (404)', async () => {
    const res = await healthy.request(
      'GET',
      url,
      undefined,
      await token({ roles: ['coordinator'], org_id: 'org_fjord_02' }),
    );
    expect(res.statusCode).toBe(404);
  });
});
