// Rules of a report's fields: known fields, an organisation's own fields; every bad input changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { activitiesOf, createReport, expectError, expectUnchanged, type SeedActivity } from './support.js';

let t: TestApp;
let act: SeedActivity;
beforeAll(async () => {
  t = await startTestApp();
  [act] = await activitiesOf(t, 'mentor-005', 1);
});
afterAll(async () => {
  await t?.close();
});

const post = (fields: unknown, extra: Record<string, unknown> = {}) =>
  t.request('POST', '/api/v1/reports', {
    activity_id: act.id,
    peer_mentor_id: act.mentorId,
    org_id: act.orgId,
    fields,
    ...extra,
  });
const many = (n: number, from = 0) =>
  Object.fromEntries(Array.from({ length: n }, (_x, i) => [`custom_${i + from}`, i]));

describe('known fields', () => {
  it('accepts every known field at its limits', async () => {
    const fields = {
      session_date: '2024-02-29',
      attendance_count: 1000,
      session_topic: 't'.repeat(200),
      participant_engagement: 'very_high',
      challenges_noted: 'c'.repeat(5000),
      mentor_notes: 'm'.repeat(5000),
      way_forward: 'w'.repeat(5000),
    };
    const res = await post(fields);
    expect(res.statusCode, res.body).toBe(201);
    expect((await t.request('GET', `/api/v1/reports/${res.json().report_id}`)).json().fields).toEqual(fields);
    expect((await post({ attendance_count: 0 })).statusCode).toBe(201);
  });

  it.each([
    ['session_date not YYYY-MM-DD', { session_date: '20/03/2026' }, 400],
    ['session_date not a real date', { session_date: '2026-02-30' }, 400],
    ['session_date a number', { session_date: 20260320 }, 400],
    ['attendance_count a string', { attendance_count: '6' }, 400],
    ['attendance_count a fraction', { attendance_count: 6.5 }, 422],
    ['attendance_count below 0', { attendance_count: -1 }, 422],
    ['attendance_count above 1000', { attendance_count: 1001 }, 422],
    ['session_topic over 200 characters', { session_topic: 't'.repeat(201) }, 422],
    ['session_topic a boolean', { session_topic: true }, 400],
    ['participant_engagement unknown', { participant_engagement: 'extreme' }, 422],
    ['participant_engagement a number', { participant_engagement: 3 }, 400],
    ['challenges_noted over 5000 characters', { challenges_noted: 'c'.repeat(5001) }, 422],
    ['mentor_notes over 5000 characters', { mentor_notes: 'm'.repeat(5001) }, 422],
    ['way_forward over 5000 characters', { way_forward: 'w'.repeat(5001) }, 422],
    ['way_forward a list', { way_forward: ['a'] }, 400],
  ])('rejects %s on create and on update, changing nothing', async (_name, bad, status) => {
    const id = await createReport(t, act);
    await expectUnchanged(t, async () => {
      const created = await post(bad);
      expectError(created, status, status === 400 ? 'BAD_REQUEST' : 'UNPROCESSABLE');
      expect(created.json().error.message).toContain(`fields.${Object.keys(bad)[0]}`);
      expectError(
        await t.request('PUT', `/api/v1/reports/${id}`, { fields: bad }),
        status,
        status === 400 ? 'BAD_REQUEST' : 'UNPROCESSABLE',
      );
    });
  });
});

