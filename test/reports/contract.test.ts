// The 7 REST endpoints of the reports contract: exact fields, both path forms, create → read → update → delete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { activitiesOf, bothForms, createReport, type SeedActivity } from './support.js';

let t: TestApp;
let act: SeedActivity;
beforeAll(async () => {
  t = await startTestApp();
  [act] = await activitiesOf(t, 'mentor-004', 1);
});
afterAll(async () => {
  await t?.close();
});

const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const keys = (o: object) => Object.keys(o).sort();
const fields = {
  session_date: '2026-03-20',
  attendance_count: 6,
  session_topic: 'Job application support',
  participant_engagement: 'high',
  challenges_noted: 'Language barrier for two participants',
  mentor_notes: 'Group discussed CV writing.',
};

describe('POST /api/v1/reports', () => {
  it.each(bothForms('/api/v1/reports'))(
    'creates a draft and answers 201 with the 5 contract fields on %s',
    async (path) => {
      const res = await t.request('POST', path, {
        activity_id: act.id,
        peer_mentor_id: act.mentorId,
        org_id: act.orgId,
        fields,
      });
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json();
      expect(keys(body)).toEqual(['activity_id', 'created_at', 'peer_mentor_id', 'report_id', 'status']);
      expect(body).toMatchObject({ activity_id: act.id, peer_mentor_id: act.mentorId, status: 'draft' });
      expect(body.report_id).toMatch(/^rpt_[0-9a-f]{8}$/);
      expect(body.created_at).toMatch(STAMP);
    },
  );
});

describe('GET /api/v1/reports/:id', () => {
  it('answers the 9 contract fields with the fields object as sent, on both path forms', async () => {
    const id = await createReport(t, act, { ...fields, Needs_Interpreter: true });
    for (const path of bothForms(`/api/v1/reports/${id}`)) {
      const res = await t.request('GET', path);
      expect(res.statusCode, path).toBe(200);
      const body = res.json();
      expect(keys(body)).toEqual([
        'activity_id',
        'created_at',
        'fields',
        'org_id',
        'peer_mentor_id',
        'report_id',
        'status',
        'submitted_at',
        'updated_at',
      ]);
      expect(body).toMatchObject({ report_id: id, org_id: act.orgId, status: 'draft', submitted_at: null });
      expect(body.fields).toEqual({ ...fields, Needs_Interpreter: true });
      expect(body.updated_at).toMatch(STAMP);
    }
  });

  it.each(bothForms('/api/v1/reports/rpt_00000000'))(
    'answers 404 in the error shape for an unknown id on %s',
    async (path) => {
      const res = await t.request('GET', path);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ error: { code: 'NOT_FOUND', message: "report 'rpt_00000000' was not found" } });
    },
  );
});

describe('PUT /api/v1/reports/:id', () => {
  it.each(bothForms('/api/v1/reports'))('answers the 4 contract fields on %s', async (base) => {
    const id = await createReport(t, act);
    const res = await t.request('PUT', `${base}/${id}`, { fields: { attendance_count: 7 }, status: 'submitted' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(keys(body)).toEqual(['report_id', 'status', 'submitted_at', 'updated_at']);
    expect(body).toMatchObject({ report_id: id, status: 'submitted' });
    expect(body.submitted_at).toMatch(STAMP);
  });
});

describe('DELETE /api/v1/reports/:id', () => {
  it.each(bothForms('/api/v1/reports'))('answers the documented body, then GET is a 404, on %s', async (base) => {
    const id = await createReport(t, act);
    const res = await t.request('DELETE', `${base}/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ deleted: true, report_id: id });
    expect((await t.request('GET', `${base}/${id}`)).statusCode).toBe(404);
    const again = await t.request('DELETE', `${base}/${id}`);
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('NOT_FOUND');
  });

  it('deletes a submitted report too', async () => {
    const id = await createReport(t, act);
    expect((await t.request('PUT', `/api/v1/reports/${id}`, { status: 'submitted' })).statusCode).toBe(200);
    expect((await t.request('DELETE', `/api/v1/reports/${id}`)).json()).toEqual({ deleted: true, report_id: id });
  });
});

describe('list endpoints', () => {
  it.each(bothForms('/api/v1/reports'))('GET %s rows carry the 8 list fields', async (path) => {
    const body = (await t.request('GET', `${path}?limit=5`)).json();
    expect(body.data).toHaveLength(5);
    for (const row of body.data) {
      expect(keys(row)).toEqual([
        'activity_id',
        'created_at',
        'field_count',
        'has_way_forward',
        'peer_mentor_id',
        'report_id',
        'status',
        'submitted_at',
      ]);
    }
    expect(keys(body.pagination)).toEqual(['limit', 'page', 'total']);
  });

  it.each(bothForms(`/api/v1/reports/by-activity/`))('by-activity rows carry 4 fields on %s', async (base) => {
    const id = await createReport(t, act);
    const body = (await t.request('GET', `${base}${act.id}`)).json();
    expect(body.data.find((r: { report_id: string }) => r.report_id === id)).toEqual({
      report_id: id,
      peer_mentor_id: act.mentorId,
      status: 'draft',
      submitted_at: null,
    });
    for (const row of body.data) expect(keys(row)).toEqual(['peer_mentor_id', 'report_id', 'status', 'submitted_at']);
  });

  it.each(bothForms(`/api/v1/reports/by-mentor/`))('by-mentor rows carry 4 fields on %s', async (base) => {
    const id = await createReport(t, act);
    const body = (await t.request('GET', `${base}${act.mentorId}?limit=100`)).json();
    expect(body.data.find((r: { report_id: string }) => r.report_id === id)).toEqual({
      report_id: id,
      activity_id: act.id,
      status: 'draft',
      submitted_at: null,
    });
    for (const row of body.data) expect(keys(row)).toEqual(['activity_id', 'report_id', 'status', 'submitted_at']);
  });
});
