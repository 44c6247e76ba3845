// SQL statements per reports endpoint: fixed, whatever the page size (existence checks included).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { activitiesOf, createReport, type SeedActivity } from './support.js';

let t: TestApp;
let act: SeedActivity;
beforeAll(async () => {
  t = await startTestApp();
  [act] = await activitiesOf(t, 'mentor-012', 1);
});
afterAll(async () => {
  await t?.close();
});

async function statements(method: string, url: string, body?: unknown, status = 200) {
  const { result, statements: n } = await t.database.statements.measure(() => t.request(method, url, body));
  expect(result.statusCode, result.body).toBe(status);
  return n;
}

describe('statements per request', () => {
  it('reads a list in 2 statements (page + total), at any page size', async () => {
    expect(await statements('GET', '/api/v1/reports?limit=5')).toBe(2);
    expect(await statements('GET', '/api/v1/reports?limit=100&status=submitted')).toBe(2);
  });

  it('checks the owner through the federation with one more statement on the by-activity and by-mentor lists', async () => {
    expect(await statements('GET', `/api/v1/reports/by-activity/${act.id}?limit=100`)).toBe(3);
    expect(await statements('GET', `/api/v1/reports/by-mentor/${act.mentorId}?limit=100`)).toBe(3);
  });

  it('creates with the two federation lookups and one insert; reads and deletes with one statement', async () => {
    const body = {
      activity_id: act.id,
      peer_mentor_id: act.mentorId,
      org_id: act.orgId,
      fields: { session_date: '2026-03-20' },
    };
    expect(await statements('POST', '/api/v1/reports', body, 201)).toBe(3);
    const id = await createReport(t, act);
    expect(await statements('GET', `/api/v1/reports/${id}`)).toBe(1);
    expect(await statements('DELETE', `/api/v1/reports/${id}`)).toBe(1);
  });

  it('updates with a locked read and one write in a transaction; a no-op writes nothing', async () => {
    const id = await createReport(t, act);
    const write = await statements('PUT', `/api/v1/reports/${id}`, { fields: { attendance_count: 4 } });
    const noop = await statements('PUT', `/api/v1/reports/${id}`, { fields: { attendance_count: 4 } });
    expect([write, noop]).toEqual([2, 1]);
  });
});
