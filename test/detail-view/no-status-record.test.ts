// A mentor without a status record is `active` (it was never paused or deactivated): in GraphQL's
// `Mentor.currentStatus`, on the BLoC dashboard, in the BLoC detail's profile and in the dashboard's status filter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let id: string;
beforeAll(async () => {
  t = await startTestApp();
  const r = await t.graphql(
    'mutation { createMentor(input: { fullName: "Zz Nostatus", email: "zz@example.org", orgId: "org_zz_status" }) { mentor { id status { status } } } }',
  );
  expect(r.errors).toBeUndefined();
  expect(r.data.createMentor.mentor.status).toBeNull();
  id = r.data.createMentor.mentor.id;
});
afterAll(async () => {
  await t?.close();
});

describe('a mentor without a status record', () => {
  it('is active in GraphQL (Mentor.currentStatus, never null; the record itself stays null)', async () => {
    const r = await t.graphql('query ($id: ID!) { mentor(id: $id) { currentStatus status { status } } }', { id });
    expect(r).toEqual({ data: { mentor: { currentStatus: 'ACTIVE', status: null } } });
    const paused = await t.graphql('{ mentor(id: "mentor-002") { currentStatus status { status } } }');
    expect(paused.data.mentor).toEqual({ currentStatus: 'PAUSED', status: { status: 'PAUSED' } });
    // the record does not exist, so its REST row still answers 404
    expect((await t.request('GET', `/api/v1/mentor-statuses/${id}`)).statusCode).toBe(404);
  });

  it('shows status "active" and is_paused false in the BLoC detail profile', async () => {
    const res = await t.request('GET', `/api/v1/peer-mentor-bloc/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().profile).toEqual({
      full_name: 'Zz Nostatus',
      email: 'zz@example.org',
      org_id: 'org_zz_status',
      status: 'active',
      is_paused: false,
    });
  });

  it('shows status "active" on the dashboard and is listed by status=active, not by the other statuses', async () => {
    const all = await t.request('GET', '/api/v1/peer-mentor-bloc?org_id=org_zz_status');
    expect(all.json().data).toEqual([
      {
        mentor_id: id,
        state: 'loaded',
        full_name: 'Zz Nostatus',
        status: 'active',
        open_assignment_count: 0,
        days_until_expiry: null,
      },
    ]);
    const active = await t.request('GET', '/api/v1/peer-mentor-bloc?org_id=org_zz_status&status=active');
    expect(active.json().pagination.total).toBe(1);
    for (const status of ['paused', 'inactive']) {
      const other = await t.request('GET', `/api/v1/peer-mentor-bloc?org_id=org_zz_status&status=${status}`);
      expect(other.json().pagination.total, status).toBe(0);
    }
  });

  it('keeps the seeded dashboard: every status filter counts the mentors with that status record', async () => {
    const totals: Record<string, number> = {};
    for (const status of ['active', 'paused', 'inactive']) {
      const res = await t.request('GET', `/api/v1/peer-mentor-bloc?status=${status}&limit=100`);
      totals[status] = res.json().pagination.total;
      expect(res.json().data.every((m: { status: string }) => m.status === status)).toBe(true);
    }
    const r = await t.graphql('{ mentorStatuses(limit: 100) { pageInfo { total } } }');
    // every seeded mentor has a record; the new mentor adds one active mentor without one
    expect(totals.active + totals.paused + totals.inactive).toBe(r.data.mentorStatuses.pageInfo.total + 1);
  });
});
