// The peer-mentor-bloc state machine over REST: every transition, both path forms, 400/404 cases.
import { rowsOf } from '../../lib/rows.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../support/app.js';
import { backgroundSettled } from '../../gateway/rest/register.js';
import { loadedStateSchema } from '../../gateway/rest/snapshots-view.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const LONG = '/api/v1/peer-mentor-bloc/api/v1/peer-mentor-bloc';
const SHORT = '/api/v1/peer-mentor-bloc';
const OLD = '2020-01-01T00:00:00Z';
const timestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** The rows of rest.detail_snapshots, to compare before/after. */
async function snapshotRows() {
  const r = await t.database.db.execute(sql`select mentor_id, body is not null as has_body, loaded_at, generation,
    dispatched_at, refresh_dispatched_at from rest.detail_snapshots order by mentor_id`);
  return JSON.stringify(rowsOf(r));
}

/** Backdates the kept snapshot's loaded_at, so a later answer shows whether it came from the snapshot. */
async function backdate(mentorId: string) {
  await t.database.db.execute(sql`update rest.detail_snapshots set loaded_at = ${OLD} where mentor_id = ${mentorId}`);
}

describe.each([
  ['contract path', LONG],
  ['route path', SHORT],
])('BLoC states on the %s', (_name, base) => {
  const id = base === LONG ? 'mentor-003' : 'mentor-004';

  it('GET loads the detail, keeps it, then serves the kept snapshot', async () => {
    const first = await t.request('GET', `${base}/${id}`);
    expect(first.statusCode).toBe(200);
    const body = loadedStateSchema.parse(first.json());
    expect(body).toMatchObject({ mentor_id: id, state: 'loaded', activity_summary: { period: 'month' } });
    await backdate(id);
    const second = await t.request('GET', `${base}/${id}`);
    expect(second.json()).toEqual({ ...body, loaded_at: OLD });
  });

  it('POST LoadMentorDetail answers 202 loading, and the background load leaves a loaded snapshot', async () => {
    await t.request('DELETE', `${base}/${id}`);
    const res = await t.request('POST', base, { event: 'LoadMentorDetail', mentor_id: id });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ mentor_id: id, state: 'loading', dispatched_at: expect.stringMatching(timestamp) });
    await backgroundSettled(t.app);
    await backdate(id); // only a snapshot kept by the background load can answer with this loaded_at
    const next = await t.request('GET', `${base}/${id}`);
    expect(next.statusCode).toBe(200);
    expect(next.json()).toMatchObject({ mentor_id: id, state: 'loaded', loaded_at: OLD });
  });

  it('PUT RefreshMentorDetail reports the previous loaded_at and forces a fresh load', async () => {
    await t.request('GET', `${base}/${id}`);
    await backdate(id);
    const res = await t.request('PUT', `${base}/${id}`, { event: 'RefreshMentorDetail' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      mentor_id: id,
      state: 'refreshing',
      previous_loaded_at: OLD,
      refresh_dispatched_at: expect.stringMatching(timestamp),
    });
    // Even before the background refresh finishes, the old snapshot is no longer served.
    const during = await t.request('GET', `${base}/${id}`);
    expect(during.json().loaded_at).not.toBe(OLD);
    await backgroundSettled(t.app);
    const after = await t.request('GET', `${base}/${id}`);
    expect(after.json().loaded_at).not.toBe(OLD);
    expect(loadedStateSchema.parse(after.json()).mentor_id).toBe(id);
  });

  it('DELETE clears the snapshot and the next GET loads afresh', async () => {
    await t.request('GET', `${base}/${id}`);
    await backdate(id);
    const res = await t.request('DELETE', `${base}/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ cleared: true, mentor_id: id });
    const next = await t.request('GET', `${base}/${id}`);
    expect(next.statusCode).toBe(200);
    expect(next.json().loaded_at).not.toBe(OLD);
    expect(next.json().loaded_at).toMatch(timestamp);
  });

  it('lists dashboard rows in the contract shape', async () => {
    const res = await t.request('GET', `${base}?org_id=org_fjord_02&limit=5&page=2`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.pagination).toEqual({ page: 2, limit: 5, total: 20 });
    expect(body.data.map((r: { mentor_id: string }) => r.mentor_id)).toEqual([
      'mentor-036',
      'mentor-037',
      'mentor-038',
      'mentor-039',
      'mentor-040',
    ]);
    expect(Object.keys(body.data[0])).toEqual([
      'mentor_id',
      'state',
      'full_name',
      'status',
      'open_assignment_count',
      'days_until_expiry',
    ]);
  });
});

describe('PUT on a mentor never loaded', () => {
  it('reports previous_loaded_at null and leaves a loaded snapshot behind', async () => {
    const res = await t.request('PUT', `${SHORT}/mentor-041`, { event: 'RefreshMentorDetail' });
    expect(res.statusCode).toBe(200);
    expect(res.json().previous_loaded_at).toBeNull();
    await backgroundSettled(t.app);
    await backdate('mentor-041');
    expect((await t.request('GET', `${SHORT}/mentor-041`)).json().loaded_at).toBe(OLD);
  });
});

describe('dashboard filters', () => {
  it('filters by status and org', async () => {
    const res = await t.request('GET', `${SHORT}?status=paused&org_id=org_nansen_01`);
    const ids = res.json().data.map((r: { mentor_id: string }) => r.mentor_id);
    expect(ids).toEqual(['mentor-002', 'mentor-010', 'mentor-018', 'mentor-026']);
    expect(res.json().data.every((r: { status: string }) => r.status === 'paused')).toBe(true);
  });
});

describe('bad input and unknown mentors change nothing', () => {
  const cases: [string, string, unknown, number][] = [
    ['GET', `${SHORT}/mentor-999`, undefined, 404],
    ['GET', `${LONG}/mentor-999`, undefined, 404],
    ['POST', SHORT, { event: 'LoadMentorDetail', mentor_id: 'mentor-999' }, 404],
    ['PUT', `${SHORT}/mentor-999`, { event: 'RefreshMentorDetail' }, 404],
    ['DELETE', `${LONG}/mentor-999`, undefined, 404],
    ['POST', SHORT, { event: 'RefreshMentorDetail', mentor_id: 'mentor-005' }, 400],
    ['POST', LONG, { event: 'Explode', mentor_id: 'mentor-005' }, 400],
    ['POST', SHORT, { mentor_id: 'mentor-005' }, 400],
    ['POST', SHORT, { event: 'LoadMentorDetail' }, 400],
    ['POST', SHORT, { event: 'LoadMentorDetail', mentor_id: 'mentor-005', extra: 1 }, 400],
    ['POST', SHORT, '{"event":', 400],
    ['PUT', `${SHORT}/mentor-005`, { event: 'LoadMentorDetail' }, 400],
    ['PUT', `${LONG}/mentor-005`, {}, 400],
    ['GET', `${SHORT}?status=sleeping`, undefined, 400],
    ['GET', `${SHORT}?limit=101`, undefined, 400],
    ['GET', `${SHORT}/${'x'.repeat(65)}`, undefined, 400],
  ];
  it.each(cases)('%s %s %j → %i', async (method, url, body, status) => {
    const before = await snapshotRows();
    const res = await t.request(method, url, body);
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST');
    expect(res.json().error.message).toMatch(status === 404 ? /mentor-999/ : /./);
    await backgroundSettled(t.app);
    expect(await snapshotRows()).toBe(before);
  });

  it('names the expected event in the 400 message', async () => {
    const res = await t.request('POST', SHORT, { event: 'Explode', mentor_id: 'mentor-005' });
    expect(res.json().error.message).toMatch(/body\.event.*LoadMentorDetail.*Explode/);
  });
});
