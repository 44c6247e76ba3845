// The five pause-record endpoints on both path forms, and the pause rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { forms, invariantBreaks } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const TS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const LIST_KEYS = [
  'pause_record_id',
  'mentor_id',
  'start_date',
  'expected_return_date',
  'end_date',
  'is_active',
  'reason',
];
const status = async (id: string) => (await t.request('GET', `/api/v1/mentor-statuses/${id}`)).json();

describe('GET /api/v1/pause-records', () => {
  it.each(forms('/api/v1/pause-records'))('lists with pagination and contract fields on %s', async (url) => {
    const body = (await t.request('GET', `${url}?limit=5&page=2`)).json();
    expect(body.pagination).toMatchObject({ page: 2, limit: 5 });
    expect(body.pagination.total).toBeGreaterThan(10);
    expect(body.data).toHaveLength(5);
    for (const r of body.data) {
      expect(Object.keys(r)).toEqual(LIST_KEYS);
      expect(r.pause_record_id).toMatch(/^pause-rec-\d{4,}$/);
      expect(r.start_date).toMatch(TS);
    }
  });

  it('filters by mentor and activity; an unknown mentor is a 404', async () => {
    const active = (await t.request('GET', '/api/v1/pause-records?is_active=true&limit=100')).json();
    const paused = (await t.request('GET', '/api/v1/mentor-statuses?is_paused=true&limit=100')).json();
    expect(active.data.map((r: { mentor_id: string }) => r.mentor_id).sort()).toEqual(
      paused.data.map((s: { mentor_id: string }) => s.mentor_id).sort(),
    );
    const mine = (await t.request('GET', '/api/v1/pause-records?mentor_id=mentor-001')).json();
    expect(mine.data.length).toBeGreaterThan(0);
    expect(mine.data.every((r: { mentor_id: string }) => r.mentor_id === 'mentor-001')).toBe(true);
    expect((await t.request('GET', '/api/v1/pause-records?mentor_id=mentor-999')).statusCode).toBe(404);
  });
});

describe('a pause cycle: POST, GET, PUT (close), DELETE', () => {
  it.each(forms('/api/v1/pause-records').map((u, i) => [u, `mentor-00${i + 3}`]))(
    'on %s for %s',
    async (base, mentor) => {
      const created = await t.request('POST', base, {
        mentor_id: mentor,
        start_date: '2026-03-26T00:00:00Z',
        expected_return_date: '2026-05-01T00:00:00Z',
        reason: 'personal_leave',
      });
      expect(created.statusCode).toBe(201);
      const rec = created.json();
      expect(Object.keys(rec)).toEqual([...LIST_KEYS, 'created_at']);
      expect(rec).toMatchObject({
        mentor_id: mentor,
        start_date: '2026-03-26T00:00:00Z',
        expected_return_date: '2026-05-01T00:00:00Z',
        end_date: null,
        is_active: true,
        reason: 'personal_leave',
        created_at: expect.stringMatching(TS),
      });
      expect(rec.pause_record_id).toMatch(/^pause-rec-\d{4}$/);
      expect(await status(mentor)).toMatchObject({
        status: 'paused',
        is_paused: true,
        pause_start_date: '2026-03-26T00:00:00Z',
        pause_reason: 'personal_leave',
      });

      const got = await t.request('GET', `${base}/${rec.pause_record_id}`);
      expect(got.json()).toEqual(rec);

      const again = await t.request('POST', base, { mentor_id: mentor, reason: 'health' });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.message).toContain(rec.pause_record_id);

      const closed = await t.request('PUT', `${base}/${rec.pause_record_id}`, {
        end_date: '2026-04-15T00:00:00Z',
        is_active: false,
      });
      expect(closed.statusCode).toBe(200);
      expect(closed.json()).toEqual({
        pause_record_id: rec.pause_record_id,
        mentor_id: mentor,
        start_date: '2026-03-26T00:00:00Z',
        expected_return_date: '2026-05-01T00:00:00Z',
        end_date: '2026-04-15T00:00:00Z',
        is_active: false,
      });
      expect(await status(mentor)).toMatchObject({
        status: 'active',
        is_paused: false,
        pause_start_date: null,
        pause_reason: null,
      });

      const del = await t.request('DELETE', `${base}/${rec.pause_record_id}`);
      expect(del.json()).toEqual({ deleted: true, pause_record_id: rec.pause_record_id });
      expect((await t.request('GET', `${base}/${rec.pause_record_id}`)).statusCode).toBe(404);
      expect((await t.request('PUT', `${base}/${rec.pause_record_id}`, { is_active: false })).statusCode).toBe(404);
      expect((await t.request('DELETE', `${base}/${rec.pause_record_id}`)).statusCode).toBe(404);
      expect(await invariantBreaks(t.database.db)).toEqual([]);
    },
  );
});

