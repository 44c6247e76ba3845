// What authorization costs the detail view (issue 17): a coordinator's detail query issues the same SQL statements
// as an admin's (whom nothing is hidden from). The mentor's organisation arrives with the row the root query loads
// and, for the stats subgraph, in the entity representation (`@requires(fields: "orgId")`), so no subgraph asks the
// mentors subgraph again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { detailOperation } from '../../gateway/detail-query.js';
import { bearer, hsToken, testSecret } from './support.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp(undefined, { auth: { AUTH_JWT_SECRET: testSecret } });
});
afterAll(async () => app?.close());

/** The detail query for mentor-001 with these claims: its statements and its answer. */
async function detail(claims: Record<string, unknown>) {
  const headers = bearer(await hsToken(claims));
  const { result, statements, queries } = await app.database.statements.measure(() =>
    app.request('POST', '/graphql', { query: detailOperation, variables: { id: 'mentor-001' } }, headers),
  );
  return { body: result.json<{ data?: { mentor: unknown }; errors?: unknown }>(), statements, queries };
}

describe('the detail query with a token', () => {
  it("costs a coordinator of the mentor's organisation no more statements than an admin", async () => {
    const admin = await detail({ sub: 'admin-1', roles: ['admin'] });
    const coordinator = await detail({ sub: 'coordinator-007', org_id: 'org_nansen_01', roles: ['coordinator'] });
    expect(admin.body.errors).toBeUndefined();
    expect(coordinator.body).toEqual(admin.body);
    expect(coordinator.queries).toEqual(admin.queries);
    expect(coordinator.statements).toBe(3);
  });

  it("costs the mentor their own view's statements, and another organisation's coordinator less (nothing to load)", async () => {
    const mentor = await detail({ sub: 'mentor-001', org_id: 'org_nansen_01', roles: ['mentor'] });
    expect(mentor.body.data?.mentor).not.toBeNull();
    expect(mentor.statements).toBe(3);
    const other = await detail({ sub: 'coordinator-fjord', org_id: 'org_fjord_02', roles: ['coordinator'] });
    expect(other.body.data?.mentor).toBeNull();
    expect(other.statements).toBe(1);
  });
});
