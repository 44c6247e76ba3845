// The three lists: flags, filters, pagination, order, and 404s for an unknown activity or mentor.
import { rowsOf } from '../../lib/rows.js';
import type { Json } from '../support/json.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../support/app.js';
import { activitiesOf, bothForms, createReport, expectError, type SeedActivity } from './support.js';

let t: TestApp;
let acts: SeedActivity[];
let seeded: {
  report_id: string;
  status: string;
  org_id: string;
  peer_mentor_id: string;
  activity_id: string;
  created_at: Date;
}[];
beforeAll(async () => {
  t = await startTestApp();
  acts = await activitiesOf(t, 'mentor-041', 2);
  const res = await t.database.db.execute(
    sql`select report_id, status, org_id, peer_mentor_id, activity_id, created_at from reports.reports`,
  );
  seeded = rowsOf<(typeof seeded)[number]>(res);
});
afterAll(async () => {
  await t?.close();
});

type Row = Record<string, Json>;
const list = async (url: string) => (await t.request('GET', url)).json<{ data: Row[]; pagination: Row }>();
const count = (pred: (r: (typeof seeded)[number]) => boolean) => seeded.filter(pred).length;

describe('GET /api/v1/reports', () => {
  it('lists every report newest first, 20 a page by default', async () => {
    const body = await list('/api/v1/reports');
    expect(body.pagination).toEqual({ page: 1, limit: 20, total: seeded.length });
    expect(seeded.length).toBeGreaterThan(40);
    const created = body.data.map((r) => r.created_at);
    expect([...created].sort().reverse()).toEqual(created);
  });

  it('pages without overlap or gap', async () => {
    const all = (await list('/api/v1/reports?limit=100')).data.map((r) => r.report_id);
    const pages = [];
    for (let p = 1; p <= 3; p++)
      pages.push(...(await list(`/api/v1/reports?limit=7&page=${p}`)).data.map((r) => r.report_id));
    expect(pages).toEqual(all.slice(0, 21));
    const beyond = await list(`/api/v1/reports?limit=100&page=99`);
    expect(beyond).toEqual({ data: [], pagination: { page: 99, limit: 100, total: seeded.length } });
  });

  it.each([
    ['status=draft', (r: Row) => r.status === 'draft'],
    ['status=submitted', (r: Row) => r.status === 'submitted'],
    ['org_id=org_fjord_02', (r: Row) => r.org_id === 'org_fjord_02'],
    ['peer_mentor_id=mentor-007', (r: Row) => r.peer_mentor_id === 'mentor-007'],
    ['org_id=org_nansen_01&status=submitted', (r: Row) => r.org_id === 'org_nansen_01' && r.status === 'submitted'],
  ])('filters by %s', async (q, pred) => {
    const body = await list(`/api/v1/reports?${q}&limit=100`);
    expect(body.pagination.total).toBe(count(pred));
    expect(body.pagination.total).toBeGreaterThan(0);
    const ids = new Set(seeded.filter(pred).map((r) => r.report_id));
    for (const row of body.data) expect(ids.has(row.report_id)).toBe(true);
  });

  it('answers an empty page for a filter that matches nothing', async () => {
    expect(await list('/api/v1/reports?peer_mentor_id=mentor-999')).toEqual({
      data: [],
      pagination: { page: 1, limit: 20, total: 0 },
    });
  });

  it('sets field_count and has_way_forward from the fields present', async () => {
    const a = acts[0];
    const blank = await createReport(t, a, { session_date: '2026-03-20', way_forward: '   ', x: 1 });
    const filled = await createReport(t, a, { way_forward: 'Follow up' });
    const rows = (await list(`/api/v1/reports?activity_id=${a.id}`)).data;
    expect(rows.find((r) => r.report_id === blank)).toMatchObject({
      field_count: 3,
      has_way_forward: false,
      status: 'draft',
      submitted_at: null,
    });
    expect(rows.find((r) => r.report_id === filled)).toMatchObject({ field_count: 1, has_way_forward: true });
  });

  it.each([['page=0'], ['limit=0'], ['limit=101'], ['page=x'], ['status=archived'], [`org_id=${'o'.repeat(65)}`]])(
    'rejects %s with 400',
    async (q) => expectError(await t.request('GET', `/api/v1/reports?${q}`), 400, 'BAD_REQUEST'),
  );
});

describe('by-activity and by-mentor', () => {
  it.each(bothForms('/api/v1/reports/by-activity/'))(
    "lists one activity's reports, newest first, paginated on %s",
    async (base) => {
      const a = acts[1];
      const ids = [await createReport(t, a), await createReport(t, a), await createReport(t, a)];
      const p1 = await list(`${base}${a.id}?limit=2`);
      expect(p1.pagination).toEqual({ page: 1, limit: 2, total: expect.any(Number) });
      const all = (await list(`${base}${a.id}?limit=100`)).data.map((r) => r.report_id);
      expect(all).toEqual(expect.arrayContaining(ids));
      expect(p1.data.map((r) => r.report_id)).toEqual(all.slice(0, 2));
      expect(all.length).toBe(p1.pagination.total);
    },
  );

  it('filters by status', async () => {
    const a = acts[1];
    const id = await createReport(t, a);
    await t.request('PUT', `/api/v1/reports/${id}`, { status: 'submitted' });
    const sub = await list(`/api/v1/reports/by-activity/${a.id}?status=submitted`);
    expect(sub.data.map((r) => r.report_id)).toContain(id);
    for (const r of sub.data) expect(r.status).toBe('submitted');
    const drafts = await list(`/api/v1/reports/by-mentor/${a.mentorId}?status=draft&limit=100`);
    expect(drafts.data.map((r) => r.report_id)).not.toContain(id);
  });

  it('lists exactly the seeded reports of a mentor', async () => {
    const mine = seeded
      .filter((r) => r.peer_mentor_id === 'mentor-007')
      .map((r) => r.report_id)
      .sort();
    expect(mine.length).toBeGreaterThan(0);
    const body = await list('/api/v1/reports/by-mentor/mentor-007?limit=100');
    expect(body.data.map((r) => r.report_id).sort()).toEqual(mine);
    expect(body.pagination.total).toBe(mine.length);
  });

  it('answers an existing activity or mentor without reports with an empty list', async () => {
    const quiet = (await activitiesOf(t, 'mentor-050', 1))[0];
    expect(seeded.some((r) => r.activity_id === quiet.id)).toBe(false);
    expect((await list(`/api/v1/reports/by-activity/${quiet.id}`)).pagination.total).toBe(0);
  });

  it.each([
    ['/api/v1/reports/by-activity/act_999999', "activity 'act_999999' was not found"],
    ['/api/v1/reports/api/v1/reports/by-mentor/mentor-999', "mentor 'mentor-999' was not found"],
  ])('answers 404 for %s', async (url, message) => {
    const res = await t.request('GET', url);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'NOT_FOUND', message } });
  });

  it.each([['/api/v1/reports/by-activity/act_000001?limit=500'], ['/api/v1/reports/by-mentor/mentor-001?status=x']])(
    'rejects %s with 400',
    async (url) => expectError(await t.request('GET', url), 400, 'BAD_REQUEST'),
  );
});