describe('pause rules', () => {
  it('numbers new records from the pause-rec sequence', async () => {
    const a = (await t.request('POST', '/api/v1/pause-records', { mentor_id: 'mentor-011', reason: 'other' })).json();
    await t.request('PUT', `/api/v1/pause-records/${a.pause_record_id}`, { is_active: false });
    const b = (await t.request('POST', '/api/v1/pause-records', { mentor_id: 'mentor-011', reason: 'other' })).json();
    const n = (r: { pause_record_id: string }) => Number(r.pause_record_id.slice('pause-rec-'.length));
    expect(n(b)).toBeGreaterThan(n(a));
  });

  it('closing with is_active false alone ends the pause now and resumes the mentor', async () => {
    const active = (await t.request('GET', '/api/v1/pause-records?mentor_id=mentor-034&is_active=true')).json().data[0];
    const before = Date.now() - 1000;
    const res = (
      await t.request('PUT', `/api/v1/pause-records/${active.pause_record_id}`, { is_active: false })
    ).json();
    expect(res.is_active).toBe(false);
    expect(Date.parse(res.end_date)).toBeGreaterThanOrEqual(before);
    expect((await status('mentor-034')).status).toBe('active');
  });

  it('an end_date alone also closes the active record', async () => {
    const active = (await t.request('GET', '/api/v1/pause-records?mentor_id=mentor-042&is_active=true')).json().data[0];
    const res = (
      await t.request('PUT', `/api/v1/pause-records/${active.pause_record_id}`, { end_date: '2099-12-31' })
    ).json();
    expect(res).toMatchObject({ is_active: false, end_date: '2099-12-31T00:00:00Z' });
    expect((await status('mentor-042')).is_paused).toBe(false);
  });

  it('updating the expected return of the active record keeps the mentor paused', async () => {
    const active = (await t.request('GET', '/api/v1/pause-records?mentor_id=mentor-050&is_active=true')).json().data[0];
    const res = (
      await t.request('PUT', `/api/v1/pause-records/${active.pause_record_id}`, {
        expected_return_date: '2099-06-01T12:00:00+02:00',
      })
    ).json();
    expect(res).toMatchObject({ is_active: true, end_date: null, expected_return_date: '2099-06-01T10:00:00Z' });
    expect(await status('mentor-050')).toMatchObject({ is_paused: true, expected_return_date: '2099-06-01T10:00:00Z' });
  });

  it('deleting the active record resumes the mentor', async () => {
    const active = (await t.request('GET', '/api/v1/pause-records?mentor_id=mentor-002&is_active=true')).json().data[0];
    expect((await t.request('DELETE', `/api/v1/pause-records/${active.pause_record_id}`)).statusCode).toBe(200);
    expect((await status('mentor-002')).status).toBe('active');
    expect(await invariantBreaks(t.database.db)).toEqual([]);
  });

  it('a pause for a mentor without a status record creates the status as paused', async () => {
    await t.graphql(
      'mutation { createMentor(input: { id: "mentor-new-1", fullName: "N N", email: "n1@example.org", orgId: "org_fjord_02" }) { mentor { id } } }',
    );
    const res = await t.request('POST', '/api/v1/pause-records', { mentor_id: 'mentor-new-1', reason: 'health' });
    expect(res.statusCode).toBe(201);
    expect(await status('mentor-new-1')).toMatchObject({ status: 'paused', is_paused: true, pause_reason: 'health' });
  });

  it('pausing an unknown mentor is a 404', async () => {
    const res = await t.request('POST', '/api/v1/pause-records', { mentor_id: 'mentor-999', reason: 'health' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'NOT_FOUND', message: "mentor 'mentor-999' was not found" } });
  });
});
