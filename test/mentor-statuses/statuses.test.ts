// The five mentor-status endpoints on both path forms, and the status rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../support/app.js';
import { forms, invariantBreaks } from './support.js';
import { rowsOf } from '../../lib/rows.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const TS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const newMentor = async (id: string) => {
  const r = await t.graphql('mutation ($i: CreateMentorInput!) { createMentor(input: $i) { mentor { id } } }', {
    i: { id, fullName: `Test ${id}`, email: `${id}@example.org`, orgId: 'org_fjord_02' },
  });
  expect(r.errors).toBeUndefined();
};

describe('GET /api/v1/mentor-statuses/:mentorId', () => {
  it.each(forms('/api/v1/mentor-statuses/mentor-002'))('answers a paused mentor with its pause on %s', async (url) => {
    const res = await t.request('GET', url);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body)).toEqual([
      'mentor_id',
      'status',
      'is_paused',
      'pause_start_date',
      'expected_return_date',
      'pause_reason',
      'last_updated',
    ]);
    expect(body).toMatchObject({ mentor_id: 'mentor-002', status: 'paused', is_paused: true });
    expect(body.pause_start_date).toMatch(TS);
    expect(body.expected_return_date).toMatch(TS);
    expect(body.last_updated).toMatch(TS);
    expect(['certification_expiry', 'personal_leave', 'health', 'relocation', 'other']).toContain(body.pause_reason);
  });

  it.each(forms('/api/v1/mentor-statuses/mentor-999'))('answers an unknown mentor with 404 on %s', async (url) => {
    const res = await t.request('GET', url);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'NOT_FOUND', message: "mentor status 'mentor-999' was not found" } });
  });
});

