// PUT semantics: fields merge (null removes), the status machine, submitted_at and updated_at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { activitiesOf, ageReport, createReport, expectError, expectUnchanged, type SeedActivity } from './support.js';

let t: TestApp;
let act: SeedActivity;
beforeAll(async () => {
  t = await startTestApp();
  [act] = await activitiesOf(t, 'mentor-006', 1);
});
afterAll(async () => {
  await t?.close();
});

const put = (id: string, body: unknown) => t.request('PUT', `/api/v1/reports/${id}`, body);
const get = async (id: string) => (await t.request('GET', `/api/v1/reports/${id}`)).json();

describe('merge of fields', () => {
  it('keeps fields not named, replaces named ones, removes those set to null', async () => {
    const id = await createReport(t, act, {
      session_date: '2026-03-20',
      attendance_count: 6,
      mentor_notes: 'a',
      venue: 'Library',
    });
    const res = await put(id, {
      fields: { attendance_count: 7, mentor_notes: null, venue: null, participant_engagement: 'very_high' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await get(id)).fields).toEqual({
      session_date: '2026-03-20',
      attendance_count: 7,
      participant_engagement: 'very_high',
    });
  });

  it('removing an absent field is harmless', async () => {
    const id = await createReport(t, act, { session_date: '2026-03-20' });
    expect((await put(id, { fields: { way_forward: null } })).statusCode).toBe(200);
    expect((await get(id)).fields).toEqual({ session_date: '2026-03-20' });
  });
});

describe('updated_at', () => {
  it('moves on every change and stays on a PUT that changes nothing', async () => {
    const id = await createReport(t, act, { session_date: '2026-03-20', attendance_count: 6 });
    await ageReport(t, id);
    const aged = await get(id);
    const same = await put(id, { fields: { attendance_count: 6 } });
    expect(same.json().updated_at).toBe(aged.updated_at);
    const changed = await put(id, { fields: { attendance_count: 8 } });
    expect(changed.json().updated_at > aged.updated_at).toBe(true);
    const now = Date.now();
    expect(Math.abs(Date.parse(changed.json().updated_at) - now)).toBeLessThan(60_000);
    expect((await get(id)).created_at).toBe(aged.created_at);
  });
});

describe('status machine', () => {
  it('draft → submitted sets submitted_at; a later edit keeps it', async () => {
    const id = await createReport(t, act);
    await ageReport(t, id);
    const res = await put(id, { status: 'submitted' });
    expect(res.statusCode, res.body).toBe(200);
    const { submitted_at: submittedAt, updated_at: updatedAt } = res.json();
    expect(submittedAt).toBe(updatedAt);
    expect(Math.abs(Date.parse(submittedAt) - Date.now())).toBeLessThan(60_000);
    await ageReport(t, id);
    const aged = await get(id);
    const edit = await put(id, { fields: { mentor_notes: 'Added later' }, status: 'submitted' });
    expect(edit.json()).toMatchObject({ status: 'submitted', submitted_at: aged.submitted_at });
    expect(edit.json().updated_at > aged.updated_at).toBe(true);
  });

  it('can submit and fill in session_date in the same PUT', async () => {
    const id = await createReport(t, act, { mentor_notes: 'draft without a date' });
    const res = await put(id, { fields: { session_date: '2026-03-21' }, status: 'submitted' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await get(id)).toMatchObject({ status: 'submitted', fields: { session_date: '2026-03-21' } });
  });

  it('refuses to submit without session_date (422), changing nothing', async () => {
    const id = await createReport(t, act, { mentor_notes: 'no date' });
    await expectUnchanged(t, async () => {
      const res = await put(id, { status: 'submitted' });
      expectError(res, 422, 'UNPROCESSABLE');
      expect(res.json().error.message).toContain('session_date');
    });
    expect((await get(id)).status).toBe('draft');
  });

  it('refuses to remove session_date from a submitted report (422), changing nothing', async () => {
    const id = await createReport(t, act);
    await put(id, { status: 'submitted' });
    await expectUnchanged(t, async () =>
      expectError(await put(id, { fields: { session_date: null } }), 422, 'UNPROCESSABLE'),
    );
  });

  it('answers submitted → draft with 409, changing nothing', async () => {
    const id = await createReport(t, act);
    await put(id, { status: 'submitted' });
    await expectUnchanged(t, async () => {
      expectError(await put(id, { status: 'draft' }), 409, 'CONFLICT');
      expectError(await put(id, { status: 'draft', fields: { attendance_count: 3 } }), 409, 'CONFLICT');
    });
  });

  it('lets a draft stay a draft', async () => {
    const id = await createReport(t, act);
    expect((await put(id, { status: 'draft', fields: { attendance_count: 1 } })).json()).toMatchObject({
      status: 'draft',
      submitted_at: null,
    });
  });
});

describe('bad updates change nothing', () => {
  it.each([
    ['an empty body', {}, 400],
    ['an unknown status', { status: 'archived' }, 400],
    ['an unknown top-level field', { fields: {}, org_id: 'org_fjord_02' }, 400],
    ['fields that are null', { fields: null }, 400],
  ])('answers %s with %i', async (_name, body, status) => {
    const id = await createReport(t, act);
    await expectUnchanged(t, async () => expectError(await put(id, body), status, 'BAD_REQUEST'));
  });

  it('answers an unknown report with 404', async () => {
    await expectUnchanged(t, async () => {
      expectError(await put('rpt_00000000', { status: 'submitted' }), 404, 'NOT_FOUND');
    });
  });
});