describe("an organisation's own fields", () => {
  it('stores strings, numbers and booleans as sent', async () => {
    const own = { interpreter_used: true, travel_km: 12.5, venue: 'Library', followUpCount: 2 };
    const id = await createReport(t, act, own);
    expect((await t.request('GET', `/api/v1/reports/${id}`)).json().fields).toEqual(own);
  });

  it('accepts 50 of them beside the known fields, and counts them in field_count', async () => {
    const id = await createReport(t, act, { session_date: '2026-03-20', way_forward: 'Next week', ...many(50) });
    const list = (await t.request('GET', `/api/v1/reports?activity_id=${act.id}&limit=100`)).json();
    expect(list.data.find((r: { report_id: string }) => r.report_id === id)).toMatchObject({
      field_count: 52,
      has_way_forward: true,
    });
  });

  it.each([
    ['a nested object', { venue: { room: 2 } }, 400],
    ['a list', { tags: ['a', 'b'] }, 400],
    ['a name that is not an identifier', { 'two words': 'x' }, 400],
    ['a __proto__ name', JSON.parse('{"__proto__": {"x": 1}}'), 400],
    ['a text over 5000 characters', { summary: 's'.repeat(5001) }, 422],
    ['51 of them', many(51), 422],
  ])('rejects %s, changing nothing', async (_name, bad, status) => {
    await expectUnchanged(t, async () => {
      expectError(await post(bad), status, status === 400 ? 'BAD_REQUEST' : 'UNPROCESSABLE');
    });
  });

  it('rejects an update that would bring the count to 51, changing nothing', async () => {
    const id = await createReport(t, act, many(50));
    await expectUnchanged(t, async () => {
      expectError(await t.request('PUT', `/api/v1/reports/${id}`, { fields: { one_more: 'x' } }), 422, 'UNPROCESSABLE');
    });
    const swap = await t.request('PUT', `/api/v1/reports/${id}`, { fields: { custom_0: null, one_more: 'x' } });
    expect(swap.statusCode, swap.body).toBe(200);
  });
});

describe('request shape', () => {
  it.each([
    ['an unknown top-level field', { status: 'submitted' }],
    ['fields that are a list', undefined, []],
    ['fields that are a string', undefined, 'x'],
    ['a missing activity_id', { activity_id: undefined }],
    ['an activity_id over 64 characters', { activity_id: 'a'.repeat(65) }],
    ['a numeric peer_mentor_id', { peer_mentor_id: 42 }],
  ])('answers 400 for %s, changing nothing', async (_name, extra, fields: unknown = {}) => {
    await expectUnchanged(t, async () => {
      const res = await post(fields, extra ?? {});
      expectError(res, 400, 'BAD_REQUEST');
      expect(res.json().error.message).toMatch(/^body/);
    });
  });

  it('answers 400 for a NUL character (PostgreSQL cannot store it) in a text, an id or a path, changing nothing', async () => {
    const id = await createReport(t, act);
    await expectUnchanged(t, async () => {
      expectError(await post({ mentor_notes: 'a\u0000b' }), 400, 'BAD_REQUEST');
      expectError(await post({ venue: '\u0000' }), 400, 'BAD_REQUEST');
      expectError(await post({}, { org_id: 'org\u0000' }), 400, 'BAD_REQUEST');
      expectError(
        await t.request('PUT', `/api/v1/reports/${id}`, { fields: { session_topic: '\u0000' } }),
        400,
        'BAD_REQUEST',
      );
      for (const [method, url] of [
        ['GET', '/api/v1/reports/%00'],
        ['PUT', '/api/v1/reports/rpt_%00'],
        ['DELETE', '/api/v1/reports/%00'],
        ['GET', '/api/v1/reports/by-activity/%00'],
        ['GET', '/api/v1/reports/by-mentor/m%01'],
        ['GET', '/api/v1/reports?org_id=%00'],
        ['GET', '/api/v1/reports?peer_mentor_id=%00'],
        ['GET', '/api/v1/reports?activity_id=%1F'],
      ]) {
        expectError(
          await t.request(method, url, method === 'PUT' ? { status: 'submitted' } : undefined),
          400,
          'BAD_REQUEST',
        );
      }
    });
  });

  it('answers 400 for malformed JSON and a missing body, changing nothing', async () => {
    await expectUnchanged(t, async () => {
      expectError(await t.request('POST', '/api/v1/reports', '{"activity_id": '), 400, 'BAD_REQUEST');
      expectError(await t.request('POST', '/api/v1/reports'), 400, 'BAD_REQUEST');
    });
  });

  it('treats a null field on create as absent', async () => {
    const id = await createReport(t, act, { session_date: '2026-03-20', mentor_notes: null });
    expect((await t.request('GET', `/api/v1/reports/${id}`)).json().fields).toEqual({ session_date: '2026-03-20' });
  });
});
