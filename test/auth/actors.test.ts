// Writes record their actor (issue 17): with authentication on, the verified caller is a pause record's
// createdBy/updatedBy and a status change's initiatedBy, whatever the body claims; with it off, nothing is invented.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { bearer, hsToken, testSecret } from './support.js';

const coordinator = { sub: 'coordinator-007', org_id: 'org_nansen_01', roles: ['coordinator'] };
const pauseOf = (id: string) =>
  `{ pauseRecord(id: "${id}") { createdBy updatedBy isActive mentor { status { history(last: 1) { initiatedBy } } } } }`;

describe.each([
  { name: 'auth on', auth: { AUTH_JWT_SECRET: testSecret }, actor: 'coordinator-007' },
  { name: 'auth off', auth: undefined, actor: null },
])('$name', ({ auth, actor }) => {
  let app: TestApp;
  let headers: Record<string, string>;
  beforeAll(async () => {
    app = await startTestApp(undefined, auth ? { auth } : {});
    headers = auth ? bearer(await hsToken(coordinator)) : {};
  });
  afterAll(async () => app?.close());

  async function graphql(query: string) {
    const res = await app.request('POST', '/graphql', { query }, headers);
    expect(res.json().errors, query).toBeUndefined();
    return res.json().data;
  }

  it('records who paused and who resumed a mentor, not who the body names', async () => {
    const made = await app.request(
      'POST',
      '/api/v1/pause-records',
      { mentor_id: 'mentor-003', reason: 'health', metadata: { initiated_by: 'someone-else' } },
      headers,
    );
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().pause_record_id as string;
    const opened = await graphql(pauseOf(id));
    expect(opened.pauseRecord).toMatchObject({ createdBy: actor, updatedBy: actor, isActive: true });
    expect(opened.pauseRecord.mentor.status.history[0].initiatedBy).toBe(actor ?? 'someone-else');

    const closed = await app.request('PUT', `/api/v1/pause-records/${id}`, { is_active: false }, headers);
    expect(closed.statusCode, closed.body).toBe(200);
    const after = await graphql(pauseOf(id));
    expect(after.pauseRecord).toMatchObject({ createdBy: actor, updatedBy: actor, isActive: false });
    expect(after.pauseRecord.mentor.status.history[0].initiatedBy).toBe(actor);
  });
});