describe('POST, PUT and DELETE /api/v1/mentor-statuses', () => {
  it.each(forms('/api/v1/mentor-statuses').map((u, i) => [u, `mentor-post-${i}`]))(
    'creates, updates and deletes on %s',
    async (base, id) => {
      await newMentor(id);
      const created = await t.request('POST', base, { mentor_id: id, status: 'active', is_paused: false });
      expect(created.statusCode).toBe(201);
      expect(Object.keys(created.json())).toEqual([
        'mentor_id',
        'status',
        'is_paused',
        'pause_start_date',
        'expected_return_date',
        'last_updated',
      ]);
      expect(created.json()).toMatchObject({
        mentor_id: id,
        status: 'active',
        is_paused: false,
        pause_start_date: null,
        expected_return_date: null,
      });

      const put = await t.request('PUT', `${base}/${id}`, {
        status: 'paused',
        is_paused: true,
        pause_start_date: '2026-03-26T00:00:00Z',
        expected_return_date: '2026-05-01T00:00:00Z',
        pause_reason: 'personal_leave',
        metadata: { initiated_by: 'coordinator-007', notes: 'Mentor requested leave' },
      });
      expect(put.statusCode).toBe(200);
      expect(put.json()).toEqual({
        mentor_id: id,
        status: 'paused',
        is_paused: true,
        pause_start_date: '2026-03-26T00:00:00Z',
        expected_return_date: '2026-05-01T00:00:00Z',
        last_updated: expect.stringMatching(TS),
      });
      expect((await t.request('GET', `${base}/${id}`)).json().pause_reason).toBe('personal_leave');

      const del = await t.request('DELETE', `${base}/${id}`);
      expect(del.statusCode).toBe(200);
      expect(del.json()).toEqual({ deleted: true, mentor_id: id });
      expect((await t.request('GET', `${base}/${id}`)).statusCode).toBe(404);
      expect((await t.request('DELETE', `${base}/${id}`)).statusCode).toBe(404);
      expect(await invariantBreaks(t.database.db)).toEqual([]);
    },
  );

  it('answers 409 for a second status record and 404 for a mentor that does not exist', async () => {
    const dup = await t.request('POST', '/api/v1/mentor-statuses', {
      mentor_id: 'mentor-001',
      status: 'active',
      is_paused: false,
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('CONFLICT');
    const unknown = await t.request('POST', '/api/v1/mentor-statuses', { mentor_id: 'mentor-099', status: 'active' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe("mentor 'mentor-099' was not found");
  });

  it('creating a paused status opens a pause record in the same write', async () => {
    await newMentor('mentor-born-paused');
    const res = await t.request('POST', '/api/v1/mentor-statuses', {
      mentor_id: 'mentor-born-paused',
      status: 'paused',
      is_paused: true,
      pause_start_date: '2026-01-10',
      pause_reason: 'health',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'paused', is_paused: true, pause_start_date: '2026-01-10T00:00:00Z' });
    const list = (await t.request('GET', '/api/v1/pause-records?mentor_id=mentor-born-paused')).json();
    expect(list.data).toEqual([
      expect.objectContaining({ is_active: true, reason: 'health', start_date: '2026-01-10T00:00:00Z' }),
    ]);
  });
});

describe('pausing and resuming through the status', () => {
  it('PUT paused opens a pause record; PUT active closes it at now; history records both with metadata', async () => {
    await t.request('PUT', '/api/v1/mentor-statuses/mentor-003', {
      status: 'paused',
      is_paused: true,
      pause_reason: 'relocation',
      metadata: { initiated_by: 'coordinator-001', notes: 'moving' },
    });
    let active = (await t.request('GET', '/api/v1/pause-records?mentor_id=mentor-003&is_active=true')).json().data;
    expect(active).toHaveLength(1);
    expect(active[0]).toMatchObject({ reason: 'relocation', end_date: null });

    const resumed = await t.request('PUT', '/api/v1/mentor-statuses/mentor-003', {
      status: 'active',
      is_paused: false,
      metadata: { initiated_by: 'coordinator-002', notes: 'back' },
    });
    expect(resumed.json()).toMatchObject({
      status: 'active',
      is_paused: false,
      pause_start_date: null,
      expected_return_date: null,
    });
    active = (await t.request('GET', '/api/v1/pause-records?mentor_id=mentor-003&is_active=true')).json().data;
    expect(active).toEqual([]);
    const closed = (
      await t.request(
        'GET',
        `/api/v1/pause-records/${
          (await t.request('GET', '/api/v1/pause-records?mentor_id=mentor-003&limit=1')).json().data[0].pause_record_id
        }`,
      )
    ).json();
    expect(closed).toMatchObject({ is_active: false, reason: 'relocation', end_date: expect.stringMatching(TS) });

    const { data } = await t.graphql(
      '{ mentorStatus(mentorId: "mentor-003") { history { changedAt initiatedBy fromStatus toStatus notes } } }',
    );
    expect(data.mentorStatus.history.slice(-2)).toEqual([
      {
        changedAt: expect.stringMatching(TS),
        initiatedBy: 'coordinator-001',
        fromStatus: 'ACTIVE',
        toStatus: 'PAUSED',
        notes: 'moving',
      },
      {
        changedAt: expect.stringMatching(TS),
        initiatedBy: 'coordinator-002',
        fromStatus: 'PAUSED',
        toStatus: 'ACTIVE',
        notes: 'back',
      },
    ]);
    expect(await invariantBreaks(t.database.db)).toEqual([]);
  });

  it('PUT paused on a paused mentor amends the active pause instead of opening a second one', async () => {
    const res = await t.request('PUT', '/api/v1/mentor-statuses/mentor-010', {
      status: 'paused',
      expected_return_date: '2099-01-01',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().expected_return_date).toBe('2099-01-01T00:00:00Z');
    expect(
      (await t.request('GET', '/api/v1/pause-records?mentor_id=mentor-010&is_active=true')).json().pagination.total,
    ).toBe(1);
  });

  it('moves last_updated on every write', async () => {
    await t.database.db.execute(
      sql`update mentors.mentor_statuses set last_updated = '2020-01-01T00:00:00Z' where mentor_id = 'mentor-004'`,
    );
    const before = Date.now() - 1000;
    const res = await t.request('PUT', '/api/v1/mentor-statuses/mentor-004', { status: 'active' });
    expect(Date.parse(res.json().last_updated)).toBeGreaterThanOrEqual(before);
    const row = rowsOf<Record<string, unknown>>(
      await t.database.db.execute(sql`select last_updated from mentors.mentor_statuses where mentor_id = 'mentor-004'`),
    )[0];
    expect(new Date(row.last_updated as string).getTime()).toBeGreaterThanOrEqual(before);
  });

  it('PUT inactive on a paused mentor closes its pause too', async () => {
    const res = await t.request('PUT', '/api/v1/mentor-statuses/mentor-018', { status: 'inactive', is_paused: false });
    expect(res.json()).toMatchObject({ status: 'inactive', is_paused: false, pause_start_date: null });
    expect((await t.request('GET', '/api/v1/pause-records?mentor_id=mentor-018&is_active=true')).json().data).toEqual(
      [],
    );
  });

  it('DELETE of a paused status closes its active pause record', async () => {
    expect((await t.request('DELETE', '/api/v1/mentor-statuses/mentor-026')).statusCode).toBe(200);
    expect((await t.request('GET', '/api/v1/pause-records?mentor_id=mentor-026&is_active=true')).json().data).toEqual(
      [],
    );
    expect(await invariantBreaks(t.database.db)).toEqual([]);
  });

  it('filters the list by status and is_paused', async () => {
    const paused = (await t.request('GET', '/api/v1/mentor-statuses?is_paused=true&limit=100')).json();
    expect(paused.data.every((s: { status: string }) => s.status === 'paused')).toBe(true);
    const inactive = (
      await t.request('GET', '/api/v1/mentor-statuses/api/v1/mentor-statuses?status=inactive&limit=100')
    ).json();
    expect(inactive.data.map((s: { mentor_id: string }) => s.mentor_id)).toContain('mentor-018');
  });
});
