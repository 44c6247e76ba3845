// The skeleton end to end: one federated query across four subgraphs, health, GraphiQL, the REST mechanism.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const detail = `query ($id: ID!) { mentor(id: $id) {
  id fullName email orgId
  status { status isPaused }
  certification { expiryDate daysUntilExpiry isWithinWarningWindow }
  activitySummary(period: YEAR) { totalActivities totalSessions period }
  activeAssignments { id contactName status }
  milestones { id status }
  reports { id status }
} }`;

describe('federated mentor query', () => {
  it('joins fields from all four subgraphs for a seeded mentor', async () => {
    const { data, errors } = await t.graphql(detail, { id: 'mentor-002' });
    expect(errors).toBeUndefined();
    const m = data.mentor;
    expect(m).toMatchObject({
      id: 'mentor-002',
      fullName: 'Ola Nordmann',
      orgId: 'org_nansen_01',
      status: { status: 'PAUSED', isPaused: true },
    });
    expect(m.certification.expiryDate).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(m.activitySummary.period).toBe('YEAR');
    expect(m.activitySummary.totalActivities).toBeGreaterThan(0);
    expect(m.milestones.length).toBeGreaterThan(0);
    expect(m.milestones[0].id).toMatch(/^milestone_\w+:mentor-002$/);
    expect(Array.isArray(m.reports)).toBe(true);
  });

  it('answers null for an unknown mentor', async () => {
    const { data, errors } = await t.graphql(detail, { id: 'mentor-999' });
    expect(errors).toBeUndefined();
    expect(data.mentor).toBeNull();
  });

  it('answers an operation name the document does not contain as a client error, not an internal one', async () => {
    const res = await t.request('POST', '/graphql', {
      query: 'query A { mentor(id: "mentor-001") { id } }',
      operationName: 'MentorDetail',
    });
    const body = res.json();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toContain('MentorDetail');
  });

  it('paginates the mentors list and rejects a bad page with a coded error', async () => {
    const ok = await t.graphql(
      '{ mentors(orgId: "org_fjord_02", page: 2, limit: 5) { items { id orgId } pageInfo { page limit total } } }',
    );
    expect(ok.data.mentors.pageInfo).toEqual({ page: 2, limit: 5, total: 20 });
    expect(ok.data.mentors.items.map((m: { id: string }) => m.id)).toEqual([
      'mentor-036',
      'mentor-037',
      'mentor-038',
      'mentor-039',
      'mentor-040',
    ]);
    const bad = await t.graphql('{ mentors(limit: 1000) { pageInfo { total } } }');
    expect(bad.errors![0].extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(bad)).not.toMatch(/stacktrace|at .*\.ts/);
  });
});

describe('HTTP surface', () => {
  it('reports health and readiness', async () => {
    expect((await t.request('GET', '/health')).json()).toEqual({ status: 'ok' });
    const ready = await t.request('GET', '/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ready');
  });

  it('serves GraphiQL with every asset from this server, none from the internet', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/graphql', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('GraphiQL');
    expect(page.body).not.toMatch(/https?:\/\//);
    for (const src of page.body.match(/(?:src|href)="([^"]+)"/g) ?? []) {
      const path = src.split('"')[1];
      const asset = await t.request('GET', path);
      expect(asset.statusCode, path).toBe(200);
      expect(asset.body.length).toBeGreaterThan(1000);
    }
  });

  it('answers an unknown path with 404 in the error shape', async () => {
    const res = await t.request('GET', '/api/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
  });

  it('answers malformed JSON with 400 in the error shape', async () => {
    const res = await t.request('POST', '/api/v1/mentor-statuses', '{"mentor_id": ');
    expect([400, 404]).toContain(res.statusCode);
    expect(res.json().error.code).toMatch(/BAD_REQUEST|NOT_FOUND/);
  });

  it('passes a request id back to the caller', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers['x-request-id']).toBe('abc-123');
  });
});

describe('REST mechanism: GET /api/v1/mentor-statuses', () => {
  for (const path of ['/api/v1/mentor-statuses', '/api/v1/mentor-statuses/api/v1/mentor-statuses']) {
    it(`answers in the contract shape on ${path}`, async () => {
      const res = await t.request('GET', `${path}?limit=3&page=1`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.pagination).toEqual({ page: 1, limit: 3, total: 50 });
      expect(body.data).toHaveLength(3);
      expect(Object.keys(body.data[0]).sort()).toEqual([
        'expected_return_date',
        'is_paused',
        'last_updated',
        'mentor_id',
        'pause_start_date',
        'status',
      ]);
      expect(body.data[0].last_updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    });
  }

  it('filters paused mentors, each with the dates of its active pause', async () => {
    const body = (await t.request('GET', '/api/v1/mentor-statuses?is_paused=true&limit=100')).json();
    expect(body.pagination.total).toBe(7);
    for (const s of body.data) {
      expect(s).toMatchObject({ status: 'paused', is_paused: true });
      expect(s.pause_start_date).toMatch(/Z$/);
    }
  });

  it.each([['page=0'], ['limit=0'], ['limit=101'], ['page=abc'], ['is_paused=maybe'], ['status=sleeping']])(
    'rejects %s with 400 in the error shape',
    async (q) => {
      const res = await t.request('GET', `/api/v1/mentor-statuses?${q}`);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({ error: { code: 'BAD_REQUEST', message: expect.stringMatching(/query\./) } });
    },
  );
});
